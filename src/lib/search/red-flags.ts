/**
 * Does a query describe a warning sign? Compared with the register's phrases (and the sign's own
 * wording) after both are cut into stemmed content words. Only emergency and urgent signs are
 * searched: those are the ones a card must show above the results. Pure.
 */
import { URGENCIES, type SignAction, type Urgency } from '../care.ts';
import { stem, words } from './text.ts';

export interface SearchSign {
  id: string;
  sign: string;
  urgency: Urgency;
  action?: SignAction;
  phrases: string[];
  /** The when-to-get-help pages (their URLs) that list this sign. */
  pages?: string[];
}

/**
 * Fewer stop words than general search: negations and small words such as "out" and "up" change
 * what a phrase means ("can't pee" is not "pee"; "pain out of control" is not "pain … control").
 */
const FILLER = new Set('a an the my i me im ive am is are was were be been to of and or with in on at it its that this your you have has had just really very so some'.split(' '));

const NEGATIONS = new Set(['cant', 'not', 'no', 'dont', 'wont', 'never', 'without']);

/** Stemmed words without filler; "can not" and "cannot" become "cant". */
export function flagTokens(text: string): string[] {
  const joined = words(text).join(' ').replace(/\bcan not\b|\bcannot\b|\bunable to\b/g, 'cant');
  return joined.split(' ').filter((w) => w && !FILLER.has(w)).map(stem);
}

/**
 * A phrase matches when all its words appear in the query in the same order, each within two
 * extra words of the one before: "can't pee" matches "I can't really pee" but not "pee when I
 * can't sleep". A two-word phrase also matches the other way round ("slurred speech", "speech
 * is slurred"), unless it is a negation ("can't pee" is not "pee … can't").
 */
export function phraseMatches(phrase: readonly string[], query: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  const reversible = phrase.length === 2 && !phrase.some((w) => NEGATIONS.has(w));
  if (reversible && inOrder([phrase[1]!, phrase[0]!], query)) return true;
  return inOrder(phrase, query);
}

function inOrder(phrase: readonly string[], query: readonly string[]): boolean {
  const starts = query.flatMap((w, i) => (w === phrase[0] ? [i] : []));
  return starts.some((start) => {
    let at = start;
    for (const w of phrase.slice(1)) {
      const next = query.indexOf(w, at + 1);
      if (next < 0 || next - at > 3) return false;
      at = next;
    }
    return true;
  });
}

/** How many of the sign's own words the query has, when it has at least 3 and 75% of them; else 0. */
function wordingStrength(sign: string, query: ReadonlySet<string>): number {
  const s = [...new Set(flagTokens(sign))];
  const hits = s.filter((w) => query.has(w)).length;
  return hits >= 3 && hits / s.length >= 0.75 ? hits : 0;
}

/**
 * The signs a query describes, most urgent first. Within an urgency, a sign about how the person
 * is now (hard to wake, blue lips, stroke) matched by a phrase of two or more words comes before
 * a sign about what was taken (the Poison Control signs), so "took too many pills, blue lips"
 * leads with the call-911-and-naloxone sign. Then the sign matched by more of the query's words
 * ("tylenol overdose" is the acetaminophen sign before the opioid one, which "overdose" alone
 * matches); then register order. Give several texts (the query as typed, corrected, in the
 * site's words) to match each on its own.
 */
export function matchSigns(query: string | readonly string[], signs: readonly SearchSign[]): SearchSign[] {
  const texts = (typeof query === 'string' ? [query] : query).map(flagTokens).filter((t) => t.length > 0);
  if (texts.length === 0) return [];
  const strength = (s: SearchSign) => Math.max(0, ...texts.flatMap((q) => [
    ...s.phrases.map(flagTokens).filter((p) => phraseMatches(p, q)).map((p) => p.length),
    wordingStrength(s.sign, new Set(q)),
  ]));
  return signs
    .filter((s) => s.urgency === 'emergency' || s.urgency === 'urgent')
    .map((s) => ({ s, strength: strength(s) }))
    .filter((m) => m.strength > 0)
    .map((m) => ({ ...m, tier: m.strength >= 2 && m.s.action !== 'poison-control' ? 0 : 1 }))
    .sort((a, b) => URGENCIES.indexOf(a.s.urgency) - URGENCIES.indexOf(b.s.urgency) || a.tier - b.tier || b.strength - a.strength)
    .map((m) => m.s);
}
