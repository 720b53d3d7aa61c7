/**
 * The warning-signs register read straight from content/ (astro:content is not available under
 * Vitest): every entry valid, and no two entries saying nearly the same thing unless the pair
 * is listed as deliberately distinct, with a reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { warningSign } from '../../src/schemas/warning-sign.ts';
import { similarPairs } from '../../src/lib/similarity.ts';

/** Two signs whose word overlap reaches this read as the same sign to a reader. */
const THRESHOLD = 0.6;
const DIR = join(process.cwd(), 'content', 'warning-signs');
const schema = warningSign(z.string());
const register = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), schema.parse(parse(readFileSync(join(DIR, f), 'utf8')))]),
);

describe('warning-signs register', () => {
  it('has entries', () => {
    expect(Object.keys(register).length).toBeGreaterThan(50);
  });

  it('lists no two signs that say nearly the same thing, unless marked distinct with a reason', () => {
    const allowed = new Set(
      Object.entries(register).flatMap(([id, s]) => s.distinctFrom.map((d) => [id, d.sign].sort().join(' ~ '))),
    );
    const texts = Object.fromEntries(Object.entries(register).map(([id, s]) => [id, s.sign]));
    const unexplained = similarPairs(texts, THRESHOLD).filter((p) => !allowed.has([p.a, p.b].sort().join(' ~ ')));
    const report = unexplained.map((p) => `${p.score.toFixed(2)}  ${p.a}: "${texts[p.a]}"  ~  ${p.b}: "${texts[p.b]}"`);
    expect(report, 'merge these signs, or list them under distinctFrom with a reason').toEqual([]);
  });

  it('marks as distinct only pairs that exist in the register', () => {
    const unknown = Object.entries(register).flatMap(([id, s]) =>
      s.distinctFrom.filter((d) => !(d.sign in register)).map((d) => `${id} -> ${d.sign}`),
    );
    expect(unknown).toEqual([]);
  });
});
