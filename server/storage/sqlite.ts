import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import type * as BoardgameInternal from 'boardgame.io/internal';
import { migrate } from './migrations.js';
import { SameTickTransaction } from './same-tick-transaction.js';

// boardgame.io's `boardgame.io/internal` is a proxy folder, which Node's ESM loader cannot
// import, and its dist/cjs files carry no type declarations. So: load the CommonJS build with
// require (one module instance, whether we run under tsx or vitest) and type it with the
// proxy folder's declarations.
const { Async } = createRequire(import.meta.url)(
  'boardgame.io/dist/cjs/internal.js',
) as typeof BoardgameInternal;

export type SqliteStorageOptions = {
  /** Path of the database file; missing parent directories are created. */
  readonly file: string;
};

/** A match with its metadata, as the lists (finished matches, the Lobby's open list) give it. */
export type ListedMatch = {
  readonly matchID: string;
  readonly metadata: Server.MatchData;
};

type StateRow = { state: string };
type StateIdRow = { state_id: number };
type MetadataRow = { metadata: string };
type EntryRow = { entry: string };
type MatchIdRow = { match_id: string };
type FinishedRow = { match_id: string; metadata: string };

/** Filters of the Lobby's open list (boardgame.io's own query parameters). */
export type OpenListFilter = {
  readonly updatedBefore?: number | undefined;
  readonly updatedAfter?: number | undefined;
};

/** Which unfinished matches the retention sweep removes (epoch ms thresholds). */
export type RemovalThresholds = {
  /** No move (metadata.updatedAt) since this time. */
  readonly idleSince: number;
  /** Created before this time and no person ever joined. */
  readonly unjoinedSince: number;
};

/**
 * boardgame.io storage backed by one SQLite file (better-sqlite3).
 *
 * Durability: WAL journal with `synchronous = FULL`, so every committed transaction is fsynced
 * before the promise of the write that produced it resolves; a move whose `setState` has
 * resolved survives `kill -9` and power loss. Writes issued in the same tick share one
 * transaction (see SameTickTransaction), which is what makes boardgame.io's setState +
 * setMetadata pair for a move atomic.
 *
 * The log is append-only: `setState` inserts the deltalog entries after the existing ones and
 * never rewrites earlier entries.
 */
export class SqliteStorage extends Async {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly writes: SameTickTransaction;
  private readonly statements: Statements;
  // listMatches builds its WHERE clause from the filters present (so SQLite can use the
  // indexes); each distinct clause is prepared once and reused.
  private readonly listStatements = new Map<string, Database.Statement<unknown[], MatchIdRow>>();

  /**
   * Opens (creating if needed) and migrates the database. Throws SchemaTooNewError when the
   * file was written by a newer schema than this code knows.
   */
  constructor({ file }: SqliteStorageOptions) {
    super();
    this.file = file;
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    try {
      this.configure();
      migrate(this.db, file);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.writes = new SameTickTransaction(this.db);
    this.statements = prepareStatements(this.db);
  }

  private configure(): void {
    // Another process (a migration, a backup, the crash test's reader) may briefly hold the lock.
    this.db.pragma('busy_timeout = 5000');
    const journalMode = this.db.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal') {
      throw new Error(`SQLite refused WAL mode for ${this.file} (journal_mode is ${String(journalMode)})`);
    }
    // FULL: fsync the WAL on every commit. NORMAL would be faster but could lose the last
    // acknowledged moves on power loss.
    this.db.pragma('synchronous = FULL');
  }

  /**
   * The raw better-sqlite3 connection, for server plugins that keep their own tables in the same
   * file (server/seats). They must create their tables with their own migrations and must not
   * touch this adapter's tables.
   */
  get database(): Database.Database {
    return this.db;
  }

  /** The database is opened by the constructor, so that an unusable file fails at startup. */
  override async connect(): Promise<void> {}

