// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

/**
 * The public address of the site, for canonical links: set SITE_URL when building for
 * production. Left unset (local builds, tests), pages carry no canonical link at all rather
 * than one that points at a placeholder domain.
 */
function siteUrl() {
  const raw = process.env.SITE_URL?.trim();
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be a full address such as https://pain.example.org (got "${raw}")`);
  }
  if (!['https:', 'http:'].includes(url.protocol)) throw new Error(`SITE_URL must start with https:// (got "${raw}")`);
  return url.origin;
}

const site = siteUrl();

export default defineConfig({
  ...(site ? { site } : {}),
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
  // The site has no code blocks: no Shiki, and so none of the inline styles the CSP would refuse.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry's asset module with the directive "use astro:head-inject",
        // which Rolldown warns about once per file although Astro reads it on purpose
        // (withastro/astro#18087). Drop exactly that message; every other warning still prints.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [mdx(), react(), pagefind()],
});
