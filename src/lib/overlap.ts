/**
 * "Our own words only": finds runs of words a page shares with a source text. Pure.
 * Words are compared lowercased with punctuation removed. Runs can be compared as short
 * fingerprints, so the repository can keep the seed documents' runs without their text.
 */
import { createHash } from 'node:crypto';

const words = (text: string): string[] =>
  text.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean);

/** Every run of `n` consecutive words in the text, joined by single spaces. */
export function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i += 1) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** A short, stable fingerprint of one run of words (12 hex digits of its SHA-256). */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

/** Fingerprints of every run of `n` words in the texts. */
export function runFingerprints(texts: readonly string[], n: number): Set<string> {
  return new Set(texts.flatMap((t) => [...shingles(t, n)].map(fingerprint)));
}

/**
 * Runs of `n` words of the page found in `source` (at most `limit`, in the page's order).
 * `source` holds runs as text, or as fingerprints when `key` is `fingerprint`.
 */
export function sharedRuns(page: string, source: Set<string>, n: number, limit = 5, key: (run: string) => string = (r) => r): string[] {
  return [...shingles(page, n)].filter((s) => source.has(key(s))).slice(0, limit);
}
