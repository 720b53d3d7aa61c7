/** Split an MDX file into its YAML frontmatter text and its body. Pure. */
export function splitFrontmatter(source: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return m ? { yaml: m[1] ?? '', body: m[2] ?? '' } : { yaml: '', body: source };
}
