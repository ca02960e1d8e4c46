/**
 * The four seats as the record names them (a person's name or the bot and its style), what
 * each was doing at this point of the replay, and which seat made the move just played. Only
 * who has moved is shown here, never what: the orders panel shows what the chosen view may see.
 */
import type { Ctx } from 'boardgame.io';
import { ORDER_SEATS, SEAT_NAMES, type OrderSeat, type PlayerView, type Seat } from '../../game/index.js';
import type { GameRecord, RecordAction } from '../../record/index.js';
import type { SeatLine } from '../table/SeatsBar.js';
import { SeatEmblem } from '../table/SeatEmblem.js';
import { botLabel } from '../table/labels.js';

/** The record's seats in the shape the table's components (the end screen) take. */
export function recordSeatLines(record: GameRecord): SeatLine[] {
  return record.seats.map((s) => ({
    seat: s.seat,
    playerID: s.playerID,
    name: s.name,
    bot: s.kind === 'bot' ? botLabel(s.style) : null,
    connected: true,
  }));
}

function doing(seat: Seat, view: PlayerView, ctx: Ctx): string {
  if (ctx.gameover) return 'game over';
  if (ctx.phase === 'policy') return seat === 'usg' ? 'setting the policy…' : 'waiting for the policy';
  if (seat === 'usg') return 'policy set ✓';
  return view.submitted[seat as OrderSeat] ? 'order in ✓' : 'ordering…';
}

export function ReplaySeats(props: { lines: SeatLine[]; view: PlayerView; ctx: Ctx; viewerSeat: Seat | null; lastAction: RecordAction | null }) {
  const { lines, view, ctx, viewerSeat, lastAction } = props;
  const ordersIn = ORDER_SEATS.filter((s) => view.submitted[s]).length;
  return (
    <section className="seats-bar" aria-labelledby="replay-seats-title">
      <h2 id="replay-seats-title" className="visually-hidden">
        Seats at this point
      </h2>
      <ul>
        {lines.map((l) => {
          const moved = lastAction?.seat === l.seat;
          return (
            <li
              key={l.seat}
              className={`seat-chip seat-chip--${l.seat}${l.seat === viewerSeat ? ' seat-chip--me' : ''}${moved ? ' seat-chip--moved' : ''}`}
              data-testid={`replay-seat-${l.seat}`}
            >
              <SeatEmblem seat={l.seat} size={28} />
              <span className="seat-chip__text">
                <strong>
                  {SEAT_NAMES[l.seat]}
                  {l.seat === viewerSeat ? ' (this view)' : ''}
                </strong>
                <span>{l.bot ? `bot: ${l.bot}` : (l.name ?? 'nobody took this seat')}</span>
                <span className="seat-chip__doing">
                  {doing(l.seat, view, ctx)}
                  {moved ? ' · just moved' : ''}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {ctx.phase === 'orders' && !ctx.gameover ? <p className="seats-bar__count">{ordersIn} of 3 orders in; the year resolves when the last one arrives.</p> : null}
    </section>
  );
}
