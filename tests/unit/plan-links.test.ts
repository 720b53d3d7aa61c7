/**
 * No treatment is named in a condition's plan without a link: when a step's text names a
 * procedure (its title or one of its aliases), the step must reference that procedure's page.
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
  it('link every procedure they name', () => {
    const procedures = read('procedures').map((p) => ({ id: p.id, names: [p.data.title, ...(p.data.aliases ?? [])] as string[] }));
    const problems = read('conditions').flatMap((c) =>
      (c.data.treatmentPlan as { stage: string; text: string; procedures?: string[] }[]).flatMap((step, i) =>
        unlinkedNames(step.text, procedures, step.procedures ?? []).map((id) => `${c.id}: treatmentPlan[${i}] (${step.stage}) names ${id} but does not link it`),
      ),
    );
    expect(problems).toEqual([]);
  });
});
