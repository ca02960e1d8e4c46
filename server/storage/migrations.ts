import type Database from 'better-sqlite3';

/**
 * Schema migrations for the match database.
 *
 * The schema version lives in SQLite's own `PRAGMA user_version` header field, so it is
 * read and written atomically with the schema change itself. Migration N (1-based) takes
 * a database at version N-1 to version N. Migrations are append-only: once a version has
 * shipped, never edit it — add a new one instead, because databases in the field have
 * already run the old text.
 */
export type Migration = {
  readonly description: string;
  readonly apply: (db: Database.Database) => void;
};

export const MIGRATIONS: readonly Migration[] = [
  {
    description: 'matches, states, initial states and the append-only move log',
    apply(db) {
      // No foreign keys between these tables on purpose: boardgame.io's storage contract allows
      // setState before setMetadata (InMemory's createMatch does exactly that), so each table
      // must accept rows for a match the others do not know yet. `wipe` removes all four.
      db.exec(`
        CREATE TABLE matches (
          match_id   TEXT PRIMARY KEY,
          game_name  TEXT NOT NULL,
          metadata   TEXT NOT NULL,                              -- JSON of boardgame.io Server.MatchData
          gameover   INTEGER NOT NULL CHECK (gameover IN (0, 1)), -- metadata.gameover !== undefined
          created_at INTEGER,                                    -- metadata.createdAt, epoch ms
          updated_at INTEGER                                     -- metadata.updatedAt, epoch ms
        );
        CREATE TABLE states (
          match_id TEXT PRIMARY KEY,
          state    TEXT NOT NULL,   -- JSON of the latest boardgame.io State
          state_id INTEGER NOT NULL -- state._stateID, to refuse out-of-order writes cheaply
        );
        CREATE TABLE initial_states (
          match_id TEXT PRIMARY KEY,
          state    TEXT NOT NULL
        );
        CREATE TABLE log (
          match_id TEXT NOT NULL,
          seq      INTEGER NOT NULL, -- 0-based position of the entry in the match's log
          entry    TEXT NOT NULL,    -- JSON of one boardgame.io LogEntry
          PRIMARY KEY (match_id, seq)
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    description: 'indexes for the lobby match list filters and the finished-matches (replays) list',
    apply(db) {
      db.exec(`
        CREATE INDEX matches_by_game_and_update ON matches (game_name, updated_at);
        CREATE INDEX matches_by_gameover_and_update ON matches (gameover, updated_at);
      `);
    },
  },
  {
    description: 'when a person first joined each match (retention), and the open list newest first',
    apply(db) {
      // A match made before this column existed counts as joined if any seat has a name: the
      // retention sweep must not take a game people are in for one nobody joined.
      db.exec(`
        ALTER TABLE matches ADD COLUMN person_joined_at INTEGER;  -- epoch ms of the first Lobby join; NULL: nobody yet
        UPDATE matches SET person_joined_at = COALESCE(updated_at, created_at, 0)
          WHERE EXISTS (SELECT 1 FROM json_each(metadata, '$.players') WHERE json_extract(value, '$.name') IS NOT NULL);
        CREATE INDEX matches_by_game_and_creation ON matches (game_name, gameover, created_at);
        CREATE INDEX matches_by_gameover_and_creation ON matches (gameover, created_at);
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Thrown when the file was written by newer code whose schema this build cannot know. */
export class SchemaTooNewError extends Error {
  constructor(file: string, fileVersion: number, knownVersion: number) {
    super(
      `Database ${file} has schema version ${fileVersion}, but this server only knows versions up to ` +
        `${knownVersion}. It was written by a newer build; refusing to open it rather than risk ` +
        `corrupting it. Run the newer server, or point this one at a different database file.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings `db` up to the last of `migrations`, running only the missing ones, all inside one
 * IMMEDIATE transaction: a failure leaves the file exactly at its old version, and a second
 * process opening the same file at the same moment waits instead of migrating twice.
 * `migrations` is a parameter so tests can build a database at an intermediate version.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const upgrade = db.transaction(() => {
    // Read inside the transaction: another process may have migrated while we waited for the lock.
    const current = readSchemaVersion(db);
    if (current > migrations.length) {
      throw new SchemaTooNewError(file, current, migrations.length);
    }
    for (let version = current + 1; version <= migrations.length; version++) {
      migrations[version - 1]!.apply(db);
      db.pragma(`user_version = ${version}`);
    }
  });
  upgrade.immediate();
}
