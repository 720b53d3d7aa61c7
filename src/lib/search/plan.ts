/**
 * From what a reader typed to what the search page asks the index: spelling corrected against
 * the site's vocabulary, stop words dropped, patients' words expanded with the site's words.
 * Pure.
 */
import { correctWords, type Correction } from './vocabulary.ts';
import { contentWords, normalize, words } from './text.ts';
import type { Synonym } from './synonyms.ts';

export interface QueryPlan {
  /** The query with spelling corrected, as the reader typed it otherwise ("" when nothing to search). */
  corrected: string;
  corrections: Correction[];
  /** Each unit is searched on its own: the words of the query, then the site's words for patients' words. */
  units: { text: string; kind: 'all' | 'word' | 'synonym' }[];
}

const hasPhrase = (haystack: string, phrase: string) => ` ${haystack} `.includes(` ${normalize(phrase)} `);

/**
 * `vocabulary` holds the words a misspelling may be corrected to (names, titles, symptoms);
 * `known` every other word on the site, which is never corrected.
 */
export function planQuery(query: string, vocabulary: ReadonlySet<string>, synonyms: readonly Synonym[], known: ReadonlySet<string> = vocabulary): QueryPlan {
  const { words: fixed, corrections } = correctWords(words(query), vocabulary, known);
  const corrected = fixed.join(' ');
  const content = contentWords(corrected);
  const synonymTerms = synonyms.filter((s) => s.lay.some((l) => hasPhrase(corrected, l))).map((s) => normalize(s.terms));
  const units: QueryPlan['units'] = [];
  if (content.length > 1) units.push({ text: content.join(' '), kind: 'all' });
  for (const w of content) units.push({ text: w, kind: 'word' });
  for (const t of new Set(synonymTerms)) if (!content.includes(t)) units.push({ text: t, kind: 'synonym' });
  return { corrected: content.length || synonymTerms.length ? corrected : '', corrections, units };
}
