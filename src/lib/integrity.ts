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
