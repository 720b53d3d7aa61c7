import { getViteConfig } from 'astro/config';

// Astro's Vite config lets the Container API render .astro components in unit tests.
export default getViteConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
