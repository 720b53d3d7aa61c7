/**
 * Pagefind's ranking settings, tuned against tests/search/queries.json (see the README's
 * "Search" section for why each value was chosen).
 */
export const RANKING = {
  /** Pages are short and similar in length: length should barely matter. */
  pageLength: 0.25,
  /** Repeated words count, but a page that says "pain" fifty times should not win. */
  termFrequency: 1.0,
  termSaturation: 1.2,
  /** Exact words beat longer words that merely start with the query word. */
  termSimilarity: 2.0,
} as const;
