/** Query-string hygiene for the search page. Pure. */

/** Trim, collapse spaces, drop control characters and cap the length; null or junk gives "". */
export function cleanQuery(raw: string | null | undefined, max = 100): string {
  if (typeof raw !== 'string') return '';
  return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}
