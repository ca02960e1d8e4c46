/**
 * /match/:matchID — a seat this browser holds (credentials in localStorage) goes straight to the
 * table, so a reload rejoins; ?view=spectate watches without credentials; anyone else sees the
 * waiting room to take a seat.
 */
import { useState } from 'react';
import { forgetSeat, storedSeats } from '../api/credentials.js';
import { leaveSeat } from '../api/lobby.js';
import { useMatchInfo } from '../api/useMatchInfo.js';
import { matchPath, navigate } from '../app/router.js';
import { TablePage } from '../table/TablePage.js';
import { MatchRoom } from './MatchRoom.js';

export function MatchPage({ matchID, spectate, seat }: { matchID: string; spectate: boolean; seat: string | null }) {
  const [version, setVersion] = useState(0);
  const held = storedSeats(matchID);
  const mine = held.find((s) => s.playerID === seat) ?? held[0] ?? null;
  const { info, error } = useMatchInfo(matchID, version, mine || spectate ? 60_000 : 4000);

  if (spectate) {
    return <TablePage key="spectator" matchID={matchID} playerID={null} credentials={null} onLeaveSeat={() => undefined} />;
  }
  if (mine) {
    const leave = async () => {
      try {
        await leaveSeat(matchID, mine.playerID, mine.credentials);
      } catch {
        // The seat may already be gone on the server; forgetting it here is what matters.
      }
      forgetSeat(matchID, mine.playerID);
      setVersion((v) => v + 1);
      navigate(matchPath(matchID), { replace: true });
    };
    return <TablePage key={mine.playerID} matchID={matchID} playerID={mine.playerID} credentials={mine.credentials} onLeaveSeat={() => void leave()} />;
  }
  if (error && !info) {
    return (
      <div className="room room--error">
        <h1>Match not found</h1>
        <p role="alert">{error.status === 404 ? 'There is no match at this address. Check the link or the code.' : error.message}</p>
        <p>
          <a href="/" data-internal>
            Back to the lobby
          </a>
        </p>
      </div>
    );
  }
  if (!info) return <p role="status">Loading the match…</p>;
  return <MatchRoom info={info} onSeated={() => setVersion((v) => v + 1)} />;
}
