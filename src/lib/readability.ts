/**
 * Reading grade of patient-facing text (Flesch-Kincaid, through maintained libraries).
 * Pure: text in, numbers out. The content lint (scripts/lint-content.ts) feeds it pages.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Frontmatter keys that are not patient-facing prose: exempt from the grade. */
export const EXEMPT_KEYS = new Set([
  'title', 'aliases', 'symptoms', 'sources', 'review', 'referral', 'urgency', 'stage', 'id', 'when',
  'bodyRegions', 'painTypes', 'related', 'relatedConditions', 'relatedGuides', 'relatedProcedures',
  'treats', 'usedFor', 'helps', 'medications', 'therapies', 'procedures', 'seeAlso', 'audience',
  'controlled', 'imageGuidance', 'sedation', 'generics', 'brands',
]);

/** Markdown → plain-text blocks (paragraphs, list items, headings); code, links and markup removed. */
export function markdownBlocks(markdown: string): string[] {
  return markdown
    .replace(/```[\s\S]*?```/g, '\n')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)|\n(?=#)/)
    .map((b) => b.replace(/^\s*(?:#{1,6}|[-*+]|\d+\.|>)\s*/gm, '').replace(/[*_]{1,3}/g, '').replace(/\s+/g, ' ').trim())
    .filter((b) => /[A-Za-z]/.test(b));
}

/** Every patient-facing string in frontmatter data, skipping exempt keys. */
export function frontmatterBlocks(data: unknown, key = ''): string[] {
  if (EXEMPT_KEYS.has(key)) return [];
  if (typeof data === 'string') return /[A-Za-z]/.test(data) && data.includes(' ') ? [data] : [];
  if (Array.isArray(data)) return data.flatMap((d) => frontmatterBlocks(d));
  if (typeof data === 'object' && data !== null) return Object.entries(data).flatMap(([k, v]) => frontmatterBlocks(v, k));
  return [];
}

export type Counts = { sentence: number; word: number; syllable: number };

/** Count sentences, words and syllables; every block ends a sentence even without a full stop. */
export function countText(blocks: readonly string[]): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?:;])\s+/)) {
      const words = sentence.split(/[\s/–—]+/).map((w) => w.replace(/[^A-Za-z'-]/g, '')).filter((w) => /[A-Za-z]/.test(w));
      if (words.length === 0) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
    }
  }
  return counts;
}

/** Flesch-Kincaid grade of the blocks, rounded to one decimal; 0 for no text. */
export function readingGrade(blocks: readonly string[]): number {
  const counts = countText(blocks);
  if (counts.word === 0) return 0;
  return Math.round(fleschKincaid(counts) * 10) / 10;
}
