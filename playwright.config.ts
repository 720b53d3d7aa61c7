import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/browser.ts';

const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 120_000,
  use: {
    baseURL: 'http://localhost:4321',
    ...(executablePath ? { launchOptions: { executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'] } } : {}),
  },
  webServer: {
    command: 'npm run preview',
    url: 'http://localhost:4321/',
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
  },
});
