/**
 * What the search index knows about a page besides its text: its type, the body regions and
 * pain types it concerns, and extra words people search for (generic and brand names). Pages
 * other than conditions take their regions and pain types from the conditions they link to.
 * Pure.
 */
import { painTypeLabel } from '../labels.ts';

/** The "type" filter's value for the when-to-get-help pages, which rank first for warning signs. */
export const CARE_TYPE = 'When to get help';

/** The "type" filter's value for each collection. */
export const TYPE_LABELS: Record<string, string> = {
  conditions: 'Condition',
  procedures: 'Procedure',
  medications: 'Medicine',
  therapies: 'Therapy',
  care: CARE_TYPE,
  guides: 'Guide',
};

export interface SearchFacets {
  type: string;
  regions: string[];
  painTypes: string[];
  /** Words to index with extra weight that the page may not show prominently. */
  keywords: string[];
}

interface Ref { id: string }
interface EntryLike {
  collection: string;
  id: string;
  data: {
    bodyRegions?: Ref[];
    painTypes?: string[];
    treats?: Ref[];
    usedFor?: Ref[];
    helps?: Ref[];
    relatedConditions?: Ref[];
    generics?: string[];
    brands?: string[];
  };
}
export interface ConditionFacts { bodyRegions: Ref[]; painTypes: string[] }

/** The conditions a page is about: itself, or the conditions it treats or relates to. */
function conditionIds(e: EntryLike): string[] {
  if (e.collection === 'conditions') return [e.id];
  const d = e.data;
  return (d.treats ?? d.usedFor ?? d.helps ?? d.relatedConditions ?? []).map((r) => r.id);
}

const unique = (xs: string[]) => [...new Set(xs)];

export function facetsFor(
  entry: EntryLike,
  conditions: ReadonlyMap<string, ConditionFacts>,
  regionOrder: readonly { id: string; label: string }[],
): SearchFacets {
  const type = TYPE_LABELS[entry.collection];
  if (!type) throw new Error(`No search type for collection "${entry.collection}"`);
  const linked = conditionIds(entry).flatMap((id) => conditions.get(id) ?? []);
  const regionIds = new Set(linked.flatMap((c) => c.bodyRegions.map((r) => r.id)));
  return {
    type,
    regions: regionOrder.filter((r) => regionIds.has(r.id)).map((r) => r.label),
    painTypes: unique(linked.flatMap((c) => c.painTypes)).sort().map(painTypeLabel),
    keywords: unique([...(entry.data.generics ?? []), ...(entry.data.brands ?? [])]),
  };
}