  /**
   * Stores the initial state (also as the current state) and the metadata of a new match.
   * Reusing a matchID replaces the old match entirely, log included, so the log always
   * starts from this initial state.
   */
  override createMatch(matchID: string, { initialState, metadata }: StorageAPI.CreateMatchOpts): Promise<void> {
    return this.writes.run(() => {
      this.statements.deleteLog.run(matchID);
      this.statements.upsertInitialState.run(matchID, JSON.stringify(initialState));
      this.statements.upsertState.run(matchID, JSON.stringify(initialState), initialState._stateID);
      this.writeMetadata(matchID, metadata);
    });
  }

  /**
   * Replaces the match's current state and appends `deltalog` to its log, atomically.
   *
   * A state OLDER than the stored one (smaller `_stateID`) is ignored together with its
   * deltalog: it can only come from an out-of-order write, and storing it would roll the match
   * back while its log entries would land after newer ones. An EQUAL `_stateID` is written:
   * boardgame.io re-saves the same version after rejected moves and plugin actions, and the
   * latest such write is the one clients were sent.
   */
  override setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    return this.writes.run(() => {
      const stored = this.statements.selectStateId.get(matchID);
      if (stored !== undefined && state._stateID < stored.state_id) return;
      this.statements.upsertState.run(matchID, JSON.stringify(state), state._stateID);
      for (const entry of deltalog ?? []) {
        this.statements.appendLogEntry.run(matchID, matchID, JSON.stringify(entry));
      }
    });
  }

  override setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    return this.writes.run(() => this.writeMetadata(matchID, metadata));
  }

  private writeMetadata(matchID: string, metadata: Server.MatchData): void {
    this.statements.upsertMatch.run(
      matchID,
      metadata.gameName,
      JSON.stringify(metadata),
      // boardgame.io's own test for "is over" (InMemory, FlatFile): the key is present.
      metadata.gameover !== undefined ? 1 : 0,
      metadata.createdAt ?? null,
      metadata.updatedAt ?? null,
    );
  }

  /**
   * Returns the requested parts of a match. Missing parts are `undefined`, except the log,
   * which is `[]` for an unknown match (as in boardgame.io's InMemory).
   */
  override async fetch<O extends StorageAPI.FetchOpts>(
    matchID: string,
    opts: O,
  ): Promise<StorageAPI.FetchResult<O>> {
    this.writes.flush();
    const result: Partial<StorageAPI.FetchFields> = {};
    if (opts.state) result.state = parseOptional<State>(this.statements.selectState.get(matchID)?.state);
    if (opts.metadata) {
      result.metadata = parseOptional<Server.MatchData>(this.statements.selectMetadata.get(matchID)?.metadata);
    }
    if (opts.log) result.log = this.readLog(matchID);
    if (opts.initialState) {
      result.initialState = parseOptional<State>(this.statements.selectInitialState.get(matchID)?.state);
    }
    return result as StorageAPI.FetchResult<O>;
  }

  /** Removes every trace of the match: metadata, state, initial state and log. */
  override wipe(matchID: string): Promise<void> {
    return this.writes.run(() => {
      this.statements.deleteLog.run(matchID);
      this.statements.deleteInitialState.run(matchID);
      this.statements.deleteState.run(matchID);
      this.statements.deleteMatch.run(matchID);
    });
  }

  /**
   * Match IDs in creation order, filtered exactly like boardgame.io's InMemory storage:
   * `gameName` must equal; `isGameover` compares with "metadata has a gameover key";
   * `updatedBefore` keeps updatedAt < value and `updatedAfter` keeps updatedAt > value, where
   * a match without updatedAt passes both (JS `undefined >= n` is false).
   */
  override async listMatches(opts?: StorageAPI.ListMatchesOpts): Promise<string[]> {
    this.writes.flush();
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (opts?.gameName !== undefined) {
      conditions.push('game_name = ?');
      params.push(opts.gameName);
    }
    const where = opts?.where;
    if (where?.isGameover !== undefined) {
      conditions.push('gameover = ?');
      params.push(where.isGameover ? 1 : 0);
    }
    if (where?.updatedBefore !== undefined) {
      conditions.push('(updated_at IS NULL OR updated_at < ?)');
      params.push(where.updatedBefore);
    }
    if (where?.updatedAfter !== undefined) {
      conditions.push('(updated_at IS NULL OR updated_at > ?)');
      params.push(where.updatedAfter);
    }
    const whereClause = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const sql = `SELECT match_id FROM matches ${whereClause} ORDER BY rowid`;
    let statement = this.listStatements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare<unknown[], MatchIdRow>(sql);
      this.listStatements.set(sql, statement);
    }
    return statement.all(...params).map((row) => row.match_id);
  }

  /**
   * The Lobby's list: listed (not private), unfinished matches with at least one seat nobody
   * holds, newest first, at most `limit`, with their metadata. One query, however many matches
   * the file holds.
   */
  listOpenMatches(gameName: string, limit: number, filter: OpenListFilter = {}): ListedMatch[] {
    this.writes.flush();
    const rows = this.statements.selectOpen.all(
      gameName,
      filter.updatedBefore ?? null,
      filter.updatedBefore ?? null,
      filter.updatedAfter ?? null,
      filter.updatedAfter ?? null,
      limit,
    );
    return rows.map((row) => ({ matchID: row.match_id, metadata: JSON.parse(row.metadata) as Server.MatchData }));
  }

  /** Notes that a person took a seat (the Lobby's join); the first time is kept. */
  notePersonJoined(matchID: string, at: number): Promise<void> {
    return this.writes.run(() => {
      this.statements.notePersonJoined.run(at, matchID);
    });
  }

  /** Unfinished matches the retention sweep removes: idle too long, or never joined by a person. */
  matchesToRemove({ idleSince, unjoinedSince }: RemovalThresholds): string[] {
    this.writes.flush();
    return this.statements.selectToRemove.all(idleSince, unjoinedSince).map((row) => row.match_id);
  }

  /** Whether the sweep would still remove this match (checked again right before removing it). */
  isDueForRemoval(matchID: string, { idleSince, unjoinedSince }: RemovalThresholds): boolean {
    this.writes.flush();
    return this.statements.isDueForRemoval.get(matchID, idleSince, unjoinedSince) !== undefined;
  }

  /** The match's full log, oldest entry first; `[]` for an unknown match. */
  getLog(matchID: string): LogEntry[] {
    this.writes.flush();
    return this.readLog(matchID);
  }

  private readLog(matchID: string): LogEntry[] {
    return this.statements.selectLog.all(matchID).map((row) => JSON.parse(row.entry) as LogEntry);
  }

  /**
   * Finished matches (metadata has `gameover`), most recently updated first — the match that
   * ended last comes first, since boardgame.io stops updating metadata once a match is over.
   * `limit` caps the number returned; omit it for all.
   */
  listFinished(limit?: number): ListedMatch[] {
    this.writes.flush();
    // SQLite treats a negative LIMIT as "no limit".
    return this.statements.selectFinished.all(limit ?? -1).map((row) => ({
      matchID: row.match_id,
      metadata: JSON.parse(row.metadata) as Server.MatchData,
    }));
  }

  /** Number of matches that have metadata (i.e. that the lobby knows about). */
  countMatches(): number {
    this.writes.flush();
    return this.statements.countMatches.get()!.count;
  }

  /** Commits pending writes and closes the file. Later writes reject; later reads throw. */
  close(): void {
    if (!this.db.open) return;
    this.writes.close();
    this.db.close();
  }
}

