/**
 * Every warning sign on every built page comes from the register: one id, one wording, one
 * urgency everywhere, inside a card of that urgency. Reads dist/ and content/warning-signs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages } from './site-pages.ts';

const register = new Map(
  readdirSync('content/warning-signs').map((f) => {
    const s = parse(readFileSync(`content/warning-signs/${f}`, 'utf8')) as { sign: string; urgency: string };
    return [f.replace(/\.yaml$/, ''), s] as const;
  }),
);
const html = (path: string) => readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

test('every rendered sign matches its register entry, in a card of its own urgency', () => {
  const problems: string[] = [];
  let count = 0;
  for (const path of builtPages()) {
    const page = html(path);
    for (const card of page.matchAll(/<section class="care-card care-card--([a-z]+)"[\s\S]*?<\/section>/g)) {
      const items = [...card[0].matchAll(/<li([^>]*)>([^<]*)/g)];
      for (const [, attrs, text] of items) {
        const id = /data-sign="([^"]+)"/.exec(attrs ?? '')?.[1];
        const urgency = /data-urgency="([^"]+)"/.exec(attrs ?? '')?.[1];
        count += 1;
        const entry = id ? register.get(id) : undefined;
        if (!id || !entry) { problems.push(`${path}: a care item that is not from the register: "${text}"`); continue; }
        if (urgency !== entry.urgency) problems.push(`${path}: ${id} rendered as ${urgency}, register says ${entry.urgency}`);
        if (card[1] !== entry.urgency) problems.push(`${path}: ${id} sits in a ${card[1]} card, register says ${entry.urgency}`);
        if (decode(text ?? '').trim() !== entry.sign) problems.push(`${path}: ${id} reads "${text}", register says "${entry.sign}"`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(count).toBeGreaterThan(300);
});

test('no sign id renders at two urgencies or in two wordings anywhere on the site', () => {
  const seen = new Map<string, Set<string>>();
  for (const path of builtPages()) {
    for (const m of html(path).matchAll(/<li data-sign="([^"]+)" data-urgency="([^"]+)">([^<]*)/g)) {
      const key = `${m[2]} | ${decode(m[3] ?? '').trim()}`;
      seen.set(m[1]!, (seen.get(m[1]!) ?? new Set()).add(key));
    }
  }
  const twice = [...seen].filter(([, v]) => v.size > 1).map(([id, v]) => `${id}: ${[...v].join(' / ')}`);
  expect(twice).toEqual([]);
  expect(seen.size).toBeGreaterThan(50);
});

test('every phone number in a sign\'s own instruction is a tap-to-call link', () => {
  const bare: string[] = [];
  let numbers = 0;
  for (const path of builtPages()) {
    for (const m of html(path).matchAll(/<strong class="sign-action"[^>]*>([\s\S]*?)<\/strong>/g)) {
      const body = m[1] ?? '';
      numbers += [...body.matchAll(/<a href="tel:\d+">/g)].length;
      const outside = body.replace(/<a href="tel:[^"]+">[^<]*<\/a>/g, '');
      if (/\d{3}/.test(outside)) bare.push(`${path}: ${decode(outside)}`);
    }
  }
  expect(bare).toEqual([]);
  expect(numbers).toBeGreaterThan(0);
});
