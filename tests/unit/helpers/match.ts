/**
 * A headless match through boardgame.io's own reducer (the one its master runs), with a fixed
 * seed, so tests see exactly the states, errors and log entries a real server would produce.
 */
import type { ActionShape, LogEntry, State } from 'boardgame.io';
import {
  CreateGameReducer,
  InitializeGame,
  ProcessGameConfig,
} from 'boardgame.io/dist/cjs/internal.js';
import { ComputeRace, enumerate, PLAYER_IDS, seatOf, type GameState, type OrderSeat } from '../../../src/game/index.js';
import { seededRandom } from '../../../src/bots/random.js';

export type MatchState = State<GameState> & { deltalog?: LogEntry[] };

const PROCESSED = ProcessGameConfig(ComputeRace);
const reducer = CreateGameReducer({ game: PROCESSED, isClient: false });

export interface SetupData {
  scenario?: string;
  rounds?: number;
}

export function newMatch(seed: string, setupData: SetupData = {}): MatchState {
  // The seed is read when a match is initialised, so one processed game serves every seed.
  return InitializeGame({ game: { ...PROCESSED, seed }, numPlayers: 4, setupData }) as MatchState;
}

export interface Step {
  state: MatchState;
  /** boardgame.io's transient error type when it refused the action, else null. */
  error: string | null;
}

/** Sends one MAKE_MOVE, as the master would after authenticating `playerID`. */
export function send(state: MatchState, playerID: string | null, move: string, args: unknown[]): Step {
  const action = { type: 'MAKE_MOVE', payload: { type: move, args, playerID } } as ActionShape.MakeMove;
  const { transients, ...next } = reducer(state, action) as MatchState & { transients?: { error?: { type: string } } };
  return { state: next as MatchState, error: transients?.error?.type ?? null };
}

/** Like `send`, but the move must be accepted. */
export function play(state: MatchState, playerID: string, move: string, args: unknown[]): MatchState {
  const step = send(state, playerID, move, args);
  if (step.error) throw new Error(`boardgame.io refused ${move} from ${playerID}: ${step.error}`);
  if (step.state._stateID === state._stateID) throw new Error(`${move} from ${playerID} changed nothing`);
  return step.state;
}

/** The players who may move now, in seat order. */
export function playersToMove(state: MatchState): string[] {
  if (state.ctx.gameover) return [];
  const active = state.ctx.activePlayers;
  return PLAYER_IDS.filter((id) => (active ? active[id] !== undefined : state.ctx.currentPlayer === id));
}

/** The players who may move now and have not yet: in the orders phase a seat that has ordered
 * may still revise, but is not waited for. */
export function playersStillToAct(state: MatchState): string[] {
  return playersToMove(state).filter((id) => state.ctx.phase !== 'orders' || state.G.secret.orders[seatOf(id) as OrderSeat] === undefined);
}

export interface Action {
  playerID: string;
  move: string;
  args: unknown[];
}

/**
 * Chooses the next action of random legal play: a random seat among those still to move (orders
 * arrive in any order, and a seat may revise with probability `revise`), then a random candidate
 * from `enumerate`.
 */
export type Chooser = (state: MatchState, random: () => number) => Action;

export function enumerateChooser(revise = 0.15): Chooser {
  return (state, random) => {
    const movers = playersToMove(state);
    const waiting = playersStillToAct(state);
    // Seats still to order always may; a seat that has ordered revises now and then.
    const eager = movers.filter((id) => waiting.includes(id) || random() < revise);
    const pool = eager.length > 0 ? eager : waiting;
    const playerID = pool[Math.floor(random() * pool.length)]!;
    const choices = enumerate(state.G, state.ctx, playerID);
    if (choices.length === 0) throw new Error(`enumerate offered player ${playerID} nothing in phase ${state.ctx.phase}`);
    const choice = choices[Math.floor(random() * choices.length)]!;
    return { playerID, move: choice.move, args: choice.args };
  };
}

export interface PlayedMatch {
  /** Every state from the initial one to game over, each with the deltalog that produced it. */
  states: MatchState[];
  actions: Action[];
  final: MatchState;
}

/** Plays a whole match; `onState` sees every state as it is produced (for per-state checks). */
export function playMatch(
  seed: string,
  setupData: SetupData,
  choose: Chooser = enumerateChooser(),
  onState?: (state: MatchState, index: number) => void,
  keepStates = true,
): PlayedMatch {
  const random = seededRandom(`choices:${seed}`);
  let state = newMatch(seed, setupData);
  const states: MatchState[] = keepStates ? [state] : [];
  const actions: Action[] = [];
  onState?.(state, 0);
  // 12 years x (1 policy + 3 orders + revisions) is far below this bound; it guards against a loop.
  for (let i = 1; i < 400 && !state.ctx.gameover; i++) {
    const action = choose(state, random);
    state = play(state, action.playerID, action.move, action.args);
    actions.push(action);
    if (keepStates) states.push(state);
    onState?.(state, i);
  }
  if (!state.ctx.gameover) throw new Error(`match ${seed} did not end`);
  return { states, actions, final: state };
}

/** Replays recorded actions from a fresh match with the same seed. */
export function replay(seed: string, setupData: SetupData, actions: readonly Action[]): MatchState {
  let state = newMatch(seed, setupData);
  for (const a of actions) state = play(state, a.playerID, a.move, a.args);
  return state;
}

/** Plays the policy phase with the default policy and the three orders given, resolving one year. */
export function playYear(state: MatchState, orders: { nvidia: unknown; china: unknown; huawei: unknown }, policy?: unknown): MatchState {
  let s = play(state, '0', 'setPolicy', [policy ?? enumerate(state.G, state.ctx, '0')[0]!.args[0]]);
  s = play(s, '1', 'submitOrder', [orders.nvidia]);
  s = play(s, '2', 'submitOrder', [orders.china]);
  s = play(s, '3', 'submitOrder', [orders.huawei]);
  return s;
}
