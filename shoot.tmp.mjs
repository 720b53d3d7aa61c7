import { chromium } from '@playwright/test';
const [,, width, height, path, selector, out] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto('http://localhost:4321' + path);
if (selector && selector !== '-') await page.locator(selector).first().evaluate((el) => el.scrollIntoView());
await page.screenshot({ path: out });
await browser.close();
