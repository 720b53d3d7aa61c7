/**
 * The search page's address: ?q= and the three filters. Read values are cleaned and checked
 * against the allowed values; anything unknown or malformed is ignored. Pure apart from
 * writeSearchParams, which replaces the current history entry.
 */
import { cleanQuery } from '../query.ts';

export interface SearchFilters { type: string; region: string; pain: string }
const KEYS = ['type', 'region', 'pain'] as const;

export function readSearchParams(href: string, allowed: Record<keyof SearchFilters, readonly string[]>): { q: string; filters: SearchFilters } {
  let params: URLSearchParams;
  try {
    params = new URL(href).searchParams;
  } catch {
    params = new URLSearchParams();
  }
  const pick = (k: keyof SearchFilters) => {
    const v = params.get(k);
    return v !== null && allowed[k].includes(v) ? v : '';
  };
  return { q: cleanQuery(params.get('q')), filters: { type: pick('type'), region: pick('region'), pain: pick('pain') } };
}

/** The search page's address for a query and filters: empty values are left out. */
export function searchHref(base: string, q: string, filters: SearchFilters): string {
  const url = new URL(base);
  url.search = '';
  if (q.trim()) url.searchParams.set('q', q.trim());
  for (const k of KEYS) if (filters[k]) url.searchParams.set(k, filters[k]);
  return url.pathname + url.search;
}

export function writeSearchParams(history: History, href: string, q: string, filters: SearchFilters): void {
  history.replaceState(null, '', searchHref(href, q, filters));
}
