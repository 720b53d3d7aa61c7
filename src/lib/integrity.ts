/**
 * Rules that span collections, which zod alone cannot check. Pure: the caller hands in
 * every entry; these functions return problems as messages naming the file and the field.
 */
import { isOverdue } from './dates.ts';

export interface EntryLike {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
}

interface Ref {
  collection: string;
  id: string;
}

function isRef(value: unknown): value is Ref {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('collection') && keys.includes('id') &&
    typeof (value as Ref).collection === 'string' && typeof (value as Ref).id === 'string';
}

/** Walk `data` and yield every reference with its field path: "treatmentPlan[1].medications[0]". */
export function* findReferences(data: unknown, path = ''): Generator<{ path: string; ref: Ref }> {
  if (isRef(data)) {
    yield { path, ref: data };
    return;
  }
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield* findReferences(item, `${path}[${i}]`);
  } else if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) yield* findReferences(value, path ? `${path}.${key}` : key);
  }
}

const where = (e: EntryLike) => e.filePath ?? `${e.collection}/${e.id}`;

/** Every reference that points at an entry that does not exist. */
export function danglingReferences(entries: readonly EntryLike[]): string[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const problems: string[] = [];
  for (const entry of entries) {
    for (const { path, ref } of findReferences(entry.data)) {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        problems.push(`${where(entry)}: field "${path}" refers to "${ref.id}", which is not an entry of ${ref.collection}`);
      }
    }
  }
  return problems;
}

/** Entries whose review.nextReview date is before `today`. */
export function overdueReviews(entries: readonly EntryLike[], today: string): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const review = (entry.data as { review?: { nextReview?: string } }).review;
    if (review?.nextReview && isOverdue(review.nextReview, today)) {
      out.push(`${where(entry)}: review.nextReview ${review.nextReview} has passed`);
    }
  }
  return out;
}

/** Problems with the site settings collection: it must hold exactly one entry, "site". */
export function settingsProblems(entries: readonly EntryLike[], file: string): string[] {
  const settings = entries.filter((e) => e.collection === 'settings');
  if (settings.length === 1 && settings[0]?.id === 'site') return [];
  return [`${file}: must hold one entry named "site" (found ${settings.map((e) => `"${e.id}"`).join(', ') || 'none'}); check the file exists and is valid YAML`];
}

/** Entry ids are URLs: lowercase kebab-case only. */
export function idProblems(entries: readonly EntryLike[]): string[] {
  return entries
    .filter((e) => e.collection !== 'settings' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id))
    .map((e) => `${where(e)}: the file name must be lowercase kebab-case (id "${e.id}"), because it becomes the page address`);
}

const RED_FLAGS = new Set(['emergency', 'urgent']);

/**
 * Every page that lists warning signs (its `care` field) must include at least one red flag:
 * a sign whose register urgency is emergency or urgent. Guides may list none at all.
 */
export function missingRedFlags(entries: readonly EntryLike[]): string[] {
  const urgencyOf = new Map(
    entries.filter((e) => e.collection === 'warningSigns').map((e) => [e.id, (e.data as { urgency: string }).urgency]),
  );
  return entries
    .filter((e) => e.collection !== 'guides')
    .flatMap((e) => {
      const care = (e.data as { care?: { id: string }[] }).care;
      if (!Array.isArray(care) || care.length === 0) return [];
      return care.some((r) => RED_FLAGS.has(urgencyOf.get(r.id) ?? '')) ? [] : [
        `${where(e)}: field "care" needs at least one emergency or urgent sign from the register (has ${care.map((r) => r.id).join(', ')})`,
      ];
    });
}

/** The same clinician finding, word for word, must carry the same referral tier on every page. */
export function referralTierConflicts(entries: readonly EntryLike[]): string[] {
  const seen = new Map<string, { tier: string; where: string }>();
  const problems: string[] = [];
  for (const e of entries) {
    const items = (e.data as { referral?: { urgentWhen?: { tier: string; finding: string }[] } }).referral?.urgentWhen ?? [];
    for (const [i, item] of items.entries()) {
      const key = item.finding.toLowerCase().replace(/\s+/g, ' ').trim();
      const first = seen.get(key);
      if (!first) seen.set(key, { tier: item.tier, where: where(e) });
      else if (first.tier !== item.tier) {
        problems.push(`${where(e)}: field "referral.urgentWhen[${i}].tier" is ${item.tier}, but ${first.where} gives the same finding ${first.tier}`);
      }
    }
  }
  return problems;
}

/**
 * The warning signs every procedure page must show (content guide: fever, redness or discharge
 * at the site, new weakness or numbness, and a headache worse when upright after spinal ones).
 * `anyOf` lists are satisfied by one of their signs.
 */
export const PROCEDURE_SIGNS = {
  all: ['fever-after-a-procedure', 'wound-or-needle-site-infection'],
  nearSpine: ['nerve-symptoms-after-spine-procedure', 'headache-worse-sitting-up-after-spine-procedure'],
  elsewhereAnyOf: ['long-numbness-after-other-nerve-block', 'stroke-signs', 'nerve-symptoms-after-spine-procedure'],
} as const;

/** Procedure pages missing a warning sign they must show. */
export function missingProcedureSigns(entries: readonly EntryLike[]): string[] {
  return entries
    .filter((e) => e.collection === 'procedures')
    .flatMap((e) => {
      const data = e.data as { care?: { id: string }[]; nearSpine?: boolean };
      const has = new Set((data.care ?? []).map((r) => r.id));
      const missing: string[] = PROCEDURE_SIGNS.all.filter((id) => !has.has(id));
      if (data.nearSpine) missing.push(...PROCEDURE_SIGNS.nearSpine.filter((id) => !has.has(id)));
      else if (!PROCEDURE_SIGNS.elsewhereAnyOf.some((id) => has.has(id))) missing.push(`one of ${PROCEDURE_SIGNS.elsewhereAnyOf.join(' / ')}`);
      return missing.length === 0 ? [] : [`${where(e)}: field "care" must include ${missing.join(', ')}`];
    });
}
