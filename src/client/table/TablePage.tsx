/**
 * A live table: connects to the match as a seat (with its stored credentials) or as a spectator,
 * keeps the /api match info fresh for seat names, bots and the timer, and announces each year's
 * summary and every refusal to screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import { SEAT_NAMES, seatOf, type Outcome } from '../../game/index.js';
import { hostToken } from '../api/credentials.js';
import { api, ApiError } from '../api/rest.js';
import { useMatchInfo } from '../api/useMatchInfo.js';
import { Announcer } from '../ui/Announcer.js';
import { useMatchClient } from '../socket/useMatchClient.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { SeatControls } from './SeatControls.js';
import { seatLines } from './SeatsBar.js';
import { Table } from './Table.js';
import { TimerBadge } from './TimerBadge.js';
import { ShareBox } from '../lobby/ShareBox.js';

export interface TablePageProps {
  matchID: string;
  playerID: string | null;
  credentials: string | null;
  onLeaveSeat: () => void;
}

export function TablePage({ matchID, playerID, credentials, onLeaveSeat }: TablePageProps) {
  const [snap, actions] = useMatchClient(matchID, playerID, credentials);
  const { view, ctx } = snap;
  const phaseKey = ctx ? `${ctx.turn}:${ctx.phase}:${view?.history.length ?? 0}` : null;
  const { info, refresh } = useMatchInfo(matchID, phaseKey);
  const host = hostToken(matchID);
  const me = seatOf(playerID);
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);

  // Announce a newly resolved year (not the ones already there when the table loads).
  const seenYears = useRef<number | null>(null);
  useEffect(() => {
    if (!view) return;
    const count = view.history.length;
    if (seenYears.current !== null && count > seenYears.current) {
      const latest = view.history[count - 1]!;
      setPolite(`Year resolved. ${latest.summary.join(' ')}`);
    }
    seenYears.current = count;
  }, [view]);

  // The end of the game replaces the panel the player was in: say so, and move focus to the result.
  const wasOver = useRef<boolean | null>(null);
  useEffect(() => {
    if (!ctx) return;
    const outcome = ctx.gameover as Outcome | undefined;
    if (wasOver.current === false && outcome) {
      setPolite(`The game is over. Winner: ${SEAT_NAMES[outcome.winner]}, with ${outcome.scores[outcome.winner].score.toFixed(2)} times par.`);
      window.requestAnimationFrame(() => document.getElementById('end-title')?.focus());
    }
    wasOver.current = Boolean(outcome);
  }, [ctx]);

  useEffect(() => {
    if (snap.rejection) setAssertive(`Not accepted: ${snap.rejection.message}`);
  }, [snap.rejection]);

  useEffect(() => {
    document.title = me ? `Compute Race — ${SEAT_NAMES[me]}` : 'Compute Race — watching';
  }, [me]);

  const lines = seatLines(snap.matchData, info);
  const myLine = lines.find((l) => l.seat === me);
  const timerCall = async (call: (id: string, token: string) => Promise<unknown>) => {
    if (!host) return;
    try {
      await call(matchID, host);
      setHostError(null);
      await refresh();
    } catch (e) {
      setHostError(e instanceof ApiError ? e.message : 'The timer could not be changed.');
    }
  };

  if (!view || !ctx) {
    // Before the first state, a refusal means the server would not seat us (stale credentials,
    // a match that is gone): say why and offer a way on, instead of loading for ever.
    return (
      <main className="loading">
        <ConnectionBadge connected={snap.connected} everConnected={snap.everConnected} />
        {snap.rejection ? (
          <div role="alert" data-testid="rejection">
            <p>
              <strong>The server would not open the table:</strong> {snap.rejection.message}
            </p>
            <p className="loading__actions">
              {playerID !== null ? (
                <button type="button" className="button" onClick={onLeaveSeat}>
                  Forget this seat and choose again
                </button>
              ) : null}{' '}
              <a href="/" data-internal>
                Back to the lobby
              </a>
            </p>
          </div>
        ) : (
          <p role="status">Loading the table…</p>
        )}
      </main>
    );
  }

  const header = (
    <>
      <ConnectionBadge connected={snap.connected} everConnected={snap.everConnected} />
      <TimerBadge timer={ctx.gameover ? null : (info?.timer ?? null)} isHost={host !== null} onPause={() => void timerCall(api.pauseTimer)} onResume={() => void timerCall(api.resumeTimer)} />
      {hostError ? <p role="alert">{hostError}</p> : null}
      {info ? <ShareBox matchID={matchID} code={info.code} compact /> : null}
      {me && playerID && credentials && !ctx.gameover ? (
        <SeatControls
          matchID={matchID}
          playerID={playerID}
          seat={me}
          credentials={credentials}
          botPlaying={Boolean(myLine?.bot)}
          onChanged={() => void refresh()}
          onLeave={onLeaveSeat}
        />
      ) : null}
    </>
  );

  return (
    <>
      <Announcer polite={polite} assertive={assertive} />
      <Table
        view={view}
        ctx={ctx}
        me={me}
        lines={lines}
        connected={snap.connected}
        chat={snap.chat}
        rejection={snap.rejection}
        header={header}
        move={actions.move}
        sendChat={actions.sendChat}
        dismissRejection={actions.clearRejection}
      />
    </>
  );
}
