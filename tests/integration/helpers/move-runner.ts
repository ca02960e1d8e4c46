import type { ActionShape, Game, LogEntry, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from './boardgame-io.js';

export type Move = { readonly playerID: string; readonly move: string; readonly args: unknown[] };
export type PersistedMove = { readonly state: State; readonly deltalog: LogEntry[] };

/**
 * Runs a game's moves through boardgame.io's own server-side reducer, so the states and log
 * entries handed to the storage are exactly what boardgame.io's master would hand it:
 * `setState(matchID, stateWithoutDeltalog, deltalog)`.
 */
export function createMoveRunner(game: Game, numPlayers: number) {
  const processed = ProcessGameConfig(game);
  const reducer = CreateGameReducer({ game: processed });
  return {
    initialState: (): State => InitializeGame({ game: processed, numPlayers }),
    play(state: State, { playerID, move, args }: Move): PersistedMove {
      const action = { type: 'MAKE_MOVE', payload: { type: move, args, playerID } } as ActionShape.MakeMove;
      const { deltalog, transients, ...next } = reducer(state, action);
      if (transients?.error) throw new Error(`boardgame.io rejected ${move}: ${transients.error.type}`);
      return { state: next, deltalog: deltalog ?? [] };
    },
  };
}
