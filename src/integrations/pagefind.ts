/**
 * Builds the Pagefind search index from the finished HTML, the way Starlight does, and fails
 * the build when Pagefind reports an error. No server is needed at run time.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

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
        logger.info(`Indexed ${page_count} pages for search.`);
      },
    },
  };
}
