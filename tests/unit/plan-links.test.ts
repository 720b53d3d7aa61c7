/**
 * No treatment is named in a condition's plan without a link: when a step's text names a
 * procedure, medicine or therapy (its title, an alias, or a medicine's generic or brand name),
 * the step must reference that page.
 * Reads content/ directly (astro:content is not available under Vitest).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { unlinkedNames } from '../../src/lib/plan-links.ts';

const read = (dir: string) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: parse(splitFrontmatter(readFileSync(`content/${dir}/${f}`, 'utf8')).yaml) }));

describe('condition treatment plans', () => {
  it('link every procedure, medicine and therapy they name', () => {
    const kinds = ['procedures', 'medications', 'therapies'] as const;
    const entries = kinds.flatMap((kind) =>
      read(kind).map((e) => ({
        id: `${kind}/${e.id}`,
        names: [e.data.title, ...(e.data.aliases ?? []), ...(e.data.generics ?? []), ...(e.data.brands ?? [])] as string[],
      })),
    );
    const problems = read('conditions').flatMap((c) =>
      (c.data.treatmentPlan as ({ stage: string; text: string } & Partial<Record<(typeof kinds)[number], string[]>>)[]).flatMap((step, i) => {
        const linked = kinds.flatMap((kind) => (step[kind] ?? []).map((id) => `${kind}/${id}`));
        return unlinkedNames(step.text, entries, linked).map((id) => `${c.id}: treatmentPlan[${i}] (${step.stage}) names ${id} but does not link it`);
      }),
    );
    expect(problems).toEqual([]);
  });
});
