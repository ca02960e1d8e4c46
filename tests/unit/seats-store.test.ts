import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SEATS_SCHEMA_VERSION, migrateSeats, readSeatsSchemaVersion, SEATS_MIGRATIONS } from '../../server/seats/migrations.js';
import { SeatStore, type NewSeatMatch } from '../../server/seats/store.js';
import { readSchemaVersion } from '../../server/storage/migrations.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';

let dir: string;
let file: string;
const open: SqliteStorage[] = [];

function openStorage(): SqliteStorage {
  const storage = new SqliteStorage({ file });
  open.push(storage);
  return storage;
}

const match = (overrides: Partial<NewSeatMatch> = {}): NewSeatMatch => ({
  matchID: 'm1',
  code: 'ABCDEF',
  hostTokenHash: 'f'.repeat(64),
  scenario: 'embargo',
  rounds: 6,
  autoBot: true,
  createdAt: 1_000,
  controllers: [{ kind: 'bot', style: 'hawk' }, { kind: 'human' }, { kind: 'bot', style: 'buyer' }, { kind: 'human' }],
  timerSeconds: 60,
  ...overrides,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seats-store-'));
  file = join(dir, 'compute-race.sqlite');
});

afterEach(() => {
  for (const storage of open.splice(0)) storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seats store', () => {
  it('creates its tables beside the storage tables without touching their version', () => {
    const storage = openStorage();
    const storageVersion = readSchemaVersion(storage.database);
    new SeatStore(storage.database);
    expect(readSeatsSchemaVersion(storage.database)).toBe(LATEST_SEATS_SCHEMA_VERSION);
    expect(readSchemaVersion(storage.database)).toBe(storageVersion);
  });

  it('migrating again (a restart) keeps every record', () => {
    const first = openStorage();
    new SeatStore(first.database).insertMatch(match());
    first.close();
    const store = new SeatStore(openStorage().database);
    expect(store.match('m1')).toEqual({
      matchID: 'm1',
      code: 'ABCDEF',
      scenario: 'embargo',
      rounds: 6,
      autoBot: true,
      finished: false,
      createdAt: 1_000,
    });
    expect(store.controllers('m1')).toEqual(match().controllers);
  });

  it('refuses a seats schema newer than it knows, leaving the file as it was', () => {
    const storage = openStorage();
    migrateSeats(storage.database, [...SEATS_MIGRATIONS, { description: 'future', apply: (db) => db.exec('CREATE TABLE future (x)') }]);
    expect(() => new SeatStore(storage.database)).toThrow(/newer than this server knows/);
    expect(readSeatsSchemaVersion(storage.database)).toBe(SEATS_MIGRATIONS.length + 1);
  });

  it('finds matches by code and keeps only the host token hash', () => {
    const store = new SeatStore(openStorage().database);
    store.insertMatch(match());
    expect(store.isCodeTaken('ABCDEF')).toBe(true);
    expect(store.isCodeTaken('ABCDEG')).toBe(false);
    expect(store.matchIDForCode('ABCDEF')).toBe('m1');
    expect(store.hostTokenHash('m1')).toBe('f'.repeat(64));
    // A second match with the same code is refused and leaves nothing behind.
    expect(() => store.insertMatch(match({ matchID: 'm2' }))).toThrow(/UNIQUE/);
    expect(store.match('m2')).toBeUndefined();
    expect(store.controllers('m2')).toEqual([]);
  });

  it('changes seat controllers and lists only unfinished matches', () => {
    const store = new SeatStore(openStorage().database);
    store.insertMatch(match());
    store.insertMatch(match({ matchID: 'm2', code: 'BCDEFG', createdAt: 2_000, timerSeconds: null }));
    store.setController('m1', '1', { kind: 'bot', style: 'lobbyist' });
    store.setController('m1', '0', { kind: 'human' });
    expect(store.controllers('m1')).toEqual([
      { kind: 'human' },
      { kind: 'bot', style: 'lobbyist' },
      { kind: 'bot', style: 'buyer' },
      { kind: 'human' },
    ]);
    store.markFinished('m1');
    expect(store.unfinishedMatches().map((m) => m.matchID)).toEqual(['m2']);
  });

  it('stores timers with absolute deadlines that survive a reopen', () => {
    const first = openStorage();
    const store = new SeatStore(first.database);
    store.insertMatch(match());
    expect(store.timer('m1')).toEqual({ matchID: 'm1', seconds: 60, phaseKey: null, deadline: null, remainingMs: null, paused: false });
    store.saveTimer({ matchID: 'm1', seconds: 60, phaseKey: '2:orders', deadline: 1_234_567, remainingMs: null, paused: false });
    first.close();
    expect(new SeatStore(openStorage().database).timer('m1')).toEqual({
      matchID: 'm1',
      seconds: 60,
      phaseKey: '2:orders',
      deadline: 1_234_567,
      remainingMs: null,
      paused: false,
    });
  });

  it('a match without a timer has none', () => {
    const store = new SeatStore(openStorage().database);
    store.insertMatch(match({ timerSeconds: null }));
    expect(store.timer('m1')).toBeUndefined();
  });
});
