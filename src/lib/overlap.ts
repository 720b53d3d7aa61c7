/**
 * "Our own words only": finds runs of words a page shares with a source text. Pure.
 * Words are compared lowercased with punctuation removed.
 */

const words = (text: string): string[] =>
  text.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean);

/** Every run of `n` consecutive words in the text, joined by single spaces. */
export function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i += 1) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Runs of `n` words that appear in both texts (at most `limit`, in the page's order). */
export function sharedRuns(page: string, source: Set<string>, n: number, limit = 5): string[] {
  return [...shingles(page, n)].filter((s) => source.has(s)).slice(0, limit);
}
