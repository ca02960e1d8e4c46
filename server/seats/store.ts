import type Database from 'better-sqlite3';
import type { BotStyle } from '../../src/bots/index.js';
import type { ScenarioId } from '../../src/game/index.js';
import { migrateSeats } from './migrations.js';

/** Who plays a seat: a person through a socket, or a server bot of a given style. */
export type SeatController = { readonly kind: 'human' } | { readonly kind: 'bot'; readonly style: BotStyle };

/** A match created through POST /api/matches. */
export interface SeatMatch {
  readonly matchID: string;
  readonly code: string;
  readonly scenario: ScenarioId;
  readonly rounds: number;
  readonly autoBot: boolean;
  readonly finished: boolean;
  readonly createdAt: number;
}

/** A match's turn timer as stored: absolute times, so a restart can re-arm it. */
export interface TimerRecord {
  readonly matchID: string;
  readonly seconds: number;
  /** The phase the deadline belongs to ('<round>:<phase>'); null before the first phase is seen. */
  readonly phaseKey: string | null;
  /** Epoch ms; null while paused (or before the first phase). */
  readonly deadline: number | null;
  /** Time left when paused. */
  readonly remainingMs: number | null;
  readonly paused: boolean;
}

export interface NewSeatMatch extends Omit<SeatMatch, 'finished'> {
  readonly hostTokenHash: string;
  readonly controllers: readonly SeatController[];
  readonly timerSeconds: number | null;
}

type MatchRow = {
  match_id: string;
  code: string;
  scenario: string;
  rounds: number;
  auto_bot: number;
  finished: number;
  created_at: number;
};
type ControllerRow = { player_id: string; kind: 'human' | 'bot'; style: string | null };
type TimerRow = {
  match_id: string;
  seconds: number;
  phase_key: string | null;
  deadline: number | null;
  remaining_ms: number | null;
  paused: number;
};

/**
 * The seats layer's persistent records, in the match database file (own tables, own migrations).
 * All calls are synchronous better-sqlite3 statements; each write commits on its own, so nothing
 * acknowledged by an /api answer is lost on restart.
 */
export class SeatStore {
  private readonly statements: ReturnType<typeof prepare>;

  constructor(private readonly db: Database.Database) {
    migrateSeats(db);
    this.statements = prepare(db);
  }

  /** Stores a new match with its four seat controllers and its timer, all or nothing. */
  insertMatch(match: NewSeatMatch): void {
    this.db.transaction(() => {
      const s = this.statements;
      s.insertMatch.run(match.matchID, match.code, match.hostTokenHash, match.scenario, match.rounds, match.autoBot ? 1 : 0, match.createdAt);
      match.controllers.forEach((controller, index) => {
        s.upsertController.run(match.matchID, String(index), controller.kind, controller.kind === 'bot' ? controller.style : null);
      });
      if (match.timerSeconds !== null) s.insertTimer.run(match.matchID, match.timerSeconds);
    })();
  }

  isCodeTaken(code: string): boolean {
    return this.statements.matchByCode.get(code) !== undefined;
  }

  match(matchID: string): SeatMatch | undefined {
    const row = this.statements.match.get(matchID);
    return row ? toMatch(row) : undefined;
  }

  matchIDForCode(code: string): string | undefined {
    return this.statements.matchByCode.get(code)?.match_id;
  }

  hostTokenHash(matchID: string): string | undefined {
    return this.statements.hostTokenHash.get(matchID)?.host_token_hash;
  }

  /** Unfinished matches, oldest first. */
  unfinishedMatches(): SeatMatch[] {
    return this.statements.unfinished.all().map(toMatch);
  }

  markFinished(matchID: string): void {
    this.statements.markFinished.run(matchID);
  }

  /** Forgets a match that was removed from storage: its code, host token, controllers and timer. */
  deleteMatch(matchID: string): void {
    this.db.transaction(() => {
      const s = this.statements;
      s.deleteTimer.run(matchID);
      s.deleteControllers.run(matchID);
      s.deleteMatch.run(matchID);
    })();
  }