type Statements = ReturnType<typeof prepareStatements>;

/** Unfinished, and no move since ?, or nobody joined and created before ? (RemovalThresholds). */
const DUE_FOR_REMOVAL = `gameover = 0
  AND (COALESCE(updated_at, created_at, 0) < ? OR (person_joined_at IS NULL AND COALESCE(created_at, 0) < ?))`;

/** Every fixed statement, prepared once per connection (preparing costs more than running). */
function prepareStatements(db: Database.Database) {
  return {
    upsertMatch: db.prepare<[string, string, string, number, number | null, number | null]>(`
      INSERT INTO matches (match_id, game_name, metadata, gameover, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (match_id) DO UPDATE SET
        game_name = excluded.game_name, metadata = excluded.metadata, gameover = excluded.gameover,
        created_at = excluded.created_at, updated_at = excluded.updated_at`),
    upsertState: db.prepare<[string, string, number]>(`
      INSERT INTO states (match_id, state, state_id) VALUES (?, ?, ?)
      ON CONFLICT (match_id) DO UPDATE SET state = excluded.state, state_id = excluded.state_id`),
    upsertInitialState: db.prepare<[string, string]>(`
      INSERT INTO initial_states (match_id, state) VALUES (?, ?)
      ON CONFLICT (match_id) DO UPDATE SET state = excluded.state`),
    appendLogEntry: db.prepare<[string, string, string]>(`
      INSERT INTO log (match_id, seq, entry)
      VALUES (?, (SELECT COALESCE(MAX(seq) + 1, 0) FROM log WHERE match_id = ?), ?)`),
    selectState: db.prepare<[string], StateRow>('SELECT state FROM states WHERE match_id = ?'),
    selectStateId: db.prepare<[string], StateIdRow>('SELECT state_id FROM states WHERE match_id = ?'),
    selectInitialState: db.prepare<[string], StateRow>('SELECT state FROM initial_states WHERE match_id = ?'),
    selectMetadata: db.prepare<[string], MetadataRow>('SELECT metadata FROM matches WHERE match_id = ?'),
    selectLog: db.prepare<[string], EntryRow>('SELECT entry FROM log WHERE match_id = ? ORDER BY seq'),
    selectFinished: db.prepare<[number], FinishedRow>(`
      SELECT match_id, metadata FROM matches WHERE gameover = 1
      ORDER BY updated_at DESC, rowid DESC LIMIT ?`),
    countMatches: db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM matches'),
    // `unlisted` is boardgame.io's flag for a private match; a seat is free while it has no name.
    selectOpen: db.prepare<[string, number | null, number | null, number | null, number | null, number], FinishedRow>(`
      SELECT match_id, metadata FROM matches
      WHERE game_name = ? AND gameover = 0
        AND COALESCE(json_extract(metadata, '$.unlisted'), 0) = 0
        AND EXISTS (SELECT 1 FROM json_each(metadata, '$.players') WHERE json_extract(value, '$.name') IS NULL)
        AND (? IS NULL OR updated_at < ?) AND (? IS NULL OR updated_at > ?)
      ORDER BY created_at DESC, rowid DESC LIMIT ?`),
    notePersonJoined: db.prepare<[number, string]>(
      'UPDATE matches SET person_joined_at = COALESCE(person_joined_at, ?) WHERE match_id = ?',
    ),
    selectToRemove: db.prepare<[number, number], MatchIdRow>(`SELECT match_id FROM matches WHERE ${DUE_FOR_REMOVAL}`),
    isDueForRemoval: db.prepare<[string, number, number], MatchIdRow>(
      `SELECT match_id FROM matches WHERE match_id = ? AND ${DUE_FOR_REMOVAL}`,
    ),
    deleteMatch: db.prepare<[string]>('DELETE FROM matches WHERE match_id = ?'),
    deleteState: db.prepare<[string]>('DELETE FROM states WHERE match_id = ?'),
    deleteInitialState: db.prepare<[string]>('DELETE FROM initial_states WHERE match_id = ?'),
    deleteLog: db.prepare<[string]>('DELETE FROM log WHERE match_id = ?'),
  };
}

function parseOptional<T>(json: string | undefined): T | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as T);
}
