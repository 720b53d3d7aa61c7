import { describe, expect, it } from 'vitest';
import { firstLink, firstUse, unlinkedTerms } from '../../src/lib/glossary-links.ts';

const terms = [
  { id: 'mri', term: 'MRI scan' },
  { id: 'herniated-disc', term: 'Herniated disc' },
];

describe('glossary links on first use', () => {
  it('finds the first plain use, singular or plural, ignoring headings and link targets', () => {
    const md = '## Herniated disc\n\nSee [this](/glossary/#herniated-disc). Two herniated discs.';
    expect(firstUse(md, 'Herniated disc')).toBe(md.indexOf('herniated discs'));
    expect(firstLink(md, 'herniated-disc')).toBe(md.indexOf('[this]'));
  });
  it('passes a term whose first use is the glossary link', () => {
    const md = 'An [MRI scan](/glossary/#mri) shows discs. Another MRI scan later.';
    expect(unlinkedTerms(md, terms, 'Sciatica')).toEqual([]);
  });
  it('flags a term used before it is linked, or never linked', () => {
    const md = 'An MRI scan first. Then an [MRI scan](/glossary/#mri). A herniated disc.';
    expect(unlinkedTerms(md, terms, 'Sciatica').map((t) => t.id)).toEqual(['mri', 'herniated-disc']);
  });
  it('does not ask a page to link its own subject', () => {
    expect(unlinkedTerms('A herniated disc is common.', terms, 'Herniated disc')).toEqual([]);
  });
});
