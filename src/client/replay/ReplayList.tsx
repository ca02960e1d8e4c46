/**
 * Every finished match the server keeps a record of: scenario, date, winner, who sat where, a
 * link to its replay, and for a "what if" match the parent it was forked from (linked at the
 * point of the fork).
 */
import { useCallback, useEffect, useState } from 'react';
import { SCENARIOS, SEAT_NAMES } from '../../game/index.js';
import { ApiError } from '../api/rest.js';
import { botLabel } from '../table/labels.js';
import { SeatEmblem } from '../table/SeatEmblem.js';
import { recordsApi, seatsInOrder, type ReplaySummary } from './recordsApi.js';
import { replayPath } from './routes.js';

const dateOf = (iso: string | null) => {
  if (!iso) return 'unfinished';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

function ReplayItem({ r }: { r: ReplaySummary }) {
  const scenario = SCENARIOS[r.scenario];
  return (
    <li className="replay-item" data-testid={`replay-item-${r.matchID}`}>
      <h3 className="replay-item__title">
        <a href={replayPath(r.matchID)} data-internal>
          {scenario.title}
          <span className="visually-hidden">, replay of match {r.matchID}</span>
        </a>
      </h3>
      <p className="replay-item__meta">
        <time dateTime={r.finishedAt ?? undefined}>{dateOf(r.finishedAt)}</time> · {r.rounds} years · match {r.matchID}
      </p>
      {r.winner ? (
        <p className="replay-item__winner">
          Winner: <strong>{SEAT_NAMES[r.winner]}</strong>
          {r.scores ? ` (${r.scores[r.winner].toFixed(2)}× par)` : ''}
          {r.reason === 'crisis' ? ' — ended in a crisis' : ''}
        </p>
      ) : null}
      {r.parent ? (
        <p className="replay-item__parent" data-testid="replay-item-parent">
          <span aria-hidden="true">↳ </span>What if: forked from{' '}
          <a href={replayPath(r.parent.matchID, { at: r.parent.actionIndex })} data-internal>
            {r.parent.matchID} at action {r.parent.actionIndex}
          </a>
        </p>
      ) : null}
      <ul className="replay-item__seats" aria-label="Seats">
        {seatsInOrder(r.seats).map((s) => (
          <li key={s.seat}>
            <SeatEmblem seat={s.seat} size={18} /> {SEAT_NAMES[s.seat]}: {s.kind === 'bot' ? `bot (${botLabel(s.style)})` : (s.name ?? 'nobody')}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ReplayList() {
  const [replays, setReplays] = useState<ReplaySummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (before?: string) => {
    setLoading(true);
    try {
      const page = await recordsApi.replays(before);
      setReplays((shown) => [...(before ? (shown ?? []) : []), ...page.replays]);
      setNext(page.next);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The list could not be loaded.');
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="replay-list" aria-labelledby="replay-list-title">
      <h2 id="replay-list-title">Finished matches</h2>
      {error ? <p role="alert">{error}</p> : null}
      {replays === null && !error ? <p role="status">Loading…</p> : null}
      {replays?.length === 0 ? <p>No match has finished on this server yet.</p> : null}
      {replays && replays.length > 0 ? (
        <ul className="replay-list__items" data-testid="replay-list">
          {replays.map((r) => (
            <ReplayItem key={r.matchID} r={r} />
          ))}
        </ul>
      ) : null}
      {next ? (
        <p>
          <button type="button" className="button button--small" onClick={() => void load(next)} disabled={loading}>
            {loading ? 'Loading…' : 'Older matches'}
          </button>
        </p>
      ) : null}
    </section>
  );
}
