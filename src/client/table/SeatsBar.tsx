/**
 * Who sits where, who is connected, and who has moved this year (never what they ordered).
 * Names and connection come from the socket's match data and from our /api seat list (which
 * also knows which seats are bots).
 */
import type { Ctx, FilteredMetadata } from 'boardgame.io';
import { ORDER_SEATS, PLAYER_IDS, SEAT_NAMES, SEATS, type OrderSeat, type PlayerView, type Seat } from '../../game/index.js';
import type { MatchInfo } from '../api/schemas.js';
import { SeatEmblem } from './SeatEmblem.js';
import { botLabel } from './labels.js';

export interface SeatLine {
  seat: Seat;
  playerID: string;
  name: string | null;
  bot: string | null;
  connected: boolean;
}

export function seatLines(matchData: FilteredMetadata | undefined, info: MatchInfo | null): SeatLine[] {
  return SEATS.map((seat, i) => {
    const playerID = PLAYER_IDS[i]!;
    const fromSocket = matchData?.find((p) => String(p.id) === playerID);
    const fromApi = info?.seats.find((s) => s.playerID === playerID);
    const bot = fromApi?.kind === 'bot' ? botLabel(fromApi.style) : null;
    return {
      seat,
      playerID,
      name: fromApi?.name ?? fromSocket?.name ?? null,
      bot,
      connected: bot !== null || Boolean(fromSocket?.isConnected ?? fromApi?.connected),
    };
  });
}

function doing(seat: Seat, view: PlayerView, ctx: Ctx): string {
  if (ctx.gameover) return 'game over';
  if (ctx.phase === 'policy') return seat === 'usg' ? 'setting the policy…' : 'waiting for the policy';
  if (seat === 'usg') return 'policy set ✓';
  return view.submitted[seat as OrderSeat] ? 'order in ✓' : 'ordering…';
}

export function SeatsBar({ lines, view, ctx, me }: { lines: SeatLine[]; view: PlayerView; ctx: Ctx; me: Seat | null }) {
  const ordersIn = ORDER_SEATS.filter((s) => view.submitted[s]).length;
  return (
    <section className="seats-bar" aria-labelledby="seats-title">
      <h2 id="seats-title" className="visually-hidden">
        Seats
      </h2>
      <ul>
        {lines.map((l) => (
          <li key={l.seat} className={`seat-chip seat-chip--${l.seat}${l.seat === me ? ' seat-chip--me' : ''}`} data-testid={`seat-${l.seat}`}>
            <SeatEmblem seat={l.seat} size={28} />
            <span className="seat-chip__text">
              <strong>
                {SEAT_NAMES[l.seat]}
                {l.seat === me ? ' (you)' : ''}
              </strong>
              <span>
                {l.bot ? `bot: ${l.bot}` : (l.name ?? 'open seat')} · {l.bot ? 'server' : l.connected ? 'online' : 'offline'}
              </span>
              <span className="seat-chip__doing">{doing(l.seat, view, ctx)}</span>
            </span>
          </li>
        ))}
      </ul>
      {ctx.phase === 'orders' && !ctx.gameover ? (
        <p className="seats-bar__count">
          {ordersIn} of 3 orders in; the year resolves when the last one arrives.
        </p>
      ) : null}
    </section>
  );
}
