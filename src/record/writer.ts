/**
 * Builds a record by playing its moves through the rules: every record this code writes is
 * consistent by construction (each action's year, phase and digest, the per-year figures and the
 * result all come from the replay, never from the caller).
 */
import { RULES_VERSION, SCENARIO_IDS, seatOf, type GameState } from '../game/index.js';
import { applyMove, initialMatchState, type MatchState, type MoveInput } from './engine.js';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  RECORD_GAME,
  type GameRecord,
  type RecordAction,
  type RecordParent,
  type RecordSeat,
  type RecordSetup,
  type RecordYear,
} from './format.js';
import { stateDigest, withHash } from './hash.js';

export interface RecordHeader {
  matchID: string;
  /** ISO time the match was created. */
  createdAt: string;
  seed: string | number;
  setupData: RecordSetup;
  seats: RecordSeat[];
  parent?: RecordParent | null;
}

export type PlayResult = { ok: true; action: RecordAction } | { ok: false; reason: string };

export class RecordWriter {
  private current: MatchState;
  private readonly actions: RecordAction[] = [];
  private readonly years: RecordYear[] = [];
  private readonly initialDigest: string;

  constructor(private readonly header: RecordHeader) {
    if (!SCENARIO_IDS.includes(header.setupData.scenario)) throw new Error(`Unknown scenario ${header.setupData.scenario}`);
    this.current = initialMatchState(header.seed, header.setupData);
    this.initialDigest = stateDigest(this.current);
  }

  get state(): MatchState {
    return this.current;
  }

  get actionCount(): number {
    return this.actions.length;
  }

  /** Plays one move; a refused move is returned as a reason and leaves the record unchanged. */
  play(move: MoveInput, at: string): PlayResult {
    const before = this.current;
    const result = applyMove(before, move);
    if (!result.ok) return result;
    const action: RecordAction = {
      index: this.actions.length,
      year: yearOf(before.G),
      phase: before.ctx.phase as RecordAction['phase'],
      playerID: move.playerID as RecordAction['playerID'],
      seat: seatOf(move.playerID)!,
      move: move.move as RecordAction['move'],
      args: structuredClone([...move.args]) as RecordAction['args'],
      at,
      digest: stateDigest(result.state),
    };
    this.actions.push(action);
    this.current = result.state;
    for (const year of result.state.G.history.slice(this.years.length)) this.years.push(yearCheckpoint(year, action.index));
    return { ok: true, action };
  }

  /** The finished (hashed) record. `finishedAt` is used only when the game is over. */
  finish(finishedAt: string): GameRecord {
    const outcome = this.current.ctx.gameover as GameState['outcome'] | undefined;
    return withHash({
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      rulesVersion: RULES_VERSION,
      game: RECORD_GAME,
      matchID: this.header.matchID,
      createdAt: this.header.createdAt,
      finishedAt: outcome ? finishedAt : null,
      scenario: this.header.setupData.scenario,
      setupData: { ...this.header.setupData },
      seed: this.header.seed,
      seats: this.header.seats.map((s) => ({ ...s })),
      initialDigest: this.initialDigest,
      actions: [...this.actions],
      years: [...this.years],
      result: outcome ? structuredClone(outcome) : null,
      parent: this.header.parent ?? null,
      redacted: null,
    });
  }
}

/** The calendar year being played in a state. */
export const yearOf = (G: Pick<GameState, 'startYear' | 'round'>) => G.startYear + G.round - 1;

export function yearCheckpoint(year: GameState['history'][number], resolvedBy: number): RecordYear {
  return {
    year: year.year,
    event: year.event,
    resolvedBy,
    kUs: year.kUs,
    kCn: year.kCn,
    tension: year.tension,
    trust: year.trust,
    points: { ...year.points },
  };
}
