/**
 * Entry links into the checklist builder: /prepare/?visit=procedure&procedure=x. Pure.
 * Reading is forgiving and never throws; anything it cannot use is reported, not applied.
 */
import { VISIT_TYPES, type VisitType } from './basics.ts';

/** Longest query string read; the rest is dropped. */
const MAX_SEARCH = 4000;
/** Most ids kept per list, and most ignored entries reported. */
const MAX_IDS = 10;
const MAX_IGNORED = 10;
/** Longest ignored entry, in characters. */
const MAX_IGNORED_LENGTH = 60;

export interface PrepareParams {
  visitType?: VisitType;
  conditions: string[];
  procedures: string[];
  /** What was left out, as "name=value", for the page to mention. */
  ignored: string[];
}
export interface KnownIds {
  conditions: readonly string[];
  procedures: readonly string[];
}

/** Whether a string is one of the visit types. */
function isVisitType(value: string): value is VisitType {
  return (VISIT_TYPES as readonly string[]).includes(value);
}

/** The name/value pairs of a query string; never throws, even on bad percent-encoding. */
function pairs(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search.slice(0, MAX_SEARCH)).entries()];
  } catch {
    return [];
  }
}

/** Read the visit type and known condition and procedure ids from a query string. */
export function readPrepareParams(search: string, known: KnownIds): PrepareParams {
  const out: PrepareParams = { conditions: [], procedures: [], ignored: [] };
  const lists = { condition: [out.conditions, new Set(known.conditions)], procedure: [out.procedures, new Set(known.procedures)] } as const;
  const ignore = (name: string, value: string) => {
    const entry = `${name}=${value}`.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_IGNORED_LENGTH);
    if (out.ignored.length < MAX_IGNORED && !out.ignored.includes(entry)) out.ignored.push(entry);
  };
  for (const [name, raw] of pairs(typeof search === 'string' ? search : '')) {
    if (name === 'visit') {
      const value = raw.trim().toLowerCase();
      if (isVisitType(value) && (out.visitType === undefined || out.visitType === value)) out.visitType = value;
      else ignore(name, raw);
    } else if (name === 'condition' || name === 'procedure') {
      const [kept, ids] = lists[name];
      for (const piece of raw.split(',')) {
        const value = piece.trim().toLowerCase();
        if (value === '' || kept.includes(value)) continue;
        if (ids.has(value) && kept.length < MAX_IDS) kept.push(value);
        else ignore(name, piece.trim());
      }
    } else {
      ignore(name, raw);
    }
  }
  return out;
}

/** The address of the builder with a visit type and chosen pages: visit, then conditions, then procedures. */
export function prepareHref(opts: { visitType?: VisitType; conditions?: string[]; procedures?: string[] }): string {
  const parts = [
    ...(opts.visitType ? [['visit', opts.visitType]] : []),
    ...[...new Set(opts.conditions ?? [])].map((id) => ['condition', id]),
    ...[...new Set(opts.procedures ?? [])].map((id) => ['procedure', id]),
  ].map(([name, value]) => `${name}=${encodeURIComponent(value ?? '')}`);
  return parts.length ? `/prepare/?${parts.join('&')}` : '/prepare/';
}
