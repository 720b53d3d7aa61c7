/**
 * Search benchmark (not a test): opens the built /search/ in Chromium and measures, for a first
 * and a later query, the bytes fetched and the milliseconds from the last keystroke to the
 * rendered results, plus the island's own JavaScript gzipped. Bytes are counted as a host that
 * gzips text would send them (Pagefind's index files are already compressed). Prints a
 * Markdown table for the README and exits 1 if a budget is missed.
 *
 *   npm run build && npm run bench:search
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../tests/e2e/browser.ts';
import { serveDir } from './lib/static-server.ts';

const DIST = path.resolve('dist');
const PORT = 4399;
const RUNS = 5;
const FIRST = 'shooting pain down my leg';
const LATER = ['burning feet', 'lyrica', 'siatica', 'can I drive after an injection'];
const BUDGET = { firstKb: 200, firstMs: 300, laterMs: 100, islandKb: 80 };

if (!existsSync(path.join(DIST, 'search/index.html'))) {
  console.error('No built site: run `npm run build` first.');
  process.exit(1);
}

/** Bytes a gzipping host would send for one response. */
function sentBytes(url: string, body: Buffer): number {
  return /\.(js|css|html|json|svg)$|\/$/.test(new URL(url).pathname) ? gzipSync(body).length : body.length;
}

/** Type a query the way React sees typing, and time it to the rendered result count, in the page. */
function timeQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const count = document.querySelector('.search-count')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const done = new Promise<number>((resolve) => {
      const obs = new MutationObserver(() => {
        if (/found for “|No pages found for “/.test(count.textContent ?? '') && (count.textContent ?? '').includes(q)) {
          obs.disconnect();
          resolve(performance.now());
        }
      });
      obs.observe(count, { childList: true, characterData: true, subtree: true });
    });
    const t0 = performance.now();
    setValue.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await done) - t0;
  }, q);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serveDir(DIST, PORT);
const exe = findChromium();
const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}), args: ['--no-sandbox'] });
const rows = { islandKb: 0, pageKb: 0, firstKb: [] as number[], firstMs: [] as number[], laterKb: [] as number[], laterMs: [] as number[] };
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    const island: number[] = [];
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const n = sentBytes(r.url(), body);
      bytes += n;
      if (r.request().resourceType() === 'script' && !r.url().includes('/pagefind/')) island.push(n);
    });
    await page.goto(`http://localhost:${PORT}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = bytes;
    bytes = 0;
    rows.firstMs.push(await timeQuery(page, FIRST));
    await page.waitForLoadState('networkidle');
    rows.firstKb.push(bytes / 1024);
    for (const q of LATER) {
      bytes = 0;
      rows.laterMs.push(await timeQuery(page, q));
      await page.waitForLoadState('networkidle');
      rows.laterKb.push(bytes / 1024);
    }
    rows.pageKb = pageBytes / 1024;
    rows.islandKb = island.reduce((a, b) => a + b, 0) / 1024;
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const firstKb = median(rows.firstKb);
const firstMs = median(rows.firstMs);
const laterMs = median(rows.laterMs);
const laterKb = median(rows.laterKb);
const ok = (v: number, b: number) => (v <= b ? 'within' : '**over**');
console.log(`Search benchmark: median of ${RUNS} runs, Chromium ${browser.version()}, built site on localhost\n`);
console.log('| Measure | Result | Budget | |');
console.log('|---|---|---|---|');
console.log(`| Open /search/ (HTML, CSS, island JS, Pagefind and search data preloaded) | ${rows.pageKb.toFixed(0)} kB | – | |`);
console.log(`| First query: bytes fetched after typing | ${firstKb.toFixed(1)} kB | ${BUDGET.firstKb} kB | ${ok(firstKb, BUDGET.firstKb)} |`);
console.log(`| First query: last keystroke to results | ${firstMs.toFixed(0)} ms | ${BUDGET.firstMs} ms | ${ok(firstMs, BUDGET.firstMs)} |`);
console.log(`| Later query: bytes fetched | ${laterKb.toFixed(1)} kB | – | |`);
console.log(`| Later query: last keystroke to results | ${laterMs.toFixed(0)} ms | ${BUDGET.laterMs} ms | ${ok(laterMs, BUDGET.laterMs)} |`);
console.log(`| The island's own JavaScript, gzipped | ${rows.islandKb.toFixed(1)} kB | ${BUDGET.islandKb} kB | ${ok(rows.islandKb, BUDGET.islandKb)} |`);
const over = firstKb > BUDGET.firstKb || firstMs > BUDGET.firstMs || laterMs > BUDGET.laterMs || rows.islandKb > BUDGET.islandKb;
process.exit(over ? 1 : 0);