  /** The four controllers, indexed by playerID ('0'..'3'). */
  controllers(matchID: string): SeatController[] {
    const controllers: SeatController[] = [];
    for (const row of this.statements.controllers.all(matchID)) {
      controllers[Number(row.player_id)] = row.kind === 'bot' ? { kind: 'bot', style: row.style as BotStyle } : { kind: 'human' };
    }
    return controllers;
  }

  setController(matchID: string, playerID: string, controller: SeatController): void {
    this.statements.upsertController.run(matchID, playerID, controller.kind, controller.kind === 'bot' ? controller.style : null);
  }

  timer(matchID: string): TimerRecord | undefined {
    const row = this.statements.timer.get(matchID);
    return row ? toTimer(row) : undefined;
  }

  saveTimer(timer: TimerRecord): void {
    this.statements.updateTimer.run(timer.phaseKey, timer.deadline, timer.remainingMs, timer.paused ? 1 : 0, timer.matchID);
  }
}

function toMatch(row: MatchRow): SeatMatch {
  return {
    matchID: row.match_id,
    code: row.code,
    scenario: row.scenario as ScenarioId,
    rounds: row.rounds,
    autoBot: row.auto_bot === 1,
    finished: row.finished === 1,
    createdAt: row.created_at,
  };
}

function toTimer(row: TimerRow): TimerRecord {
  return {
    matchID: row.match_id,
    seconds: row.seconds,
    phaseKey: row.phase_key,
    deadline: row.deadline,
    remainingMs: row.remaining_ms,
    paused: row.paused === 1,
  };
}

const MATCH_COLUMNS = 'match_id, code, scenario, rounds, auto_bot, finished, created_at';

function prepare(db: Database.Database) {
  return {
    insertMatch: db.prepare<[string, string, string, string, number, number, number]>(
      'INSERT INTO seat_matches (match_id, code, host_token_hash, scenario, rounds, auto_bot, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    match: db.prepare<[string], MatchRow>(`SELECT ${MATCH_COLUMNS} FROM seat_matches WHERE match_id = ?`),
    matchByCode: db.prepare<[string], { match_id: string }>('SELECT match_id FROM seat_matches WHERE code = ?'),
    hostTokenHash: db.prepare<[string], { host_token_hash: string }>('SELECT host_token_hash FROM seat_matches WHERE match_id = ?'),
    unfinished: db.prepare<[], MatchRow>(`SELECT ${MATCH_COLUMNS} FROM seat_matches WHERE finished = 0 ORDER BY created_at, rowid`),
    markFinished: db.prepare<[string]>('UPDATE seat_matches SET finished = 1 WHERE match_id = ?'),
    deleteMatch: db.prepare<[string]>('DELETE FROM seat_matches WHERE match_id = ?'),
    deleteControllers: db.prepare<[string]>('DELETE FROM seat_controllers WHERE match_id = ?'),
    deleteTimer: db.prepare<[string]>('DELETE FROM seat_timers WHERE match_id = ?'),
    controllers: db.prepare<[string], ControllerRow>('SELECT player_id, kind, style FROM seat_controllers WHERE match_id = ?'),
    upsertController: db.prepare<[string, string, string, string | null]>(`
      INSERT INTO seat_controllers (match_id, player_id, kind, style) VALUES (?, ?, ?, ?)
      ON CONFLICT (match_id, player_id) DO UPDATE SET kind = excluded.kind, style = excluded.style`),
    insertTimer: db.prepare<[string, number]>('INSERT INTO seat_timers (match_id, seconds) VALUES (?, ?)'),
    timer: db.prepare<[string], TimerRow>('SELECT match_id, seconds, phase_key, deadline, remaining_ms, paused FROM seat_timers WHERE match_id = ?'),
    updateTimer: db.prepare<[string | null, number | null, number | null, number, string]>(
      'UPDATE seat_timers SET phase_key = ?, deadline = ?, remaining_ms = ?, paused = ? WHERE match_id = ?',
    ),
  };
}
