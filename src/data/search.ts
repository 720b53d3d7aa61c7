/**
 * What the search page needs besides the Pagefind index, built once at build time into
 * /search/data.json: the site's vocabulary for spelling correction, the emergency and urgent
 * signs of the register with their phrases and the when-to-get-help pages that list them, and the number of pages searched.
 */
import { hrefFor } from '../lib/urls.ts';
import { vocabularyFrom } from '../lib/search/vocabulary.ts';
import { TYPE_LABELS } from '../lib/search/facets.ts';
import type { SearchSign } from '../lib/search/red-flags.ts';
import { SYNONYMS } from '../lib/search/synonyms.ts';
import type { SiteContent } from './site.ts';

export interface SearchData {
  /** How many pages are searched. */
  pages: number;
  /** Added after indexing (src/integrations/pagefind.ts): every other word of the site's text. */
  known?: string[];
  /** Added after indexing (src/integrations/pagefind.ts): Pagefind id → the page's listing. */
  directory?: Record<string, { url: string; title: string; type: string; summary: string }>;
  vocabulary: string[];
  signs: SearchSign[];
}

export function searchData(site: SiteContent): SearchData {
  const pages = [...site.conditions, ...site.procedures, ...site.medications, ...site.therapies, ...site.care, ...site.guides];
  const texts = [
    ...pages.flatMap((p) => [p.data.title, p.data.description, ...p.data.aliases]),
    ...site.conditions.flatMap((c) => c.data.symptoms),
    ...site.medications.flatMap((m) => [...m.data.generics, ...m.data.brands, m.data.drugClass]),
    ...site.glossary.flatMap((g) => [g.data.term, g.data.definition]),
    ...site.warningSigns.flatMap((s) => [s.data.sign, ...(s.data.phrases ?? [])]),
    ...site.bodyRegions.map((r) => r.data.label),
    ...SYNONYMS.flatMap((s) => [...s.lay, s.terms]),
  ];
  const listedOn = (id: string) => site.care.filter((c) => c.data.care.some((r) => r.id === id)).map((c) => hrefFor(c.collection, c.id));
  const signs = site.warningSigns
    .filter((s) => s.data.urgency === 'emergency' || s.data.urgency === 'urgent')
    .map((s) => ({ id: s.id, sign: s.data.sign, urgency: s.data.urgency, ...(s.data.action ? { action: s.data.action } : {}), phrases: s.data.phrases ?? [], pages: listedOn(s.id) }));
  return { pages: pages.length, vocabulary: vocabularyFrom(texts), signs };
}

/** Every content page, for the A–Z on the search page. */
export function allPages(site: SiteContent): { href: string; title: string; description: string; type: string }[] {
  const entries = [...site.conditions, ...site.procedures, ...site.medications, ...site.therapies, ...site.care, ...site.guides];
  return entries.map((e) => ({ href: hrefFor(e.collection, e.id), title: e.data.title, description: e.data.description, type: TYPE_LABELS[e.collection] ?? '' }));
}
