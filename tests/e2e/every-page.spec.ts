/**
 * Every built page: answers 200, logs no console error, requests nothing from another origin
 * (and carries a CSP that forbids it),
 * passes axe (WCAG 2.2 AA tags), does not scroll sideways at 320 px, and, unless it is a tool
 * page, loads no script at all.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, emergencyNumber, isContentPage } from './site-pages.ts';

const EMERGENCY_NUMBER = emergencyNumber();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ viewport: { width: 320, height: 800 } });

for (const path of builtPages()) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const consoleErrors: string[] = [];
    const foreign: string[] = [];
    const scripts: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      if (r.resourceType() === 'script') scripts.push(r.url());
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP status').toBe(200);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, 'content security policy').toContain("default-src 'self'");
    await expect(page.locator('a.skip-link[href="#main"]'), 'skip link').toHaveCount(1);
    await expect(page.locator('.emergency-line'), 'emergency number').toContainText(`call ${EMERGENCY_NUMBER}`);

    if (isContentPage(path)) {
      expect(scripts, 'scripts loaded by a content page').toEqual([]);
      expect(await page.locator('script').count(), '<script> elements on a content page').toBe(0);
    }

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scroll at 320 px (px)').toBeLessThanOrEqual(0);

    const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    expect(violations, 'axe violations').toEqual([]);
  });
}
