/**
 * Pagefind's excerpts are HTML with <mark> around matched words. The search page never renders
 * them as HTML: this cuts an excerpt into plain-text pieces, marked or not, decodes the entities
 * Pagefind writes, and shows with "…" that it starts mid-sentence. Pure.
 */
export interface Piece { text: string; mark: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

export function excerptPieces(html: string): Piece[] {
  const pieces: Piece[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(part)) { mark = true; continue; }
    if (/^<\/mark/i.test(part)) { mark = false; continue; }
    const text = decodeEntities(part.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
    if (text) pieces.push({ text, mark });
  }
  if (pieces.length === 0) return pieces;
  pieces[0] = { ...pieces[0]!, text: pieces[0]!.text.trimStart() };
  const first = pieces[0]!.text;
  if (first && !/^[A-Z0-9“"(]/.test(first)) pieces.unshift({ text: '…', mark: false });
  const last = pieces[pieces.length - 1]!;
  if (!/[.!?:)”"]\s*$/.test(last.text)) pieces.push({ text: '…', mark: false });
  return pieces;
}
