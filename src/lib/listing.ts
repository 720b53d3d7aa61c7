/** Turning entries into list items. Pure. */
import { hrefFor } from './urls.ts';

export interface ListItem { href: string; title: string; description: string }

/** Entry → a bare link: address and title. */
export function toLink(entry: { collection: string; id: string; data: { title: string } }): { href: string; title: string } {
  return { href: hrefFor(entry.collection, entry.id), title: entry.data.title };
}

/** Entry → link item for lists, with its one-line summary. */
export function toItem(entry: { collection: string; id: string; data: { title: string; description: string } }): ListItem {
  return { href: hrefFor(entry.collection, entry.id), title: entry.data.title, description: entry.data.description };
}

/** Group entries by a key that can take several values (body regions, pain types), in `order`. */
export function groupByMany<T>(entries: readonly T[], keys: (e: T) => string[], order: readonly string[]): { key: string; entries: T[] }[] {
  return order
    .map((key) => ({ key, entries: entries.filter((e) => keys(e).includes(key)) }))
    .filter((g) => g.entries.length > 0);
}

/** The body's level-2 headings as contents-list items. */
export function bodySections(headings: readonly { depth: number; slug: string; text: string }[]): { id: string; text: string }[] {
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
}
