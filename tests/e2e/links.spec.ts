/** Every internal link and #anchor in the built HTML resolves to a built page and an element id. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

const fileOf = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

test('every internal link and anchor resolves', () => {
  const pages = new Set(builtPages());
  const ids = new Map<string, Set<string>>();
  const htmlOf = new Map<string, string>();
  for (const p of pages) {
    const html = readFileSync(fileOf(p), 'utf8');
    htmlOf.set(p, html);
    ids.set(p, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
  }
  const broken: string[] = [];
  for (const [page, html] of htmlOf) {
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
      const href = decode(m[1]!);
      if (/^(https?:|tel:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      if (url.pathname.startsWith('/search/')) continue;
      const target = url.pathname;
      if (!pages.has(target)) { broken.push(`${page} → ${href} (no such page)`); continue; }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(target)!.has(anchor)) broken.push(`${page} → ${href} (no element with id "${anchor}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('link text says where it goes', () => {
  const vague: string[] = [];
  for (const p of builtPages()) {
    const html = readFileSync(fileOf(p), 'utf8');
    for (const m of html.matchAll(/<a\s[^>]*>([^<]*)<\/a>/g)) {
      if (/^\s*(click here|here|read more|more|link)\s*$/i.test(m[1]!)) vague.push(`${p}: "${m[1]}"`);
    }
  }
  expect(vague).toEqual([]);
});
