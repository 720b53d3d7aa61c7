/** "Where does it hurt?": the body map works by mouse, keyboard and screen reader, with no script. */
import { expect, test } from '@playwright/test';

test('the body map regions are named links that lead to region pages listing conditions with summaries', async ({ page }) => {
  await page.goto('/');
  const front = page.getByRole('group', { name: 'Body, Front view' });
  await expect(front).toBeVisible();
  await expect(page.getByRole('group', { name: 'Body, Back view' })).toBeVisible();
  const lowerBack = page.getByRole('link', { name: /^Lower back \(\d+ conditions?\)$/ }).first();
  await expect(lowerBack).toBeVisible();
  await lowerBack.click();
  await expect(page).toHaveURL(/\/body\/lower-back\/$/);
  await expect(page.locator('h1')).toContainText('Lower back');
  await expect(page.locator('.entry-list a[href="/conditions/sciatica/"]')).toBeVisible();
  await expect(page.locator('.entry-list li').first().locator('.muted')).not.toBeEmpty();
});

test('the body map is reachable and usable by keyboard alone, with a visible focus', async ({ page }) => {
  await page.goto('/body/');
  const head = page.locator('svg a[href="/body/head-and-face/"]').first();
  for (let i = 0; i < 40 && !(await head.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(head).toBeFocused();
  const stroke = await head.locator('.bm-region').first().evaluate((p) => getComputedStyle(p).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(4);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/body\/head-and-face\/$/);
  await expect(page.locator('.entry-list a[href="/conditions/migraine/"]')).toBeVisible();
});

test('every region in the map is also in the text list', async ({ page }) => {
  await page.goto('/body/');
  const inMap = new Set(await page.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  const inList = new Set(await page.locator('.body-map-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  for (const href of inMap) expect(inList.has(href), `${href} in the text list`).toBe(true);
  expect(inList.size).toBe(9);
});
