/** Behaviour a reader relies on: skip link, search from the header, print styles. */
import { expect, test } from '@playwright/test';

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/conditions/sciatica/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the header search is a plain form that lands on results for the words typed', async ({ page }) => {
  await page.goto('/conditions/');
  await page.fill('#site-search', 'shooting pain down my leg');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=shooting\+pain\+down\+my\+leg/);
  await expect(page.locator('.result__title a[href="/conditions/sciatica/"]')).toBeVisible();
});

test('a hostile query is shown as text, not run as code', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('#search-status')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.search-app img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('print hides navigation, prints source addresses and keeps care cards black on white', async ({ page }) => {
  await page.goto('/conditions/sciatica/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
  await expect(page.locator('.contents-list')).toBeHidden();
  const after = await page.locator('.sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  const card = await page.locator('.care-card').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, color: s.color, breakInside: s.breakInside };
  });
  expect(card).toEqual({ bg: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)', breakInside: 'avoid' });
});

test('on a 390 × 844 phone the page title sits in the top half of the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/conditions/sciatica/', '/seek-care/back-pain-red-flags/', '/medications/nsaids/']) {
    await page.goto(path);
    const box = await page.locator('h1').first().boundingBox();
    expect(box, path).not.toBeNull();
    expect(box!.y + box!.height, `${path}: bottom of the title (px)`).toBeLessThan(422);
  }
});

test('the emergency banner spans the full width of a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/conditions/sciatica/');
  const width = await page.locator('.emergency-line').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBe(await page.evaluate(() => document.documentElement.clientWidth));
});

test('the procedure comparison is a table on wide screens and one card per procedure on phones and paper', async ({ page }) => {
  const display = () => page.locator('table.compare tbody tr').first().evaluate((el) => getComputedStyle(el).display);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/procedures/compare/');
  expect(await display()).toBe('table-row');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await display()).toBe('block');
  const label = await page.locator('table.compare tbody td').first().evaluate((el) => getComputedStyle(el, '::before').content);
  expect(label).toBe('"Used for"');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.emulateMedia({ media: 'print' });
  expect(await display()).toBe('block');
});
