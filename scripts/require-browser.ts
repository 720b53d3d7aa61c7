/**
 * Finds the browser for the e2e tests: CHROMIUM_PATH, else /usr/bin/chromium, else a browser
 * Playwright already has. Stops at once, saying how to get one, when none is found.
 * Nothing is downloaded.
 */
import { findChromium } from '../tests/e2e/browser.ts';

const found = findChromium();
if (!found) {
  console.error(
    [
      'No Chromium browser found for the browser tests.',
      'Install Debian\'s Chromium:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests will use ${found}`);
