import type Database from 'better-sqlite3';

/**
 * Schema of the seats layer's own tables (who controls each seat, short codes, host tokens,
 * turn timers), kept in the same SQLite file as the match storage.
 *
 * The storage adapter versions ITS tables with `PRAGMA user_version`; this layer must not touch
 * that, so it keeps its own version in the one-row table `seats_schema_version`. Migration N
 * (1-based) takes the seats schema from version N-1 to N. Append-only: never edit a shipped
 * migration, add a new one.
 */
export type SeatsMigration = {
  readonly description: string;
  readonly apply: (db: Database.Database) => void;
};

export const SEATS_MIGRATIONS: readonly SeatsMigration[] = [
  {
    description: 'matches created through /api, seat controllers and turn timers',
    apply(db) {
      db.exec(`
        CREATE TABLE seat_matches (
          match_id        TEXT PRIMARY KEY,
          code            TEXT NOT NULL UNIQUE,      -- 6-char short code for sharing
          host_token_hash TEXT NOT NULL,             -- sha256 of the host token (the token itself is never stored)
          scenario        TEXT NOT NULL,
          rounds          INTEGER NOT NULL,
          auto_bot        INTEGER NOT NULL CHECK (auto_bot IN (0, 1)), -- hand a long-disconnected seat to a bot
          finished        INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
          created_at      INTEGER NOT NULL           -- epoch ms
        );
        CREATE TABLE seat_controllers (
          match_id  TEXT NOT NULL,
          player_id TEXT NOT NULL,
          kind      TEXT NOT NULL CHECK (kind IN ('human', 'bot')),
          style     TEXT,                            -- bot style while kind = 'bot'
          PRIMARY KEY (match_id, player_id)
        ) WITHOUT ROWID;
        CREATE TABLE seat_timers (
          match_id     TEXT PRIMARY KEY,
          seconds      INTEGER NOT NULL,             -- length of each phase's deadline
          phase_key    TEXT,                         -- the phase the deadline belongs to ('<round>:<phase>')
          deadline     INTEGER,                      -- epoch ms; null while paused or before the first phase
          remaining_ms INTEGER,                      -- time left, kept while paused
          paused       INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
        );
        CREATE INDEX seat_matches_unfinished ON seat_matches (finished);
      `);
    },
  },
];

export const LATEST_SEATS_SCHEMA_VERSION = SEATS_MIGRATIONS.length;

export function readSeatsSchemaVersion(db: Database.Database): number {
  const table = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'seats_schema_version'")
    .get();
  if (!table) return 0;
  return db.prepare<[], { version: number }>('SELECT version FROM seats_schema_version').get()?.version ?? 0;
}

/**
 * Brings the seats tables up to the latest version, running only the missing migrations, in one
 * IMMEDIATE transaction (a failure leaves the file at its old version; a second process waits).
 * Refuses a file written by a newer seats schema.
 */
export function migrateSeats(db: Database.Database, migrations: readonly SeatsMigration[] = SEATS_MIGRATIONS): void {
  const upgrade = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS seats_schema_version (version INTEGER NOT NULL)');
    const current = readSeatsSchemaVersion(db);
    if (current > migrations.length) {
      throw new Error(
        `The seats tables have schema version ${current}, newer than this server knows (${migrations.length}); ` +
          'refusing to use them. Run the newer server or use another DATA_DIR.',
      );
    }
    for (let version = current + 1; version <= migrations.length; version++) {
      migrations[version - 1]!.apply(db);
    }
    db.exec('DELETE FROM seats_schema_version');
    db.prepare('INSERT INTO seats_schema_version (version) VALUES (?)').run(migrations.length);
  });
  upgrade.immediate();
}
