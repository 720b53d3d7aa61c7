/**
 * The search page's engine, in the browser: loads Pagefind and /search/data.json on first use,
 * plans the query (src/lib/search/plan.ts), finds the warning signs it describes, asks Pagefind
 * for each unit and merges the lists (src/lib/search/rank.ts). Results are listed at once from
 * the directory in data.json; each page's excerpt is fetched when it is shown. Nothing leaves
 * the browser: every file comes from this site.
 */
import { planQuery, type QueryPlan } from '../../lib/search/plan.ts';
import { careFirst, mergeHits, type UnitHits } from '../../lib/search/rank.ts';
import { matchSigns, type SearchSign } from '../../lib/search/red-flags.ts';
import { contentWords } from '../../lib/search/text.ts';
import { SYNONYMS } from '../../lib/search/synonyms.ts';
import { RANKING } from '../../lib/search/ranking.ts';
import { CARE_TYPE } from '../../lib/search/facets.ts';
import type { SearchFilters as Filters } from '../../lib/search/params.ts';
import type { SearchData } from '../../data/search.ts';

export type { SearchFilters as Filters } from '../../lib/search/params.ts';

interface PagefindHit { id: string; score: number; data: () => Promise<{ excerpt: string }> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindHit[] }>;
}

export interface Result { url: string; title: string; type: string; summary: string; excerpt: () => Promise<string> }
export interface Outcome { plan: QueryPlan; signs: SearchSign[]; results: Result[] }

/** How many matched signs' wordings are searched for pages (each is one more Pagefind search). */
const MAX_SIGN_UNITS = 5;

/** How many results are shown at first and added by "Show more". */
export const PAGE_SIZE = 10;

let engine: Promise<{ pagefind: Pagefind; data: SearchData; vocabulary: Set<string>; known: Set<string> }> | undefined;

/** Start loading the index and the search data; safe to call many times. */
export function loadEngine() {
  engine ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const [pagefind, data] = await Promise.all([
      import(/* @vite-ignore */ path) as Promise<Pagefind>,
      fetch('/search/data.json').then((r) => {
        if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
        return r.json() as Promise<SearchData>;
      }),
    ]);
    await pagefind.options({ ranking: RANKING });
    await pagefind.init();
    return { pagefind, data, vocabulary: new Set(data.vocabulary), known: new Set(data.known) };
  })();
  engine.catch(() => { engine = undefined; });
  return engine;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Run one search. `exact` skips spelling correction ("Search instead for …"). */
export async function runSearch(query: string, filters: Filters, exact = false): Promise<Outcome> {
  const { pagefind, data, vocabulary, known } = await loadEngine();
  const plan = planQuery(query, exact ? NO_WORDS : vocabulary, SYNONYMS, known);
  // Brand names count too: "tylenol overdose" is an acetaminophen overdose.
  const siteWords = plan.units.filter((u) => u.kind === 'synonym').map((u) => u.text).join(' ');
  const signs = matchSigns([query, plan.corrected, siteWords], data.signs);
  const units = [...plan.units, ...signs.slice(0, MAX_SIGN_UNITS).map((s) => ({ text: contentWords(s.sign).join(' '), kind: 'sign' as const }))];
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const found = await Promise.all(units.map((u) => pagefind.search(u.text, { filters: active })));
  const ranked = mergeHits(units.map((u, i): UnitHits => ({ kind: u.kind, hits: found[i]!.results })), data.pages);
  // When the words describe a warning sign, the when-to-get-help pages listing it come first.
  const merged = careFirst(ranked, signs, data.directory, CARE_TYPE);
  const hitOf = (id: string, unit: number) => found[unit]!.results.find((r) => r.id === id)!;
  const results = merged.flatMap((m) => {
    const page = data.directory?.[m.id];
    if (!page) return [];
    let excerpt: Promise<string> | undefined;
    return [{ ...page, excerpt: () => (excerpt ??= hitOf(m.id, m.unit).data().then((d) => d.excerpt)) }];
  });
  return { plan, signs, results };
}
