/**
 * The rules engine records are replayed through: boardgame.io's own reducer, the one its server
 * master runs, so a replay makes exactly the states the live match made. This is the only file
 * of src/record that imports boardgame.io's internals.
 */
import type { ActionShape, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import { ComputeRace, explainRejection, type GameState } from '../game/index.js';
import type { RecordSetup } from './format.js';

/** A match state as boardgame.io keeps it (without the transient deltalog). */
export type MatchState = State<GameState>;

export interface MoveInput {
  playerID: string;
  move: string;
  args: readonly unknown[];
}

export type MoveResult = { ok: true; state: MatchState } | { ok: false; reason: string };

const GAME = ProcessGameConfig(ComputeRace);
const reducer = CreateGameReducer({ game: GAME, isClient: false });

/** The state a match starts in: the seed is read only here (setup and the first year's shuffle). */
export function initialMatchState(seed: string | number, setupData: RecordSetup): MatchState {
  const state = InitializeGame({ game: { ...GAME, seed }, numPlayers: 4, setupData }) as MatchState;
  return clean(state);
}

/** Applies one move as the server's master would after authenticating `playerID`. */
export function applyMove(state: MatchState, { playerID, move, args }: MoveInput): MoveResult {
  // The rules' own reason first: it is the decision the move would make, in words, and it keeps
  // boardgame.io from logging an error for every refused move of a tampered record.
  const rejection = explainRejection(state.G, state.ctx, playerID, move, [...args]);
  if (rejection) return { ok: false, reason: rejection.message };
  const action = { type: 'MAKE_MOVE', payload: { type: move, args: [...args], playerID } } as ActionShape.MakeMove;
  const next = reducer(unshared(state), action) as MatchState & { transients?: { error?: { type: string } } };
  const error = next.transients?.error?.type;
  if (error === undefined && next._stateID !== state._stateID) return { ok: true, state: clean(next) };
  return { ok: false, reason: `boardgame.io refused the move (${error ?? 'no change'}).` };
}

/**
 * boardgame.io's reducer counts moves by mutating `ctx._activePlayersNumMoves` (and a stage
 * change mutates `ctx.activePlayers`) in the state it is given. Its server never notices (it
 * reloads each state from storage); a replay keeps every state, so each move gets copies.
 */
function unshared(state: MatchState): MatchState {
  const { activePlayers, _activePlayersNumMoves } = state.ctx;
  return {
    ...state,
    ctx: {
      ...state.ctx,
      activePlayers: activePlayers && { ...activePlayers },
      _activePlayersNumMoves: _activePlayersNumMoves && { ..._activePlayersNumMoves },
    },
  };
}

/** Drops what is only meaningful for the action that produced a state. */
function clean(state: MatchState & { deltalog?: unknown; transients?: unknown }): MatchState {
  const { deltalog: _log, transients: _transients, ...rest } = state;
  return rest;
}
