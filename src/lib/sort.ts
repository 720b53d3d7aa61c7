/** Sorting helpers. Pure. */

/** Sort entries by their title, A to Z, ignoring case; returns a new array. */
export function byTitle<T extends { data: { title: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' }));
}

/** Group items by the first letter of a key, A–Z, with "#" for anything else. */
export function groupByLetter<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = key(item).trim().charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
