/** The plain-language account of every resolved year, newest first; the newest is open. */
import type { YearRecord } from '../../game/index.js';

export function YearLog({ history }: { history: YearRecord[] }) {
  if (history.length === 0) {
    return (
      <section className="year-log" aria-labelledby="year-log-title">
        <h2 id="year-log-title">Year summaries</h2>
        <p>The first year's summary appears here when it resolves.</p>
      </section>
    );
  }
  const newestFirst = [...history].reverse();
  return (
    <section className="year-log" aria-labelledby="year-log-title">
      <h2 id="year-log-title">Year summaries</h2>
      {newestFirst.map((r, i) => (
        <details key={r.year} open={i === 0} className="year-log__year" data-testid={`summary-${r.year}`}>
          <summary>{r.year} in review</summary>
          <ul>
            {r.summary.map((line, j) => (
              <li key={j}>{line}</li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
