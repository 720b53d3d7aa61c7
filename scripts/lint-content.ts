/**
 * Content lint: the reading grade of every page's patient-facing text, and glossary terms used
 * in a page body before they are linked. Prints a table and exits 1 when a page is above the
 * grade limit or leaves a glossary term unlinked on first use. Clinician sections and clinician
 * guides are exempt from the grade. Any run of 8 words copied from the seed documents also
 * fails: their runs are kept as fingerprints in scripts/seed-runs.txt (made by
 * scripts/fingerprint-seeds.ts), or read from the text files in SEEDS_DIR when it is set.
 * Usage: npm run lint:content [-- content/conditions/sciatica.mdx ...]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { frontmatterBlocks, markdownBlocks, readingGrade } from '../src/lib/readability.ts';
import { type Term, unlinkedTerms } from '../src/lib/glossary-links.ts';
import { fingerprint, runFingerprints, sharedRuns } from '../src/lib/overlap.ts';

const LIMIT = 10;
const root = process.env.CONTENT_DIR ?? 'content';
const collections = ['conditions', 'procedures', 'medications', 'therapies', 'care', 'guides'];
const only = process.argv.slice(2);

const files = collections.filter((c) => existsSync(join(root, c))).flatMap((c) =>
  readdirSync(join(root, c), { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.mdx'))
    .map((f) => join(root, c, f.name)),
).filter((f) => only.length === 0 || only.some((o) => f.endsWith(o.replace(/^\.\//, ''))));

const glossaryDir = join(root, 'glossary');
const terms: Term[] = readdirSync(glossaryDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), term: String((parse(readFileSync(join(glossaryDir, f), 'utf8')) as { term?: unknown })?.term ?? '') }))
  .filter((t) => t.term.length > 0);

const RUN = 8;
const SEEDS = process.env.SEEDS_DIR;
const seedRuns = SEEDS
  ? runFingerprints(readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8')), RUN)
  : new Set(readFileSync('scripts/seed-runs.txt', 'utf8').split('\n').filter((l) => /^[0-9a-f]{12}$/.test(l)));
const copied: string[] = [];

const rows: { file: string; grade: number | null; note: string }[] = [];
const unlinked: string[] = [];
for (const file of files.sort()) {
  const { yaml, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  let data: Record<string, unknown>;
  try {
    data = (parse(yaml) ?? {}) as Record<string, unknown>;
  } catch (error) {
    rows.push({ file, grade: null, note: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    continue;
  }
  for (const run of sharedRuns(`${yaml}\n${body}`, seedRuns, RUN, 5, fingerprint)) copied.push(`${file}: "${run}…" is copied from the seed documents; say it in our own words`);
  for (const t of unlinkedTerms(body, terms, String(data['title'] ?? ''))) {
    unlinked.push(`${file}: first use of "${t.term}" is not linked; write it as [${t.term.toLowerCase()}](/glossary/#${t.id})`);
  }
  if (data['audience'] === 'clinicians') {
    rows.push({ file, grade: null, note: 'exempt: written for clinicians' });
    continue;
  }
  const grade = readingGrade([...frontmatterBlocks(data), ...markdownBlocks(body)]);
  rows.push({ file, grade, note: grade > LIMIT ? `above grade ${LIMIT}: shorten sentences, use shorter words` : '' });
}

const width = Math.max(...rows.map((r) => r.file.length), 4);
console.log(`${'page'.padEnd(width)}  grade  note`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${(r.grade?.toFixed(1) ?? '  -').padStart(5)}  ${r.note}`);
const failures = rows.filter((r) => (r.grade !== null && r.grade > LIMIT) || r.note.startsWith('frontmatter'));
console.log(`\n${rows.length} pages checked, ${failures.length} above the limit or unreadable (limit: grade ${LIMIT}).`);
if (unlinked.length > 0) console.log(`\nGlossary terms not linked on first use (${unlinked.length}):\n  ${unlinked.join('\n  ')}`);
if (copied.length > 0) console.log(`\nWording copied from the seed documents (${copied.length}):\n  ${copied.join('\n  ')}`);
process.exit(failures.length > 0 || unlinked.length > 0 || copied.length > 0 ? 1 : 0);
