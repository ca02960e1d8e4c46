/**
 * The waiting room of a match for a visitor without a seat: who sits where (bots, players,
 * connected or not), a seat to take with a name, the invite, and a link to watch instead.
 */
import { useState, type FormEvent } from 'react';
import { SCENARIOS, SEAT_NAMES, type Seat } from '../../game/index.js';
import { lastName, rememberName, saveSeat } from '../api/credentials.js';
import { joinSeat } from '../api/lobby.js';
import { ApiError } from '../api/rest.js';
import type { MatchInfo, SeatInfo } from '../api/schemas.js';
import { spectatePath } from '../app/router.js';
import { SeatEmblem } from '../table/SeatEmblem.js';
import { botLabel } from '../table/labels.js';
import { ShareBox } from './ShareBox.js';

function seatState(s: SeatInfo): string {
  if (s.kind === 'bot') return `Server bot (${botLabel(s.style)})`;
  if (s.name === null) return 'Open';
  return `${s.name} · ${s.connected ? 'online' : 'offline'}`;
}

export function MatchRoom({ info, onSeated }: { info: MatchInfo; onSeated: (playerID: string) => void }) {
  const [name, setName] = useState(lastName());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const take = async (event: FormEvent, playerID: string) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Type your name first: the other players see it.');
    setBusy(playerID);
    setError(null);
    try {
      const joined = await joinSeat(info.matchID, playerID, trimmed.slice(0, 40));
      rememberName(trimmed);
      saveSeat(info.matchID, { playerID: joined.playerID, credentials: joined.credentials, name: trimmed });
      onSeated(joined.playerID);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That seat could not be taken.');
      setBusy(null);
    }
  };

  const scenario = SCENARIOS[info.scenario];
  return (
    <div className="room">
      <header className="room__head">
        <h1>
          {scenario.title} <span className="room__sub">· {info.rounds} years from {scenario.startYear}</span>
        </h1>
        <p>{scenario.blurb}</p>
      </header>
      <main className="room__main">
        <section aria-labelledby="seats-title" className="room__seats">
          <h2 id="seats-title">Take a seat</h2>
          <div className="room__name">
            <label htmlFor="player-name">Your name</label>
            <input id="player-name" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} autoComplete="nickname" />
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <ul className="room__seat-list">
            {info.seats.map((s) => {
              const open = s.kind === 'human' && s.name === null && !info.gameover;
              return (
                <li key={s.playerID} className={`room-seat room-seat--${s.seat}`} data-testid={`room-seat-${s.seat}`}>
                  <SeatEmblem seat={s.seat as Seat} size={36} />
                  <div className="room-seat__text">
                    <strong>{SEAT_NAMES[s.seat]}</strong>
                    <span>{seatState(s)}</span>
                  </div>
                  {open ? (
                    <form onSubmit={(e) => void take(e, s.playerID)}>
                      <button type="submit" className="button button--primary" disabled={busy !== null} data-testid={`take-${s.seat}`}>
                        {busy === s.playerID ? 'Joining…' : `Play ${SEAT_NAMES[s.seat]}`}
                      </button>
                    </form>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p>
            Or <a href={spectatePath(info.matchID)} data-internal data-testid="spectate-link">watch as a spectator</a>.
            {info.gameover ? ' This match is over: watch it to see the results.' : ''}
          </p>
        </section>
        <section aria-labelledby="invite-title" className="room__invite">
          <h2 id="invite-title">Invite</h2>
          <ShareBox matchID={info.matchID} code={info.code} />
        </section>
      </main>
    </div>
  );
}
