import type Database from 'better-sqlite3';

/**
 * Schema of the records layer's own tables, kept in the same SQLite file as the match storage
 * and the seats tables: when each move was accepted, the finished matches' records, and where
 * each "what if" match was forked from.
 *
 * The storage adapter versions its tables with `PRAGMA user_version` and the seats layer with
 * `seats_schema_version`; this layer keeps its own version in the one-row table
 * `records_schema_version`. Migration N (1-based) takes the records schema from version N-1 to
 * N. Append-only: never edit a shipped migration, add a new one.
 */
export type RecordsMigration = {
  readonly description: string;
  readonly apply: (db: Database.Database) => void;
};

export const RECORDS_MIGRATIONS: readonly RecordsMigration[] = [
  {
    description: 'move acceptance times, stored records of finished matches, fork origins',
    apply(db) {
      db.exec(`
        CREATE TABLE record_action_times (
          match_id TEXT NOT NULL,
          state_id INTEGER NOT NULL,                -- the stateID the move was made at (its log entry's _stateID)
          at       TEXT NOT NULL,                   -- ISO 8601: when the server stored the move
          PRIMARY KEY (match_id, state_id)
        ) WITHOUT ROWID;
        CREATE TABLE records (
          match_id            TEXT PRIMARY KEY,
          hash                TEXT NOT NULL,        -- the record's own hash field
          json                TEXT NOT NULL,        -- the record, served byte for byte as stored
          finished_at         TEXT NOT NULL,        -- ISO 8601, the record's finishedAt
          scenario            TEXT NOT NULL,
          winner              TEXT NOT NULL,        -- seat
          parent_match_id     TEXT,                 -- a "what if" match: the record it forked from
          parent_action_index INTEGER,
          summary             TEXT NOT NULL,        -- JSON of its /api/replays list entry
          stored_at           INTEGER NOT NULL      -- epoch ms
        );
        CREATE INDEX records_newest_first ON records (finished_at DESC, match_id DESC);
        CREATE TABLE record_forks (
          match_id     TEXT PRIMARY KEY,            -- the "what if" match
          parent_json  TEXT NOT NULL,               -- the verified parent record it started from
          action_index INTEGER NOT NULL,            -- the parent's actions it started after
          created_at   INTEGER NOT NULL             -- epoch ms
        );
      `);
    },
  },
];

export const LATEST_RECORDS_SCHEMA_VERSION = RECORDS_MIGRATIONS.length;

export function readRecordsSchemaVersion(db: Database.Database): number {
  const table = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'records_schema_version'")
    .get();
  if (!table) return 0;
  return db.prepare<[], { version: number }>('SELECT version FROM records_schema_version').get()?.version ?? 0;
}

/**
 * Brings the records tables up to the latest version, running only the missing migrations, in
 * one IMMEDIATE transaction (a failure leaves the file at its old version; a second process
 * waits). Refuses a file written by a newer records schema.
 */
export function migrateRecords(db: Database.Database, migrations: readonly RecordsMigration[] = RECORDS_MIGRATIONS): void {
  const upgrade = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS records_schema_version (version INTEGER NOT NULL)');
    const current = readRecordsSchemaVersion(db);
    if (current > migrations.length) {
      throw new Error(
        `The records tables have schema version ${current}, newer than this server knows (${migrations.length}); ` +
          'refusing to use them. Run the newer server or use another DATA_DIR.',
      );
    }
    for (let version = current + 1; version <= migrations.length; version++) {
      migrations[version - 1]!.apply(db);
    }
    db.exec('DELETE FROM records_schema_version');
    db.prepare('INSERT INTO records_schema_version (version) VALUES (?)').run(migrations.length);
  });
  upgrade.immediate();
}
