/**
 * How nearly two warning signs say the same thing: a word-overlap measure over normalised
 * text. Pure. Used by the register's consistency test to catch a sign written twice.
 */

/** Words too common to tell two signs apart. */
const STOP = new Set(
  ('a an and are as at be been but by can do does for from had has have i if in into is it its ' +
    'me my no not of on or so than that the their them then there they this to too up was were ' +
    'what when where which while who will with you your yours feel get got very much more any')
    .split(' '),
);

/** Lowercase words without punctuation or stop words, with a plural or -ing ending trimmed. */
export function signWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/)) {
    if (!raw || STOP.has(raw)) continue;
    out.add(raw.length > 4 ? raw.replace(/(ing|es|s)$/, '') : raw);
  }
  return out;
}

/** Jaccard overlap of the two texts' words: 0 (nothing shared) to 1 (the same words). */
export function wordOverlap(a: string, b: string): number {
  const wa = signWords(a);
  const wb = signWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

export interface Pair { a: string; b: string; score: number }

/** Every pair of texts at or above `threshold`, most alike first. Keys are the texts' ids. */
export function similarPairs(texts: Record<string, string>, threshold: number): Pair[] {
  const ids = Object.keys(texts).sort();
  const out: Pair[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const a = ids[i]!;
      const b = ids[j]!;
      const score = wordOverlap(texts[a]!, texts[b]!);
      if (score >= threshold) out.push({ a, b, score });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
