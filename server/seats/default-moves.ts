/**
 * Who still has to act in the current phase, and the documented default move a turn timer
 * submits for them (src/game/defaults.ts).
 */
import type { State } from 'boardgame.io';
import { DEFAULT_ORDER, defaultPolicy, ORDER_SEATS, playerIDOf, seatOf, type GameState, type OrderSeat } from '../../src/game/index.js';

export interface SeatMove {
  readonly move: 'setPolicy' | 'submitOrder';
  readonly args: [unknown];
}

/** PlayerIDs that have not acted in this phase: USG in the policy phase, order seats without an order in the orders phase. */
export function seatsYetToAct(state: State<GameState>): string[] {
  if (state.ctx.gameover !== undefined) return [];
  if (state.ctx.phase === 'policy') return state.G.policySet ? [] : [playerIDOf('usg')];
  if (state.ctx.phase === 'orders') {
    return ORDER_SEATS.filter((seat) => state.G.secret.orders[seat] === undefined).map(playerIDOf);
  }
  return [];
}

/** The default move of `playerID`'s seat in this state: last year's rule for USG, a middle order for the others. */
export function defaultMoveFor(G: GameState, playerID: string): SeatMove {
  const seat = seatOf(playerID);
  if (seat === null) throw new Error(`No seat has playerID ${playerID}`);
  if (seat === 'usg') return { move: 'setPolicy', args: [defaultPolicy(G)] };
  return { move: 'submitOrder', args: [DEFAULT_ORDER[seat as OrderSeat](G)] };
}
