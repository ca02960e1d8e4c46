/**
 * The records layer's persistent data, in the match database file (own tables, own migrations):
 * move acceptance times, finished matches' records (stored once, served as stored) and the
 * origin of every "what if" match. All calls are synchronous better-sqlite3 statements.
 */
import type Database from 'better-sqlite3';
import type { GameRecord } from '../../src/record/index.js';
import { migrateRecords } from './migrations.js';
import type { ReplaySummary } from './summary.js';

/** A stored record: its JSON text exactly as first written, and its hash. */
export interface StoredRecord {
  readonly matchID: string;
  readonly hash: string;
  readonly json: string;
}

export interface NewStoredRecord extends StoredRecord {
  readonly finishedAt: string;
  readonly scenario: string;
  readonly winner: string;
  readonly parent: { readonly matchID: string; readonly actionIndex: number } | null;
  readonly summary: ReplaySummary;
}

/** Where a "what if" match started: its parent record and how many of its actions it kept. */
export interface ForkOrigin {
  readonly parent: GameRecord;
  readonly actionIndex: number;
}

export interface ActionTime {
  readonly matchID: string;
  /** The stateID the move was made at, i.e. its log entry's `_stateID`. */
  readonly stateID: number;
  readonly at: string;
}

/** Where a page of the replays list continues: after this record in newest-first order. */
export interface ReplayCursor {
  readonly finishedAt: string;
  readonly matchID: string;
}

type RecordRow = { match_id: string; hash: string; json: string };
type SummaryRow = { match_id: string; finished_at: string; summary: string };
type ForkRow = { parent_json: string; action_index: number };

export class RecordStore {
  private readonly statements: ReturnType<typeof prepare>;
  private readonly insertTimes: (times: readonly ActionTime[]) => void;

  constructor(private readonly db: Database.Database) {
    migrateRecords(db);
    this.statements = prepare(db);
    this.insertTimes = db.transaction((times: readonly ActionTime[]) => {
      for (const time of times) this.statements.insertTime.run(time.matchID, time.stateID, time.at);
    });
  }

  /** Stores move times, all in one transaction. A time already stored for a move is kept. */
  addActionTimes(times: readonly ActionTime[]): void {
    if (times.length > 0) this.insertTimes(times);
  }

  /** The match's move times by stateID, as recordFromMatch takes them. */
  actionTimes(matchID: string): Record<number, string> {
    const times: Record<number, string> = {};
    for (const row of this.statements.times.all(matchID)) times[row.state_id] = row.at;
    return times;
  }

  /**
   * Stores a finished match's record unless one is stored already (the first one stays: a record
   * is never rebuilt, so its hash never changes). Returns the record that is stored now.
   */
  insertRecordOnce(record: NewStoredRecord): StoredRecord {
    this.statements.insertRecord.run(
      record.matchID,
      record.hash,
      record.json,
      record.finishedAt,
      record.scenario,
      record.winner,
      record.parent?.matchID ?? null,
      record.parent?.actionIndex ?? null,
      JSON.stringify(record.summary),
      Date.now(),
    );
    return this.record(record.matchID)!;
  }

  record(matchID: string): StoredRecord | undefined {
    const row = this.statements.record.get(matchID);
    return row ? { matchID: row.match_id, hash: row.hash, json: row.json } : undefined;
  }

  hasRecord(matchID: string): boolean {
    return this.statements.hasRecord.get(matchID) !== undefined;
  }

  /** Replays list entries, newest first, after `cursor` when given. */
  summaries(limit: number, cursor?: ReplayCursor): Array<{ summary: ReplaySummary; cursor: ReplayCursor }> {
    const rows = cursor
      ? this.statements.summariesBefore.all(cursor.finishedAt, cursor.finishedAt, cursor.matchID, limit)
      : this.statements.summaries.all(limit);
    return rows.map((row) => ({
      summary: JSON.parse(row.summary) as ReplaySummary,
      cursor: { finishedAt: row.finished_at, matchID: row.match_id },
    }));
  }

  /** The list position of a stored record, for `?before=<matchID>`. */
  cursorOf(matchID: string): ReplayCursor | undefined {
    const row = this.statements.cursor.get(matchID);
    return row ? { finishedAt: row.finished_at, matchID: row.match_id } : undefined;
  }

  insertFork(matchID: string, origin: ForkOrigin): void {
    this.statements.insertFork.run(matchID, JSON.stringify(origin.parent), origin.actionIndex, Date.now());
  }

  /**
   * Forgets an unfinished match that was removed from storage: its move times and where it was
   * forked from. (Finished matches are never removed; their records stay.)
   */
  forgetMatch(matchID: string): void {
    this.db.transaction(() => {
      this.statements.deleteTimes.run(matchID);
      this.statements.deleteFork.run(matchID);
    })();
  }

  fork(matchID: string): ForkOrigin | undefined {
    const row = this.statements.fork.get(matchID);
    return row ? { parent: JSON.parse(row.parent_json) as GameRecord, actionIndex: row.action_index } : undefined;
  }
}

function prepare(db: Database.Database) {
  return {
    insertTime: db.prepare<[string, number, string]>('INSERT OR IGNORE INTO record_action_times (match_id, state_id, at) VALUES (?, ?, ?)'),
    times: db.prepare<[string], { state_id: number; at: string }>('SELECT state_id, at FROM record_action_times WHERE match_id = ?'),
    insertRecord: db.prepare<[string, string, string, string, string, string, string | null, number | null, string, number]>(`
      INSERT INTO records (match_id, hash, json, finished_at, scenario, winner, parent_match_id, parent_action_index, summary, stored_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (match_id) DO NOTHING`),
    record: db.prepare<[string], RecordRow>('SELECT match_id, hash, json FROM records WHERE match_id = ?'),
    hasRecord: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM records WHERE match_id = ?'),
    summaries: db.prepare<[number], SummaryRow>(
      'SELECT match_id, finished_at, summary FROM records ORDER BY finished_at DESC, match_id DESC LIMIT ?',
    ),
    summariesBefore: db.prepare<[string, string, string, number], SummaryRow>(`
      SELECT match_id, finished_at, summary FROM records
      WHERE finished_at < ? OR (finished_at = ? AND match_id < ?)
      ORDER BY finished_at DESC, match_id DESC LIMIT ?`),
    cursor: db.prepare<[string], { match_id: string; finished_at: string }>('SELECT match_id, finished_at FROM records WHERE match_id = ?'),
    insertFork: db.prepare<[string, string, number, number]>(
      'INSERT INTO record_forks (match_id, parent_json, action_index, created_at) VALUES (?, ?, ?, ?)',
    ),
    fork: db.prepare<[string], ForkRow>('SELECT parent_json, action_index FROM record_forks WHERE match_id = ?'),
    deleteTimes: db.prepare<[string]>('DELETE FROM record_action_times WHERE match_id = ?'),
    deleteFork: db.prepare<[string]>('DELETE FROM record_forks WHERE match_id = ?'),
  };
}
