/** Which entries a piece of text names, by title or alias, as whole words. Pure. */

const normal = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

interface Named { id: string; names: readonly string[] }

/** The names of `entry` that appear in `text` as whole words (case-insensitive, 3+ letters). */
const found = (text: string, entry: Named) => entry.names.map(normal).filter((n) => n.trim().length > 2 && normal(text).includes(n));

/**
 * Entries that `text` names but does not link. A name also covered by a linked entry's own
 * names ("radiofrequency ablation" in "genicular radiofrequency ablation") counts as linked.
 */
export function unlinkedNames(text: string, entries: readonly Named[], linked: readonly string[]): string[] {
  const linkedNames = entries.filter((e) => linked.includes(e.id)).flatMap((e) => e.names.map(normal));
  return entries
    .filter((e) => !linked.includes(e.id))
    .filter((e) => found(text, e).some((n) => !linkedNames.some((l) => l.includes(n))))
    .map((e) => e.id);
}
