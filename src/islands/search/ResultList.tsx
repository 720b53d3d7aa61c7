/** The results: type, title link, the page's one-sentence summary and a highlighted excerpt. */
import { useEffect, useState } from 'react';
import { excerptPieces } from '../../lib/search/excerpt.ts';
import type { Result } from './engine.ts';

export default function ResultList({ results }: { results: Result[] }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Pages</h2>
      <ol className="results">
        {results.map((r) => (
          <li key={r.url} className="result">
            <p className="result__type">{r.type}</p>
            <h3 className="result__title"><a href={r.url}>{r.title}</a></h3>
            {r.summary && <p className="result__summary">{r.summary}</p>}
            <Excerpt load={r.excerpt} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The words around the match, fetched when the result is shown; plain text with <mark>s. */
function Excerpt({ load }: { load: () => Promise<string> }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setHtml(null);
    load().then((h) => { if (live) setHtml(h); }, () => {});
    return () => { live = false; };
  }, [load]);
  if (html === null) return null;
  return (
    <p className="result__excerpt">
      {excerptPieces(html).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}
