/**
 * "Link a medical term to the glossary on its first use": finds glossary terms that a page body
 * uses before (or without) linking them. Pure: markdown and terms in, problems out.
 */

export interface Term { id: string; term: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Markdown with headings blanked out (terms in headings are not linked), keeping offsets. */
function withoutHeadings(markdown: string): string {
  return markdown.replace(/^#{1,6} .*$/gm, (line) => ' '.repeat(line.length));
}

/** Index of the first plain-text use of `term` (singular or plural), ignoring link targets; -1 if none. */
export function firstUse(markdown: string, term: string): number {
  const text = withoutHeadings(markdown).replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
  const m = new RegExp(`(?<![\\w-])${escape(term)}(?:s|es)?(?![\\w-])`, 'i').exec(text);
  return m ? m.index : -1;
}

/** Index of the first link to the term's glossary anchor; -1 if none. */
export function firstLink(markdown: string, id: string): number {
  const m = new RegExp(`\\[[^\\]]+\\]\\(/glossary/#${escape(id)}\\)`).exec(markdown);
  return m ? m.index : -1;
}

/** Terms the body uses whose first use is not a glossary link. The page's own subject is exempt. */
export function unlinkedTerms(markdown: string, terms: readonly Term[], pageTitle: string): Term[] {
  const title = pageTitle.toLowerCase();
  return terms.filter((t) => {
    if (title.includes(t.term.toLowerCase())) return false;
    const use = firstUse(markdown, t.term);
    if (use === -1) return false;
    const link = firstLink(markdown, t.id);
    return link === -1 || link > use;
  });
}
