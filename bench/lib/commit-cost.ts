/**
 * For reading the server figures: what one durable SQLite commit costs on this disk with the
 * settings our storage uses (WAL, synchronous = FULL): the floor under every stored move.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export function measureCommits(count: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-commit-'));
  const db = new Database(join(dir, 'commit.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    // About the size of a stored mid-game state.
    const body = 'x'.repeat(8_000);
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      insert.run(body);
      samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
