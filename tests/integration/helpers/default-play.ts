/**
 * Who must act now and with what legal move: the documented defaults (defaultPolicy,
 * DEFAULT_ORDER). Works on the server's full state and on a seat's view alike (the defaults
 * read only public parts of G).
 */
import type { State } from 'boardgame.io';
import { DEFAULT_ORDER, defaultPolicy, ORDER_SEATS, playerIDOf, type GameState, type PlayerView } from '../../../src/game/index.js';

export interface PlannedMove {
  playerID: string;
  move: 'setPolicy' | 'submitOrder';
  args: [unknown];
}

export function pendingMoves(state: Pick<State, 'G' | 'ctx'>): PlannedMove[] {
  if (state.ctx.gameover !== undefined) return [];
  const G = state.G as GameState;
  if (state.ctx.phase === 'policy') return [{ playerID: '0', move: 'setPolicy', args: [defaultPolicy(G)] }];
  const submitted = submittedSeats(state.G);
  return ORDER_SEATS.filter((seat) => !submitted.has(seat)).map((seat) => ({
    playerID: playerIDOf(seat),
    move: 'submitOrder' as const,
    args: [DEFAULT_ORDER[seat](G)],
  }));
}

function submittedSeats(G: unknown): Set<string> {
  const view = G as Partial<PlayerView> & Partial<GameState>;
  if (view.submitted) return new Set(Object.entries(view.submitted).filter(([, done]) => done).map(([seat]) => seat));
  return new Set(Object.keys(view.secret?.orders ?? {}));
}
