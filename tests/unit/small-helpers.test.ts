import { describe, expect, it } from 'vitest';
import { isLeastInvasiveFirst } from '../../src/lib/ladder.ts';
import { byTitle, groupByLetter } from '../../src/lib/sort.ts';
import { hrefFor } from '../../src/lib/urls.ts';
import { controlledLabel, guidanceLabel, painTypeLabel } from '../../src/lib/labels.ts';
import { bodySections, groupByMany, toItem, toLink } from '../../src/lib/listing.ts';
import { cleanQuery } from '../../src/lib/query.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('treatment ladder', () => {
  it('accepts steps that never go back down the ladder', () => {
    expect(isLeastInvasiveFirst([{ stage: 'self-care' }, { stage: 'medicines' }, { stage: 'medicines' }, { stage: 'advanced' }])).toBe(true);
    expect(isLeastInvasiveFirst([{ stage: 'procedures' }, { stage: 'self-care' }])).toBe(false);
  });
});

describe('sorting and grouping', () => {
  it('sorts by title ignoring case', () => {
    const out = byTitle([{ data: { title: 'b' } }, { data: { title: 'A' } }]);
    expect(out.map((e) => e.data.title)).toEqual(['A', 'b']);
  });
  it('groups by first letter with # for the rest', () => {
    expect(groupByLetter(['apple', 'Avocado', '3D', 'banana'], (s) => s)).toEqual([
      ['#', ['3D']],
      ['A', ['apple', 'Avocado']],
      ['B', ['banana']],
    ]);
  });
  it('groups entries that carry several keys, in the given order, dropping empty groups', () => {
    const groups = groupByMany([{ k: ['x', 'y'] }, { k: ['y'] }], (e) => e.k, ['y', 'z', 'x']);
    expect(groups.map((g) => [g.key, g.entries.length])).toEqual([['y', 2], ['x', 1]]);
  });
});

describe('urls and labels', () => {
  it('builds each collection\'s address', () => {
    expect(hrefFor('care', 'flare-ups')).toBe('/seek-care/flare-ups/');
    expect(hrefFor('glossary', 'mri')).toBe('/glossary/#mri');
    expect(hrefFor('bodyRegions', 'neck')).toBe('/body/neck/');
    expect(() => hrefFor('nope', 'x')).toThrow(/No route/);
    expect(toItem({ collection: 'conditions', id: 'sciatica', data: { title: 'Sciatica', description: 'd' } }).href).toBe('/conditions/sciatica/');
    expect(toLink({ collection: 'therapies', id: 'massage', data: { title: 'Massage' } })).toEqual({ href: '/therapies/massage/', title: 'Massage' });
  });
  it('turns enum values into plain labels', () => {
    expect(guidanceLabel('fluoroscopy')).toMatch(/X-ray/);
    expect(controlledLabel('schedule-ii')).toMatch(/Schedule II/);
    expect(painTypeLabel('neuropathic')).toMatch(/nerve pain/);
  });
});

describe('body sections', () => {
  it('keeps only level-2 headings for the contents list', () => {
    expect(bodySections([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])).toEqual([{ id: 'a', text: 'A' }]);
  });
});

describe('query and frontmatter parsing', () => {
  it('cleans a query: trims, collapses, strips control characters, caps length, tolerates junk', () => {
    expect(cleanQuery('  burning \n\u0000 feet ')).toBe('burning feet');
    expect(cleanQuery(null)).toBe('');
    expect(cleanQuery('x'.repeat(500)).length).toBe(100);
  });
  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\nHello')).toEqual({ yaml: 'a: 1', body: '\nHello' });
    expect(splitFrontmatter('No frontmatter')).toEqual({ yaml: '', body: 'No frontmatter' });
  });
});

describe('treatment names in plan text', () => {
  it('finds titles and aliases as whole words, ignoring case and punctuation', async () => {
    const { unlinkedNames } = await import('../../src/lib/plan-links.ts');
    const entries = [
      { id: 'ip', names: ['Intrathecal drug delivery', 'pain pump'] },
      { id: 'mbb', names: ['Medial branch block', 'MBB'] },
    ];
    expect(unlinkedNames('A pain-pump may be offered.', entries, [])).toEqual(['ip']);
    expect(unlinkedNames('Ambbient noise, a pain pumpkin.', entries, [])).toEqual([]);
  });
  it('counts a name as linked when a linked entry\'s own name covers it', async () => {
    const { unlinkedNames } = await import('../../src/lib/plan-links.ts');
    const entries = [
      { id: 'rfa', names: ['Radiofrequency ablation'] },
      { id: 'knee-rfa', names: ['Genicular nerve block and RFA', 'genicular radiofrequency ablation'] },
    ];
    const text = 'Genicular radiofrequency ablation heats the nerves.';
    expect(unlinkedNames(text, entries, [])).toEqual(['rfa', 'knee-rfa']);
    expect(unlinkedNames(text, entries, ['knee-rfa'])).toEqual([]);
    expect(unlinkedNames('Radiofrequency ablation of the spine.', entries, ['rfa'])).toEqual([]);
  });
});
