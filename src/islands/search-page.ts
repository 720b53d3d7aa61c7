/**
 * The search page's behaviour: reads ?q=, asks the Pagefind index built into the site, and
 * lists results as text (never as HTML). Everything stays in the browser.
 */
import { cleanQuery } from '../lib/query.ts';

interface PagefindResult { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> }
interface Pagefind { search: (q: string) => Promise<{ results: PagefindResult[] }> }

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');

export async function runSearch(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#search-q');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const list = doc.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  const query = cleanQuery(new URL(doc.location.href).searchParams.get('q'));
  input.value = query;
  if (!query) {
    status.textContent = 'Type a few words and press Search.';
    return;
  }
  status.textContent = 'Searching…';
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  const { results } = await pagefind.search(query);
  const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...top.map((r) => {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = doc.createElement('p');
      p.textContent = stripTags(r.excerpt);
      li.append(a, p);
      return li;
    }),
  );
  status.textContent = results.length === 0
    ? `No pages found for “${query}”. Try other words, or browse the conditions A to Z.`
    : `${results.length} page${results.length === 1 ? '' : 's'} found for “${query}”.`;
}
