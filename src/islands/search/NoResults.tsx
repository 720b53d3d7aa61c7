/** Never an empty page: other ways to find it when nothing matched. */
export default function NoResults({ query, filtered }: { query: string; filtered: boolean }) {
  return (
    <section aria-labelledby="no-results-heading" className="no-results">
      <h2 id="no-results-heading">No pages matched “{query}”</h2>
      <ul>
        {filtered && <li>Set the filters back to “Any” to search every page.</li>}
        <li>Try fewer or other words: where it hurts and what it feels like (“burning feet”, “pain down my leg”).</li>
        <li>Use the name of a medicine or procedure if you know it (“gabapentin”, “epidural”).</li>
        <li><a href="/body/">Choose where it hurts on the body map</a>.</li>
        <li>Worried about a new or severe symptom? See <a href="/seek-care/">when to get help</a>.</li>
        <li><a href="#a-to-z">Browse every page from A to Z</a>.</li>
      </ul>
    </section>
  );
}
