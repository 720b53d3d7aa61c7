/**
 * Search as patients use it, against the built site and its real Pagefind index: the query set
 * in tests/search/queries.json (≥ 90% with an acceptable page in the top 3, every miss printed),
 * red-flag cards for emergencies and none for ordinary queries, spelling correction, filters,
 * keyboard use, hostile input and axe in each state.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface Query { q: string; kind: string; accept: string[]; redFlag: 'emergency' | 'urgent' | null }
const QUERIES: Query[] = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8'));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Open /search/ with a query and wait for its results (or its "no pages" answer). */
async function searchFor(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}${extra}`);
  await expect(page.locator('.search-count')).toHaveText(/found for|No pages found/, { timeout: 15_000 });
}

const topUrls = (page: Page, n: number) =>
  page.locator('.result__title a').evaluateAll((as, n) => as.slice(0, n).map((a) => new URL((a as HTMLAnchorElement).href).pathname), n);

test('patients\' own words find an acceptable page in the top 3 for at least 90% of the query set', async ({ page }) => {
  test.setTimeout(300_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(50);
  const misses: string[] = [];
  const flagErrors: string[] = [];
  for (const query of QUERIES) {
    await searchFor(page, query.q);
    const top = await topUrls(page, 3);
    if (!top.some((u) => query.accept.includes(u))) misses.push(`[${query.kind}] "${query.q}" → ${top.join(', ') || 'nothing'} (wanted ${query.accept.join(' or ')})`);
    const cards = page.locator('.red-flags .care-card');
    const first = (await cards.count()) > 0 ? await cards.first().getAttribute('class') : null;
    const level = first?.match(/care-card--(\w+)/)?.[1] ?? null;
    if (level !== query.redFlag) flagErrors.push(`"${query.q}": red-flag card ${level ?? 'none'}, wanted ${query.redFlag ?? 'none'}`);
  }
  const rate = 1 - misses.length / QUERIES.length;
  console.log(`Search quality: ${QUERIES.length - misses.length}/${QUERIES.length} (${(rate * 100).toFixed(1)}%) with an acceptable page in the top 3.`);
  if (misses.length) console.log(`Misses:\n  ${misses.join('\n  ')}`);
  expect(flagErrors, 'red-flag cards').toEqual([]);
  expect(rate, `top-3 rate; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
});

test('an emergency in a patient\'s words shows the emergency card above the results, with the number from settings', async ({ page }) => {
  await searchFor(page, "back pain and I suddenly can't control my bladder");
  const card = page.locator('.red-flags .care-card--emergency');
  await expect(card).toBeVisible();
  await expect(card.locator('.care-card__heading')).toContainText('Call 911');
  await expect(card.locator('li[data-sign]').first()).toBeVisible();
  const cardTop = (await card.boundingBox())!.y;
  const resultsTop = (await page.locator('.results').boundingBox())!.y;
  expect(cardTop).toBeLessThan(resultsTop);
  await expect(page.locator('#search-status')).toContainText('Warning signs that match your words are shown first', { timeout: 5_000 });
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a brand-name overdose shows that medicine\'s sign first, with Poison Control one tap away', async ({ page }) => {
  await searchFor(page, 'tylenol overdose');
  const first = page.locator('.red-flags .care-card--emergency li[data-sign]').first();
  await expect(first).toHaveAttribute('data-sign', 'too-much-acetaminophen');
  await expect(first.locator('.sign-action a[href="tel:18002221222"]')).toHaveText('1-800-222-1222');
  expect(await topUrls(page, 1)).toEqual(['/seek-care/medication-warning-signs/']);
});

test('a misspelled name finds its page and says what was searched', async ({ page }) => {
  await searchFor(page, 'siatica');
  await expect(page.locator('.search-correction')).toContainText('Showing results for sciatica');
  expect(await topUrls(page, 1)).toEqual(['/conditions/sciatica/']);
  await page.getByRole('button', { name: 'Search instead for “siatica”' }).click();
  await expect(page.locator('.search-correction')).toHaveCount(0);
});

test('filters narrow the results, are kept in the address, and bad filter values are ignored', async ({ page }) => {
  await searchFor(page, 'injection', '&type=Procedure&region=Nowhere');
  await expect(page.locator('#f-type')).toHaveValue('Procedure');
  await expect(page.locator('#f-region')).toHaveValue('');
  const types = await page.locator('.result__type').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(['Procedure']));
  await page.locator('#f-region').selectOption('Lower back');
  await expect(page).toHaveURL(/region=Lower\+back/);
  await expect(page.locator('.result__title a[href="/procedures/genicular-nerve-block-and-rfa/"]')).toHaveCount(0);
  await expect(page.locator('.result__title a[href="/procedures/epidural-steroid-injection/"]')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('search works by keyboard alone and announces the count to screen readers', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('.search-app[data-ready]').waitFor(); // typed before hydration, Enter would reload the page
  await page.locator('#search-q').focus();
  await page.keyboard.type('burning feet');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toHaveText(/\d+ pages? found for “burning feet”/);
  await page.keyboard.press('Tab'); // Search button
  await page.keyboard.press('Tab'); // "Narrow the results"
  await page.keyboard.press(' ');
  await page.keyboard.press('Tab'); // type filter
  await expect(page.locator('#f-type')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // "Condition"
  await expect(page.locator('#f-type')).toHaveValue('Condition');
  await expect(page).toHaveURL(/type=Condition/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('.result') !== null);
  expect(focused, 'the first result link follows the filters').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test('ordinary queries show no warning card; no results offers other ways in', async ({ page }) => {
  await searchFor(page, 'knee pain when climbing stairs');
  await expect(page.locator('.red-flags')).toHaveCount(0);
  await searchFor(page, 'qwxyz plumbus');
  await expect(page.locator('.no-results')).toBeVisible();
  await expect(page.locator('.no-results a[href="/body/"]')).toBeVisible();
  await expect(page.locator('.no-results a[href="#a-to-z"]')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page lists every page from A to Z', async ({ page }) => {
    await page.goto('/search/?q=sciatica');
    await expect(page.locator('#a-to-z')).toBeVisible();
    await expect(page.locator('.az a[href="/conditions/sciatica/"]')).toBeVisible();
    await expect(page.locator('.az a[href="/procedures/spinal-cord-stimulation/"]')).toBeVisible();
    await expect(page.locator('.az a[href="/medications/pregabalin/"]')).toBeVisible();
  });
});
