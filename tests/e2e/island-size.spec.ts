/**
 * Size check (not a timing test): each tool page's own JavaScript — its React island with React
 * itself — stays at or under 80 kB gzipped for a first visit. Pagefind's files are counted apart
 * (see `npm run bench:search`). A returning reader of the prepare tools also downloads the
 * validator for their saved answers (zod); that size is printed, and the README reports it.
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;

async function scriptKb(page: Page, path: string): Promise<{ kb: number; files: number }> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script' || r.url().includes('/pagefind/')) return;
    pending.push(r.body().then((b) => { sizes.set(r.url(), gzipSync(b).length); }));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('[data-ready]').first().waitFor();
  await Promise.all(pending);
  return { kb: [...sizes.values()].reduce((a, b) => a + b, 0) / 1024, files: sizes.size };
}

for (const path of ['/search/', '/prepare/', '/prepare/relief-diary/']) {
  test(`the island on ${path} ships at most ${BUDGET_KB} kB of gzipped JavaScript`, async ({ page }) => {
    const { kb, files } = await scriptKb(page, path);
    console.log(`${path}: ${kb.toFixed(1)} kB gzipped in ${files} files (first visit)`);
    expect(files).toBeGreaterThan(0);
    expect(kb).toBeLessThanOrEqual(BUDGET_KB);
  });
}

test('the validator for saved answers loads only for a returning reader', async ({ browser }) => {
  const fresh = await browser.newPage();
  const first = await scriptKb(fresh, '/prepare/');
  await fresh.close();
  const page = await browser.newPage();
  await page.addInitScript(() => localStorage.setItem('pain-kb:prepare', JSON.stringify({ version: 1, visit: 'first', conditions: [], procedures: [], painStory: '', goals: [], tried: [], savedAt: '' })));
  const returning = await scriptKb(page, '/prepare/');
  console.log(`/prepare/ with saved answers: ${returning.kb.toFixed(1)} kB gzipped in ${returning.files} files`);
  await expect(page.locator('.notices')).toContainText('older version');
  expect(returning.files, 'one more script: the validator').toBe(first.files + 1);
  await page.close();
});
