/**
 * The site's own vocabulary, for spelling correction: built at build time from titles, aliases,
 * symptoms, glossary terms, medicine names and warning-sign phrases. Pure.
 */
import { distance } from 'fastest-levenshtein';
import { STOPWORDS, words } from './text.ts';

/** Unique words of three or more letters, sorted; stop words and numbers left out. */
export function vocabularyFrom(texts: readonly string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (w.length >= 3 && /^[a-z]+$/.test(w) && !STOPWORDS.has(w)) set.add(w);
  return [...set].sort();
}

/** How many edits a word of this length may be away from its correction. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * The nearest vocabulary word to an unknown word, or null when the word is known (in the
 * vocabulary, or anywhere in the site's text: `known`), too short,
 * not a plain word, or nothing is close enough. Ties go to the word with the same first letter,
 * then the one closest in length, then alphabetical order.
 */
export function nearestWord(word: string, vocabulary: ReadonlySet<string>, known: ReadonlySet<string> = vocabulary): string | null {
  if (vocabulary.has(word) || known.has(word) || !/^[a-z]+$/.test(word)) return null;
  const limit = maxEdits(word.length);
  if (limit === 0) return null;
  let best: { w: string; d: number; first: number; len: number } | null = null;
  for (const w of vocabulary) {
    if (Math.abs(w.length - word.length) > limit) continue;
    const d = distance(word, w);
    if (d > limit) continue;
    const cand = { w, d, first: w[0] === word[0] ? 0 : 1, len: Math.abs(w.length - word.length) };
    if (!best || cand.d < best.d || (cand.d === best.d && (cand.first < best.first || (cand.first === best.first && (cand.len < best.len || (cand.len === best.len && cand.w < best.w)))))) best = cand;
  }
  return best?.w ?? null;
}

export interface Correction { from: string; to: string }

/** Correct each unknown word of a query; returns the corrected words and what changed. */
export function correctWords(queryWords: readonly string[], vocabulary: ReadonlySet<string>, known: ReadonlySet<string> = vocabulary): { words: string[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = queryWords.map((w) => {
    if (STOPWORDS.has(w)) return w;
    const to = nearestWord(w, vocabulary, known);
    if (to) corrections.push({ from: w, to });
    return to ?? w;
  });
  return { words: out, corrections };
}
