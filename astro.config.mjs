// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://pain-medicine.example',
  trailingSlash: 'always',
  // Collapse whitespace the classic way; 'jsx' would glue inline links on separate lines.
  compressHTML: true,
  // A duplicate entry id is an error, not a warning.
  prerenderConflictBehavior: 'error',
  // Tests build bad-content fixtures into their own folders.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  // Privacy by construction: a Content-Security-Policy meta tag on every page lets the browser
  // load nothing from another origin. Pagefind's search needs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  build: { inlineStylesheets: 'never' },
  integrations: [mdx(), react(), pagefind()],
});
