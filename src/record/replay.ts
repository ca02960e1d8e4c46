/**
 * What the replay viewer stands on: every state of a record (index i = after i actions), the
 * table as any seat saw it at that point or as an all-seeing observer sees it, and where each year
 * begins and ends on the timeline. A record is replayed once, through the same checks as
 * `verifyRecord`, and the states are kept (about fifty, sharing structure).
 */
import { playerView, SCENARIOS, type EventId, type GameState, type PlayerID, type PlayerView } from '../game/index.js';
import type { MatchState } from './engine.js';
import type { GameRecord, RecordAction } from './format.js';
import { runRecord, type Divergence } from './rerun.js';

/** A seat's playerID, null for a spectator, 'all' for the all-seeing view (secrets shown). */
export type Viewer = PlayerID | null | 'all';

/** The public table plus every secret: pending orders, smuggled stock, Huawei's progress, the deck. */
export type AllSeeingView = PlayerView & { allSeeing: true; secret: GameState['secret'] };
export type TableView = PlayerView | AllSeeingView;

export interface YearBoundary {
  year: number;
  round: number;
  /** State index at which the year's news is out and its policy not yet set. */
  start: number;
  /** State index once the year is resolved; null while it is not. */
  end: number | null;
  event: EventId | null;
}

export class ReplayError extends Error {
  override name = 'ReplayError';
  constructor(message: string, readonly divergence: Divergence | null) {
    super(message);
  }
}

export class Replay {
  constructor(
    readonly record: GameRecord,
    private readonly states: readonly MatchState[],
  ) {}

  /** The number of actions; state indexes run from 0 to length. */
  get length(): number {
    return this.states.length - 1;
  }

  stateAt(index: number): MatchState {
    const state = this.states[index];
    if (!Number.isInteger(index) || !state) throw new RangeError(`No state ${index}: this record has states 0 to ${this.length}.`);
    return state;
  }

  viewAt(index: number, viewer: Viewer): TableView {
    const G = this.stateAt(index).G;
    return viewer === 'all' ? allSeeingView(G) : playerView(G, viewer);
  }

  /** The action that led to state `index` (null for the starting state). */
  actionBefore(index: number): RecordAction | null {
    this.stateAt(index);
    return index === 0 ? null : this.record.actions[index - 1]!;
  }

  yearBoundaries(): YearBoundary[] {
    return yearBoundaries(this.record);
  }
}

/** Replays a record; throws ReplayError when it does not replay (use verifyRecord for a value). */
export function replayRecord(record: GameRecord): Replay {
  const run = runRecord(record);
  if (!run.ok) throw new ReplayError(run.message, run.divergence);
  return new Replay(record, run.states);
}

export function replayStates(record: GameRecord): Array<{ index: number; state: MatchState; action: RecordAction | null }> {
  const replay = replayRecord(record);
  return Array.from({ length: replay.length + 1 }, (_, index) => ({ index, state: replay.stateAt(index), action: replay.actionBefore(index) }));
}

export function viewAt(record: GameRecord, index: number, viewer: Viewer): TableView {
  return replayRecord(record).viewAt(index, viewer);
}

export function allSeeingView(G: GameState): AllSeeingView {
  return {
    ...playerView(G, null),
    huaweiProgress: { value: G.secret.huaweiProgress, exact: true },
    smuggledStock: G.secret.smuggledStock,
    smugglingLog: G.secret.smugglingLog,
    allSeeing: true,
    secret: G.secret,
  };
}

/** From the record alone (no replay): each year's span on the timeline of state indexes. */
export function yearBoundaries(record: GameRecord): YearBoundary[] {
  const startYear = SCENARIOS[record.scenario].startYear;
  const out: YearBoundary[] = [];
  const resolvedCount = record.years.length;
  const lastRound = record.result ? resolvedCount : Math.min(resolvedCount + 1, record.setupData.rounds);
  for (let round = 1; round <= lastRound; round++) {
    const year = startYear + round - 1;
    const resolved = record.years[round - 1];
    const previous = out.at(-1);
    const firstAction = record.actions.findIndex((a) => a.year === year);
    const start = firstAction >= 0 ? firstAction : (previous?.end ?? 0);
    out.push({ year, round, start, end: resolved ? resolved.resolvedBy + 1 : null, event: resolved?.event ?? null });
  }
  return out;
}
