/** Matches that still have a free human seat, refreshed while the lobby is open. */
import { useEffect, useState } from 'react';
import { SCENARIOS } from '../../game/index.js';
import { api, ApiError } from '../api/rest.js';
import type { MatchInfo } from '../api/schemas.js';
import { matchPath } from '../app/router.js';

const freeSeats = (m: MatchInfo) => m.seats.filter((s) => s.kind === 'human' && s.name === null).length;

export function OpenMatches() {
  const [matches, setMatches] = useState<MatchInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const list = await api.openMatches();
        if (live) {
          setMatches(list);
          setError(null);
        }
      } catch (e) {
        if (live) setError(e instanceof ApiError ? e.message : 'The list could not be loaded.');
      }
    };
    void load();
    const id = window.setInterval(() => void load(), 8000);
    return () => {
      live = false;
      window.clearInterval(id);
    };
  }, []);

  return (
    <section className="open-matches" aria-labelledby="open-title">
      <h2 id="open-title">Open matches</h2>
      {error ? <p role="alert">{error}</p> : null}
      {matches === null && !error ? <p>Loading…</p> : null}
      {matches?.length === 0 ? <p>No open matches right now. Start one!</p> : null}
      {matches && matches.length > 0 ? (
        <ul>
          {matches.map((m) => (
            <li key={m.matchID}>
              <a href={matchPath(m.matchID)} data-internal>
                {SCENARIOS[m.scenario].title}
              </a>{' '}
              · {m.rounds} years · {freeSeats(m)} free seat{freeSeats(m) === 1 ? '' : 's'} · code {m.code}
              {m.timer ? ` · timer ${m.timer.seconds}s` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
