/**
 * Pagefind returns only pages that hold every word of a query, so a patient's long sentence
 * ("throbbing headache with nausea and light hurts my eyes") finds nothing. The search page asks
 * for each word on its own and merges the lists here: rarer words count more (BM25's inverse
 * document frequency), the whole query and the site's own words for patients' words count extra,
 * and pages a matched warning sign appears on come first. Pure.
 */
export interface UnitHits {
  kind: 'all' | 'word' | 'synonym' | 'sign';
  hits: readonly { id: string; score: number }[];
}
export interface Ranked { id: string; score: number; unit: number }

/** How much each kind of unit counts. */
export const UNIT_WEIGHT: Record<UnitHits['kind'], number> = { word: 1, synonym: 1.5, all: 2, sign: 4 };

/** Inverse document frequency of a unit found on n of total pages. */
export function idf(n: number, total: number): number {
  return Math.log(1 + Math.max(0, total - n + 0.5) / (n + 0.5));
}

/**
 * Merge per-unit hit lists into one ranking, best first. `unit` is the index of the unit that
 * contributed most to a page, whose excerpt the page shows.
 */
export function mergeHits(units: readonly UnitHits[], total: number): Ranked[] {
  const pages = new Map<string, { score: number; best: number; unit: number }>();
  units.forEach((u, i) => {
    if (u.hits.length === 0) return;
    const max = Math.max(...u.hits.map((h) => h.score)) || 1;
    const weight = UNIT_WEIGHT[u.kind] * (u.kind === 'sign' ? 1 : idf(u.hits.length, total));
    for (const h of u.hits) {
      const part = weight * (0.5 + 0.5 * (h.score / max));
      const p = pages.get(h.id) ?? { score: 0, best: -1, unit: i };
      p.score += part;
      if (part > p.best) Object.assign(p, { best: part, unit: i });
      pages.set(h.id, p);
    }
  });
  return [...pages]
    .map(([id, p]) => ({ id, score: p.score, unit: p.unit }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** How much the other when-to-get-help pages count when the query describes a warning sign. */
export const CARE_BOOST = 1.5;

type Directory = Readonly<Record<string, { url: string; type: string }>> | undefined;

/**
 * Order the merged pages for a query that matched warning signs (most important sign first): the
 * when-to-get-help pages that list a matched sign come first, in the order of the first matched
 * sign each lists, so the pages follow the cards, then best first; the other when-to-get-help
 * pages count CARE_BOOST times more; the rest keep their order. No signs, no change.
 */
export function careFirst(ranked: readonly Ranked[], signs: readonly { pages?: readonly string[] }[], directory: Directory, careType: string): Ranked[] {
  if (signs.length === 0 || !directory) return [...ranked];
  // Each listing page's rank: the position of the first matched sign it lists.
  const firstSign = new Map<string, number>();
  signs.forEach((s, i) => { for (const url of s.pages ?? []) if (!firstSign.has(url)) firstSign.set(url, i); });
  const tier = (id: string) => {
    const page = directory[id];
    if (!page || page.type !== careType) return { first: Infinity, boost: 1 };
    const first = firstSign.get(page.url);
    return first === undefined ? { first: Infinity, boost: CARE_BOOST } : { first, boost: 1 };
  };
  return ranked
    .map((r) => { const t = tier(r.id); return { ...r, score: r.score * t.boost, first: t.first }; })
    .sort((a, b) => (a.first === b.first ? 0 : a.first - b.first) || b.score - a.score || a.id.localeCompare(b.id))
    .map(({ first: _, ...r }) => r);
}
