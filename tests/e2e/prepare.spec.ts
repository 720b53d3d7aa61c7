/**
 * The pre-visit checklist builder, the procedure prep sheets and the relief diary, used as a
 * patient would: keyboard only, reload, delete, links from content pages, bad stored data,
 * print (page.pdf) and axe in each state.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KEY = 'pain-kb:prepare';
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
/** Wait until the tool has hydrated and read its stored answers. */
const hydrated = (page: Page) => page.locator('[data-ready]').first().waitFor();
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Put raw text in the builder's storage before the page's own scripts run (once, not on reload). */
const seed = (page: Page, raw: string) =>
  page.addInitScript(({ k, v }) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, { k: KEY, v: raw });

/** Tab until the element is focused (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80) {
  const target = page.locator(selector);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with Tab`);
}

/** A full sheet for "first consultation, sciatica, epidural steroid injection", typed by keyboard. */
async function fillFullSheet(page: Page) {
  await page.goto('/prepare/?visit=first&condition=sciatica&procedure=epidural-steroid-injection');
  await hydrated(page);
  /** Type each text into one field, pressing Tab to move to the next. */
  const typeInTurn = async (texts: string[]) => {
    for (const [i, text] of texts.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
  };
  await tabTo(page, '#since');
  await typeInTurn([
    'Since March 2024, after lifting a heavy box at work',
    'Sudden sharp pain in my lower back while lifting; two days later it ran down my right leg to the ankle.',
    'Shooting and burning down the leg, aching in the back.',
    'Sitting more than 20 minutes, driving, bending to put on socks, coughing.',
    'Walking slowly, lying on my side with a pillow between my knees, heat.',
  ]);
  const score = async (id: string, value: string) => {
    await tabTo(page, id);
    await page.keyboard.type(value);
  };
  await score('#worst', '8');
  await score('#usual', '5');
  await score('#best', '3');
  await tabTo(page, '#time-of-day');
  await typeInTurn([
    'Worst in the morning and after sitting at my desk.',
    'I wake two or three times a night when I turn over.',
    'Low and irritable on bad days; worried about my job.',
  ]);
  await score('#peg-pain', '6');
  await score('#peg-enjoyment', '7');
  await score('#peg-activity', '5');
  const tried = [
    ['Ibuprofen', '400 mg up to three times a day', '6 weeks', 'Took the edge off, about 2 points', 'Heartburn'],
    ['Gabapentin', '300 mg at night, raised to 300 mg three times a day', '3 months', 'Slightly less burning in the leg', 'Drowsy and dizzy'],
    ['Physical therapy', 'Twice a week', '8 weeks', 'Helped me walk further', 'Sore for a day after sessions'],
    ['Cyclobenzaprine', '5 mg at night', '2 weeks', 'No change', 'Dry mouth, groggy mornings'],
    ['Heat and a TENS unit', 'Most evenings', '4 months', 'Short relief for an hour or two', 'None'],
  ];
  for (const [n, row] of tried.entries()) {
    await tabTo(page, '#add-treatment');
    await page.keyboard.press('Enter');
    await expect(page.locator('.treatment').nth(n).locator('input').first()).toBeFocused();
    for (const [i, text] of row.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
  }
  await tabTo(page, '#goal-work');
  await page.keyboard.type('Stand for 30 minutes at work without leg pain.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Walk my dog around the park, about 20 minutes, twice a week.');
  // Tick the first three suggested questions by keyboard.
  for (let i = 0; i < 3; i++) {
    await tabTo(page, `.question-list li:nth-child(${i + 1}) input`);
    await page.keyboard.press(' ');
  }
  await tabTo(page, '#own-question');
  await page.keyboard.type('Can I keep working while I wait for the injection?');
  await page.keyboard.press('Enter');
}

test('a full sheet built by keyboard alone survives a reload and prints on at most two pages', async ({ page }) => {
  test.setTimeout(180_000);
  await fillFullSheet(page);
  const sheet = page.locator('.sheet');
  await expect(sheet).toContainText('First consultation');
  await expect(sheet).toContainText('Sciatica');
  await expect(sheet).toContainText('Shooting and burning down the leg');
  await expect(sheet).toContainText('Epidural steroid injection');
  await expect(sheet).toContainText('6 out of 10 (pain 6, interference with enjoyment of life 7, interference with general activity 5)');
  await expect(sheet.locator('.sheet__table tbody tr')).toHaveCount(5);
  await expect(sheet.locator('.sheet__table')).toContainText('Heat and a TENS unit');
  await expect(sheet).toContainText('Can I keep working while I wait for the injection?');
  await expect(sheet.locator('li[data-urgency="emergency"]').first()).toBeVisible();
  await expect(page.locator('.peg-result')).toContainText('Your PEG score: 6 out of 10');
  expect(await axe(page)).toEqual([]);

  await expect.poll(() => stored(page)).toContain('Walk my dog');
  await page.reload();
  await expect(page.locator('#goal-life')).toHaveValue('Walk my dog around the park, about 20 minutes, twice a week.');
  await expect(page.locator('.sheet__table tbody tr')).toHaveCount(5);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.prepare-form')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sheet')).toBeVisible();
  await page.pdf({ path: test.info().outputPath('full-sheet-letter.pdf'), format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
  const pdf = await page.pdf({ format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'printed pages (US Letter)').toBeLessThanOrEqual(2);
  const a4 = await page.pdf({ format: 'A4', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
  expect((a4.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 'printed pages (A4)').toBeLessThanOrEqual(2);
});

test('"Delete my answers" removes them from the browser', async ({ page }) => {
  await page.goto('/prepare/');
  await hydrated(page);
  await page.fill('#goal-work', 'Lift my grandchild');
  await expect.poll(() => stored(page)).toContain('Lift my grandchild');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await expect(page.locator('.notices')).toContainText('deleted');
  await expect(page.locator('#goal-work')).toHaveValue('');
  expect(await stored(page)).toBeNull();
  await page.reload();
  await expect(page.locator('#goal-work')).toHaveValue('');
});

test('a procedure page links to the builder pre-set for it, and unknown link values are ignored', async ({ page }) => {
  await page.goto('/procedures/epidural-steroid-injection/');
  await page.getByRole('link', { name: 'build a sheet for this procedure' }).click();
  await expect(page).toHaveURL(/\/prepare\/\?visit=procedure&procedure=epidural-steroid-injection/);
  await expect(page.locator('input[name=visit][value=procedure]')).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Epidural steroid injection', exact: true })).toBeChecked();
  await expect(page.locator('.sheet')).toContainText('On the day');
  await page.goto('/prepare/?procedure=not-a-page&visit=<script>&condition=sciatica');
  await expect(page.locator('.notices')).toContainText('not recognized');
  await expect(page.getByRole('checkbox', { name: 'Sciatica', exact: true })).toBeChecked();
  await expect(page.locator('script:not([src]):not([type])').filter({ hasText: 'alert' })).toHaveCount(0);
});

for (const [name, raw] of [
  ['corrupted', '{"version":2,"visitType":'],
  ['from a future version', JSON.stringify({ version: 99, anything: true })],
  ['hostile', JSON.stringify({ version: 2, visitType: 'first', story: { howStarted: '<img src=x onerror=alert(1)>'.repeat(5000) }, conditions: '<script>alert(1)</script>' })],
] as const) {
  test(`stored data that is ${name} is set aside with a message, and the page starts fresh`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await seed(page, raw);
    await page.goto('/prepare/');
    await expect(page.locator('.notices')).toContainText('set them aside');
    await expect(page.locator('#how-started')).toHaveValue('');
    expect(await page.evaluate(() => localStorage.getItem('pain-kb:prepare:set-aside'))).toBe(raw);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    expect(errors).toEqual([]);
    expect(await axe(page)).toEqual([]);
  });
}

test('stored data from an older version is migrated', async ({ page }) => {
  const v1 = { version: 1, visit: 'follow-up', conditions: ['sciatica'], procedures: [], painStory: 'Started after a fall.', goals: ['Work a full shift', 'Sleep through'], tried: [{ name: 'Naproxen', dose: '250 mg', result: 'Some help' }], savedAt: '2025-01-01T00:00:00.000Z' };
  await seed(page, JSON.stringify(v1));
  await page.goto('/prepare/');
  await expect(page.locator('input[name=visit][value=follow-up]')).toBeChecked();
  await expect(page.locator('#how-started')).toHaveValue('Started after a fall.');
  await expect(page.locator('#goal-life')).toHaveValue('Sleep through');
  await expect(page.locator('.sheet__table')).toContainText('Naproxen');
  await expect(page.locator('.notices')).toContainText('older version');
});

test('a second tab does not silently overwrite the first', async ({ page, context }) => {
  await page.goto('/prepare/');
  await hydrated(page);
  await page.fill('#goal-work', 'First tab goal');
  await expect.poll(() => stored(page)).toContain('First tab goal');
  const other = await context.newPage();
  await other.goto('/prepare/');
  await hydrated(other);
  await other.fill('#goal-work', 'Second tab goal');
  await expect.poll(() => stored(other)).toContain('Second tab goal');
  await expect(page.getByRole('alert')).toContainText('changed in another tab');
  await page.fill('#goal-life', 'typed after the other tab saved');
  await page.waitForTimeout(600);
  expect(await stored(page)).toContain('Second tab goal');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: "Load the other tab's answers" }).click();
  await expect(page.locator('#goal-work')).toHaveValue('Second tab goal');
});

test('the procedure prep sheet prints its lists and warning signs with no script', async ({ page }) => {
  await page.goto('/prepare/procedure/epidural-steroid-injection/');
  await expect(page.locator('h1')).toContainText('Epidural steroid injection');
  await expect(page.locator('.tick-list, ul').filter({ hasText: 'drive you home' }).first()).toBeVisible();
  await expect(page.locator('.care-card--emergency')).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
});

test('the relief diary works out the relief and keeps it', async ({ page }) => {
  await page.goto('/procedures/medial-branch-block/');
  await page.getByRole('link', { name: 'use the relief diary' }).click();
  await expect(page).toHaveURL(/\/prepare\/relief-diary\/$/);
  await hydrated(page);
  await page.locator('#diary-before').selectOption('8');
  await page.locator('#diary-after-0').selectOption('2');
  await page.locator('#diary-after-1').selectOption('4');
  await expect(page.locator('tbody tr').nth(0).locator('.diary__relief')).toHaveText('75%');
  await expect(page.locator('tbody tr').nth(1).locator('.diary__relief')).toHaveText('50%');
  await expect(page.locator('.diary__best')).toContainText('Most relief: 75% at 30 minutes');
  expect(await axe(page)).toEqual([]);
  await expect.poll(() => stored(page)).toContain('"before":8');
  await page.reload();
  await expect(page.locator('tbody tr').nth(0).locator('.diary__relief')).toHaveText('75%');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
});
