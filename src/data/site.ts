/**
 * The one place routes get content from. Loads every collection once per build, runs the
 * cross-collection integrity rules of src/lib/integrity.ts and stops the build on any problem,
 * naming the file and the field. Overdue reviews only warn.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { todayIso } from '../lib/dates.ts';
import { danglingReferences, idProblems, missingProcedureSigns, missingRedFlags, overdueReviews, referralTierConflicts, settingsProblems } from '../lib/integrity.ts';
import type { CareNumbers } from '../lib/care.ts';
import { byTitle } from '../lib/sort.ts';
import { facetsFor, type SearchFacets } from '../lib/search/facets.ts';

const SETTINGS_FILE = `${process.env.CONTENT_DIR ?? './content'}/site.yaml`.replace(/^\.\//, '');

export interface SiteContent {
  settings: CollectionEntry<'settings'>['data'];
  conditions: CollectionEntry<'conditions'>[];
  procedures: CollectionEntry<'procedures'>[];
  medications: CollectionEntry<'medications'>[];
  therapies: CollectionEntry<'therapies'>[];
  care: CollectionEntry<'care'>[];
  guides: CollectionEntry<'guides'>[];
  glossary: CollectionEntry<'glossary'>[];
  warningSigns: CollectionEntry<'warningSigns'>[];
  bodyRegions: CollectionEntry<'bodyRegions'>[];
}

let cached: Promise<SiteContent> | undefined;

/** Every collection, sorted, checked. Throws (failing the build) on any integrity problem. */
export function loadSite(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [conditions, procedures, medications, therapies, care, guides, glossary, warningSigns, bodyRegions, settings] = await Promise.all([
    getCollection('conditions'),
    getCollection('procedures'),
    getCollection('medications'),
    getCollection('therapies'),
    getCollection('care'),
    getCollection('guides'),
    getCollection('glossary'),
    getCollection('warningSigns'),
    getCollection('bodyRegions'),
    getCollection('settings'),
  ]);
  const all = [conditions, procedures, medications, therapies, care, guides, glossary, warningSigns, bodyRegions, settings].flat();
  const problems = [
    ...settingsProblems(all, SETTINGS_FILE),
    ...idProblems(all),
    ...danglingReferences(all),
    ...missingRedFlags(all),
    ...missingProcedureSigns(procedures),
    ...referralTierConflicts(conditions),
  ];
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  ${problems.join('\n  ')}`);
  }
  const overdue = overdueReviews(all, todayIso());
  if (overdue.length > 0) console.warn(`[content] ${overdue.length} page(s) are past their review date:\n  ${overdue.join('\n  ')}`);
  return {
    settings: settings[0]!.data,
    conditions: byTitle(conditions),
    procedures: byTitle(procedures),
    medications: byTitle(medications),
    therapies: byTitle(therapies),
    care: byTitle(care),
    guides: byTitle(guides),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
    warningSigns: [...warningSigns].sort((a, b) => a.id.localeCompare(b.id)),
    bodyRegions: [...bodyRegions].sort((a, b) => a.data.order - b.data.order),
  };
}

/** Map references to the entries they point at, in the order given. */
export function resolve<T extends { id: string }>(entries: readonly T[], refs: readonly { id: string }[]): T[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return refs.flatMap((r) => byId.get(r.id) ?? []);
}

/** A sign of the warning-signs register, ready to render. */
export type Sign = CollectionEntry<'warningSigns'>['data'] & { id: string };

/** The register entries a page refers to, in the page's order. */
export function signsOf(site: SiteContent, refs: readonly { id: string }[]): Sign[] {
  return resolve(site.warningSigns, refs).map((e) => ({ ...e.data, id: e.id }));
}

/** The phone numbers care cards need, from the site settings. */
export function careNumbers(site: SiteContent): CareNumbers {
  const { emergencyNumber, poisonControlNumber, crisisLineNumber } = site.settings;
  return { emergencyNumber, poisonControlNumber, crisisLineNumber };
}

/** A content page's search filters and extra keywords (see src/lib/search/facets.ts). */
export function searchFacets(site: SiteContent, entry: Parameters<typeof facetsFor>[0]): SearchFacets {
  const conditions = new Map(site.conditions.map((c) => [c.id, c.data]));
  const regions = site.bodyRegions.map((r) => ({ id: r.id, label: r.data.label }));
  return facetsFor(entry, conditions, regions);
}
