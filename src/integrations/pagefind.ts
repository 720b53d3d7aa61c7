/**
 * Builds the Pagefind search index from the finished HTML, the way Starlight does, and fails
 * the build when Pagefind reports an error. No server is needed at run time.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { vocabularyFrom } from '../lib/search/vocabulary.ts';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pain-kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const { page_count, errors: addErrors } = await index.addDirectory({ path: site });
        const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}pagefind` });
        await close();
        const errors = [...addErrors, ...writeErrors];
        if (errors.length) throw new Error(`Pagefind indexing failed:\n${errors.join('\n')}`);
        await addDirectory(`${site}pagefind/fragment/`, `${site}search/data.json`);
        logger.info(`Indexed ${page_count} pages for search.`);
      },
    },
  };
}

/**
 * Adds to /search/data.json, read back from Pagefind's fragments: a directory of the indexed
 * pages (Pagefind id → address, title, type and summary), so the search page can list results at
 * once and fetch a page's fragment only for its excerpt; and every other word of the site's text
 * (`known`), so spelling correction never "corrects" a real word the site uses.
 */
async function addDirectory(fragments: string, dataFile: string): Promise<void> {
  const directory: Record<string, { url: string; title: string; type: string; summary: string }> = {};
  const texts: string[] = [];
  for (const name of await readdir(fragments)) {
    const raw = gunzipSync(await readFile(`${fragments}${name}`)).toString('utf8');
    if (!raw.startsWith('pagefind_dcd')) throw new Error(`Unexpected Pagefind fragment format in ${name}`);
    const f = JSON.parse(raw.slice('pagefind_dcd'.length)) as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };
    texts.push(f.content);
    directory[name.replace(/\.pf_fragment$/, '')] = { url: f.url, title: f.meta['title'] ?? f.url, type: f.filters['type']?.[0] ?? '', summary: f.meta['summary'] ?? '' };
  }
  const data = JSON.parse(await readFile(dataFile, 'utf8')) as { vocabulary: string[] };
  const inVocabulary = new Set(data.vocabulary);
  const known = vocabularyFrom(texts).filter((w) => !inVocabulary.has(w));
  await writeFile(dataFile, JSON.stringify({ ...data, known, directory }));
}
