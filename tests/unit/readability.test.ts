import { describe, expect, it } from 'vitest';
import { countText, frontmatterBlocks, markdownBlocks, readingGrade } from '../../src/lib/readability.ts';

describe('readability', () => {
  it('turns markdown into text blocks without links, markup or headings marks', () => {
    expect(markdownBlocks('## What it is\n\nA [pinched nerve](/glossary/#x) **hurts**.\n- one item\n- two items')).toEqual([
      'What it is',
      'A pinched nerve hurts.',
      'one item',
      'two items',
    ]);
  });
  it('reads patient-facing frontmatter and skips clinician and reference fields', () => {
    const blocks = frontmatterBlocks({
      description: 'A plain sentence here.',
      referral: { referWhen: ['Radiculopathy refractory to conservative management'] },
      sources: [{ title: 'Some guideline title' }],
      care: [{ urgency: 'emergency', symptom: 'cannot pee at all' }],
    });
    expect(blocks).toEqual(['A plain sentence here.', 'cannot pee at all']);
  });
  it('counts every block as at least one sentence', () => {
    expect(countText(['one two', 'three. four five.'])).toMatchObject({ sentence: 3, word: 5 });
  });
  it('grades simple text low and dense text high', () => {
    const simple = readingGrade(['The pain goes down your leg. It can feel like a shock. Walk a bit each day.']);
    const dense = readingGrade([
      'Lumbosacral radiculopathy secondary to intervertebral disc herniation characteristically manifests as dermatomal neuropathic symptomatology accompanied by neurological deficits.',
    ]);
    expect(simple).toBeLessThan(6);
    expect(dense).toBeGreaterThan(14);
    expect(readingGrade([])).toBe(0);
  });
});
