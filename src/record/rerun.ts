/**
 * Re-simulates a record through the rules, checking every recorded fact against the replay as
 * it goes: the starting state, each action's place (year, phase, seat), that the rules accept it,
 * the state after it, each year's figures and the result. The first fact that does not match is
 * reported as a divergence at the action where it appears.
 */
import { RULES_VERSION, SEAT_NAMES, type GameState } from '../game/index.js';
import { canonicalJson } from './canonical.js';
import { applyMove, initialMatchState, type MatchState } from './engine.js';
import type { GameRecord, RecordAction } from './format.js';
import { stateDigest } from './hash.js';
import { rulesVersionMessage } from './import.js';
import { yearCheckpoint, yearOf } from './writer.js';

export interface Divergence {
  /** The first action that does not match (its position in `actions`). */
  index: number;
  year: number;
  phase: RecordAction['phase'];
  playerID: RecordAction['playerID'];
  seat: RecordAction['seat'];
  move: RecordAction['move'];
  /** What differed, as a sentence. */
  what: string;
}

export type RunResult =
  | { ok: true; states: MatchState[] }
  | { ok: false; message: string; divergence: Divergence | null };

export function describeDivergence(d: Divergence): string {
  return `Action ${d.index} (${d.year}, ${d.phase}, ${SEAT_NAMES[d.seat]} ${d.move}) diverges: ${d.what}`;
}

const diverge = (action: RecordAction, index: number, what: string): RunResult => {
  const divergence: Divergence = { index, year: action.year, phase: action.phase, playerID: action.playerID, seat: action.seat, move: action.move, what };
  return { ok: false, message: describeDivergence(divergence), divergence };
};

export function runRecord(record: GameRecord): RunResult {
  if (record.rulesVersion !== RULES_VERSION) return { ok: false, message: rulesVersionMessage(record.rulesVersion), divergence: null };
  if (record.redacted !== null || record.seed === null)
    return {
      ok: false,
      message: 'This record was redacted for one seat during the game: without the seed and the other seats\' orders it cannot be replayed.',
      divergence: null,
    };
  let state = initialMatchState(record.seed, record.setupData);
  const states = [state];
  const { actions } = record;
  const initial = stateDigest(state);
  if (initial !== record.initialDigest) {
    const what = `the starting state differs from the record's (digest ${record.initialDigest} recorded, ${initial} replayed): the seed or the setup was changed.`;
    if (actions[0]) return diverge(actions[0], 0, what);
    return { ok: false, message: `The record diverges before any action: ${what}`, divergence: null };
  }
  for (const [i, action] of actions.entries()) {
    const problem = placeProblem(state, action, i);
    if (problem) return diverge(action, i, problem);
    const played = applyMove(state, { playerID: action.playerID, move: action.move, args: action.args ?? [] });
    if (!played.ok) return diverge(action, i, `the rules refuse it: ${played.reason}`);
    const resolved = yearProblem(record, state.G.history.length, played.state.G, i);
    if (resolved) return diverge(action, i, resolved);
    const digest = stateDigest(played.state);
    if (digest !== action.digest)
      return diverge(action, i, `the state after it differs from the record's (digest ${action.digest} recorded, ${digest} replayed): its arguments or an earlier fact were changed.`);
    state = played.state;
    states.push(state);
  }
  const last = actions.at(-1);
  const extraYear = record.years[state.G.history.length];
  if (extraYear && last) return diverge(last, last.index, `the record has figures for ${extraYear.year}, a year the replay never finishes.`);
  const outcome = (state.ctx.gameover as GameState['outcome'] | undefined) ?? null;
  const difference = firstDifference(record.result, outcome);
  if (difference) {
    const what = `the result differs: ${describeDifference(difference)}.`;
    if (last) return diverge(last, last.index, what);
    return { ok: false, message: `The record's result does not match: ${what}`, divergence: null };
  }
  return { ok: true, states };
}

/** Is the action where the record says it is, and may the game still take it? */
function placeProblem(state: MatchState, action: RecordAction, i: number): string | null {
  if (action.index !== i) return `its index is ${action.index}, expected ${i}: an action is missing, extra or out of order.`;
  if (state.ctx.gameover) return 'the game was already over before it, yet the record goes on.';
  const year = yearOf(state.G);
  const phase = state.ctx.phase;
  if (action.year !== year || action.phase !== phase)
    return `the record places it in ${action.year} (${action.phase}), but the replay is in ${year} (${phase}).`;
  return null;
}

/** When the action resolved one or more years, do their figures match the record's? */
function yearProblem(record: GameRecord, yearsBefore: number, G: GameState, index: number): string | null {
  for (let k = yearsBefore; k < G.history.length; k++) {
    const replayed = yearCheckpoint(G.history[k]!, index);
    const recorded = record.years[k];
    if (!recorded) return `it ends ${replayed.year}, but the record has no figures for that year.`;
    const difference = firstDifference(recorded, replayed);
    if (difference) return `the figures for ${replayed.year} differ: ${describeDifference(difference)}.`;
  }
  return null;
}

export interface Difference {
  path: string;
  recorded: string;
  replayed: string;
}

/** The first place where two JSON values differ, with both sides shown as JSON. */
export function firstDifference(recorded: unknown, replayed: unknown, path = ''): Difference | null {
  if (canonicalJson(recorded ?? null) === canonicalJson(replayed ?? null)) return null;
  const bothObjects = typeof recorded === 'object' && recorded !== null && typeof replayed === 'object' && replayed !== null;
  if (bothObjects && Array.isArray(recorded) === Array.isArray(replayed)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(replayed)])].sort();
    for (const key of keys) {
      const inner = firstDifference((recorded as Record<string, unknown>)[key], (replayed as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (inner) return inner;
    }
  }
  return { path, recorded: show(recorded), replayed: show(replayed) };
}

export const describeDifference = (d: Difference) =>
  `${d.path || 'it'} is ${d.replayed} in the replay but ${d.recorded} in the record`;

const show = (value: unknown) => (value === undefined ? 'missing' : canonicalJson(value));
