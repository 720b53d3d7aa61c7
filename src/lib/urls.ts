/** Where each kind of entry lives. Pure: the one place URLs are built. */

const BASE: Record<string, string> = {
  conditions: '/conditions/',
  procedures: '/procedures/',
  medications: '/medications/',
  therapies: '/therapies/',
  care: '/seek-care/',
  guides: '/guides/',
  bodyRegions: '/body/',
};

/** The page address of an entry: hrefFor('care', 'flare-ups') → "/seek-care/flare-ups/". */
export function hrefFor(collection: string, id: string): string {
  if (collection === 'glossary') return `/glossary/#${id}`;
  const base = BASE[collection];
  if (!base) throw new Error(`No route for collection "${collection}"`);
  return `${base}${id}/`;
}
