/**
 * The /search/ island: a search form, three filters, warning-sign cards above the results when
 * the query describes a red flag, and results with summaries and highlighted excerpts. `?q=`
 * (and ?type=, ?region=, ?pain=) pre-fill and run the search. Results are rendered as text,
 * never as HTML.
 */
import { useEffect, useRef, useState } from 'react';
import type { CareNumbers } from '../../lib/care.ts';
import { readSearchParams, writeSearchParams } from '../../lib/search/params.ts';
import { loadEngine, PAGE_SIZE, runSearch, type Filters, type Outcome } from './engine.ts';
import RedFlagCards from './RedFlagCards.tsx';
import ResultList from './ResultList.tsx';
import NoResults from './NoResults.tsx';
import FilterSelect from './FilterSelect.tsx';

interface Props {
  types: string[];
  regions: string[];
  painTypes: string[];
  numbers: CareNumbers;
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; last: Outcome | undefined }
  | { status: 'done'; outcome: Outcome; query: string }
  | { status: 'error' };

const NONE: Filters = { type: '', region: '', pain: '' };

export default function SearchApp({ types, regions, painTypes, numbers }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NONE);
  const [exact, setExact] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [announce, setAnnounce] = useState('');
  const [visible, setVisible] = useState(PAGE_SIZE);
  // The reader opens and closes the filters; they start open when the address sets one.
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Set once hydrated: before that, Enter submits the plain form and reloads with ?q=.
  const [ready, setReady] = useState(false);
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const allowed = { type: types, region: regions, pain: painTypes };

  async function search(q: string, f: Filters, ex: boolean) {
    const id = ++seq.current;
    writeSearchParams(window.history, window.location.href, q, f);
    if (!q.trim()) { setState({ status: 'idle' }); setAnnounce(''); return; }
    setVisible(PAGE_SIZE);
    setState((s) => ({ status: 'searching', last: s.status === 'done' ? s.outcome : s.status === 'searching' ? s.last : undefined }));
    try {
      const outcome = await runSearch(q, f, ex);
      if (id !== seq.current) return;
      setState({ status: 'done', outcome, query: q });
    } catch {
      if (id === seq.current) setState({ status: 'error' });
    }
  }

  useEffect(() => {
    const start = readSearchParams(window.location.href, allowed);
    // The input is uncontrolled, so words typed before the page finished loading are kept.
    const typed = input.current?.value.trim() ?? '';
    const q = start.q || typed;
    if (input.current && start.q) input.current.value = start.q;
    setQuery(q);
    setFilters(start.filters);
    setFiltersOpen(Object.values(start.filters).some(Boolean));
    void loadEngine().catch(() => setState({ status: 'error' }));
    if (q) void search(q, start.filters, false);
    setReady(true);
  }, []);

  // Screen readers hear the count once typing pauses, not on every key.
  const summary = describe(state, query, visible);
  useEffect(() => {
    const t = window.setTimeout(() => setAnnounce(summary), 600);
    return () => window.clearTimeout(t);
  }, [summary]);

  const shown = state.status === 'done' ? state.outcome : state.status === 'searching' ? state.last : undefined;
  const setFilter = (key: keyof Filters) => (value: string) => {
    const next = { ...filters, [key]: value };
    setFilters(next);
    void search(query, next, exact);
  };

  return (
    <div className="search-app" data-ready={ready || undefined}>
      <form role="search" className="search-form" action="/search/" method="get" onSubmit={(e) => { e.preventDefault(); void search(query, filters, exact); }}>
        <label htmlFor="search-q">Describe your pain, or search for a condition, treatment or medicine</label>
        <div className="search-form__row">
          <input id="search-q" ref={input} name="q" type="search" defaultValue="" autoComplete="off" maxLength={100}
            onChange={(e) => { setQuery(e.target.value); setExact(false); void search(e.target.value, filters, false); }} />
          <button type="submit" className="button-primary">Search</button>
        </div>
        <details className="search-filters" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
          <summary>Narrow the results{active(filters)}</summary>
          <div className="search-filters__body">
            <FilterSelect id="f-type" label="Page type" any="Any type" options={types} value={filters.type} onChange={setFilter('type')} />
            <FilterSelect id="f-region" label="Body region" any="Anywhere" options={regions} value={filters.region} onChange={setFilter('region')} />
            <FilterSelect id="f-pain" label="Pain type" any="Any pain type" options={painTypes} value={filters.pain} onChange={setFilter('pain')} />
          </div>
        </details>
      </form>
      <p id="search-status" role="status" aria-live="polite" className="visually-hidden">{announce}</p>
      <p className="search-count" aria-hidden="true">{summary}</p>
      {shown && shown.plan.corrections.length > 0 && (
        <p className="search-correction">
          Showing results for <strong>{shown.plan.corrected}</strong>.{' '}
          <button type="button" className="link-button" onClick={() => { setExact(true); void search(query, filters, true); }}>
            Search instead for “{query}”
          </button>
        </p>
      )}
      {shown && <RedFlagCards signs={shown.signs} numbers={numbers} />}
      {shown && shown.results.length > 0 && <ResultList results={shown.results.slice(0, visible)} />}
      {state.status === 'done' && state.outcome.results.length > visible && (
        <p><button type="button" className="button-secondary" onClick={() => setVisible((v) => v + PAGE_SIZE)}>Show more results</button></p>
      )}
      {state.status === 'done' && state.outcome.results.length === 0 && <NoResults query={state.query} filtered={Object.values(filters).some(Boolean)} />}
      {state.status === 'error' && <p className="search-error">Search could not load. Please reload the page, or use the A to Z list below.</p>}
    </div>
  );
}

/** " (2 set)" after the filters' summary when some are set. */
function active(filters: Filters): string {
  const n = Object.values(filters).filter(Boolean).length;
  return n ? ` (${n} set)` : '';
}

function describe(state: State, query: string, visible: number): string {
  if (state.status === 'error') return 'Search could not load.';
  if (state.status === 'searching') return 'Searching…';
  if (state.status !== 'done') return query.trim() ? '' : 'Type a few words: your search stays in your browser.';
  const n = state.outcome.results.length;
  const shown = Math.min(n, visible);
  const flag = state.outcome.signs.length > 0 ? ' Warning signs that match your words are shown first.' : '';
  if (n === 0) return `No pages found for “${state.query}”.${flag}`;
  return `${n} page${n === 1 ? '' : 's'} found for “${state.query}”${n > shown ? `, showing the best ${shown}` : ''}.${flag}`;
}
