import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Game, LogEntry, Server as ServerTypes, State } from 'boardgame.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  SchemaTooNewError,
  migrate,
  readSchemaVersion,
} from '../../server/storage/migrations.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { Client, Server, SocketIO } from './helpers/boardgame-io.js';
import { createMoveRunner, type PersistedMove } from './helpers/move-runner.js';
import { makeTempDirectory } from './helpers/temp-directory.js';

/** Two players take turns writing a number; after four marks the game is over. */
type TallyState = { marks: Array<{ playerID: string; value: number }> };
const TallyGame: Game<TallyState> = {
  name: 'tally',
  minPlayers: 2,
  maxPlayers: 2,
  setup: () => ({ marks: [] }),
  turn: { minMoves: 1, maxMoves: 1 },
  moves: {
    mark: ({ G, playerID }, value: number) => {
      G.marks.push({ playerID, value });
    },
  },
  endIf: ({ G }) =>
    G.marks.length >= 4 ? { total: G.marks.reduce((sum, mark) => sum + mark.value, 0) } : undefined,
};

const tally = createMoveRunner(TallyGame, 2);

function matchMetadata(overrides: Partial<ServerTypes.MatchData> = {}): ServerTypes.MatchData {
  return {
    gameName: 'tally',
    players: { 0: { id: 0, name: 'Ada' }, 1: { id: 1 } },
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

/** Plays `values` as alternating marks (player 0 first), returning every persisted step. */
function playMarks(values: number[], from: State = tally.initialState()): PersistedMove[] {
  const steps: PersistedMove[] = [];
  let state = from;
  for (const value of values) {
    const step = tally.play(state, { playerID: state.ctx.currentPlayer, move: 'mark', args: [value] });
    steps.push(step);
    state = step.state;
  }
  return steps;
}

let temp: ReturnType<typeof makeTempDirectory>;
const openStorages: SqliteStorage[] = [];

function openStorage(file = join(temp.path, 'matches.sqlite')): SqliteStorage {
  const storage = new SqliteStorage({ file });
  openStorages.push(storage);
  return storage;
}

beforeEach(() => {
  temp = makeTempDirectory('sqlite-storage');
});

afterEach(() => {
  for (const storage of openStorages.splice(0)) storage.close();
  temp.remove();
});

describe('SqliteStorage: the boardgame.io storage contract', () => {
  it('createMatch stores the initial state as both state and initialState, with metadata and an empty log', async () => {
    const storage = openStorage();
    const initialState = tally.initialState();
    await storage.createMatch('m1', { initialState, metadata: matchMetadata() });

    const fetched = await storage.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
    expect(fetched).toEqual({ state: initialState, initialState, metadata: matchMetadata(), log: [] });
  });

  it('fetch returns only the requested fields', async () => {
    const storage = openStorage();
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });

    expect(Object.keys(await storage.fetch('m1', { metadata: true }))).toEqual(['metadata']);
    expect(Object.keys(await storage.fetch('m1', { state: true, log: true })).sort()).toEqual(['log', 'state']);
  });

  it('fetch of an unknown match gives undefined parts and an empty log', async () => {
    const storage = openStorage();
    expect(await storage.fetch('nope', { state: true, initialState: true, metadata: true, log: true })).toEqual({
      state: undefined,
      initialState: undefined,
      metadata: undefined,
      log: [],
    });
  });

  it('setState replaces the state and appends each deltalog after the existing log entries', async () => {
    const storage = openStorage();
    const initialState = tally.initialState();
    await storage.createMatch('m1', { initialState, metadata: matchMetadata() });
    const steps = playMarks([3, 4, 5]);

    const logs: LogEntry[][] = [];
    for (const step of steps) {
      await storage.setState('m1', step.state, step.deltalog);
      logs.push(storage.getLog('m1'));
    }

    const expectedLog = steps.flatMap((step) => step.deltalog);
    expect(expectedLog.length).toBeGreaterThanOrEqual(3);
    const fetched = await storage.fetch('m1', { state: true, initialState: true, log: true });
    expect(fetched.state).toEqual(steps[2]!.state);
    expect(fetched.state.G).toEqual({
      marks: [
        { playerID: '0', value: 3 },
        { playerID: '1', value: 4 },
        { playerID: '0', value: 5 },
      ],
    });
    expect(fetched.initialState).toEqual(initialState);
    expect(fetched.log).toEqual(expectedLog);
    // Each intermediate log is a prefix of the next: entries are appended, never rewritten.
    for (let i = 1; i < logs.length; i++) {
      expect(logs[i]!.slice(0, logs[i - 1]!.length)).toEqual(logs[i - 1]);
    }
  });

  it('stores the log one row per entry, numbered from 0 without gaps', async () => {
    const file = join(temp.path, 'matches.sqlite');
    const storage = openStorage(file);
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const steps = playMarks([1, 2]);
    for (const step of steps) await storage.setState('m1', step.state, step.deltalog);

    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare('SELECT seq, entry FROM log WHERE match_id = ? ORDER BY seq').all('m1') as {
      seq: number;
      entry: string;
    }[];
    raw.close();
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index));
    expect(rows.map((row) => JSON.parse(row.entry))).toEqual(steps.flatMap((step) => step.deltalog));
  });

  it('setState without a deltalog (or with an empty one) leaves the log alone', async () => {
    const storage = openStorage();
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const [first, second] = playMarks([1, 2]);
    await storage.setState('m1', first!.state, first!.deltalog);

    await storage.setState('m1', second!.state);
    await storage.setState('m1', second!.state, []);

    expect(storage.getLog('m1')).toEqual(first!.deltalog);
    expect((await storage.fetch('m1', { state: true })).state).toEqual(second!.state);
  });

  it('ignores a state older than the stored one, deltalog included, but accepts the same _stateID again', async () => {
    const storage = openStorage();
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const [first, second] = playMarks([1, 2]);
    await storage.setState('m1', first!.state, first!.deltalog);
    await storage.setState('m1', second!.state, second!.deltalog);

    await storage.setState('m1', first!.state, first!.deltalog);
    expect((await storage.fetch('m1', { state: true })).state).toEqual(second!.state);
    expect(storage.getLog('m1')).toEqual([...first!.deltalog, ...second!.deltalog]);

    // boardgame.io re-saves the same _stateID after a rejected move or a plugin action.
    const resaved = { ...second!.state, plugins: { ...second!.state.plugins, note: { data: 'x' } } };
    await storage.setState('m1', resaved, []);
    expect((await storage.fetch('m1', { state: true })).state).toEqual(resaved);
  });

  it('setMetadata replaces the metadata', async () => {
    const storage = openStorage();
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const updated = matchMetadata({ updatedAt: 2_000, players: { 0: { id: 0, name: 'Ada' }, 1: { id: 1, name: 'Bo' } } });

    await storage.setMetadata('m1', updated);

    expect((await storage.fetch('m1', { metadata: true })).metadata).toEqual(updated);
  });

  it('wipe removes state, initial state, metadata and log of that match only', async () => {
    const storage = openStorage();
    for (const matchID of ['gone', 'kept']) {
      await storage.createMatch(matchID, { initialState: tally.initialState(), metadata: matchMetadata() });
      const [step] = playMarks([1]);
      await storage.setState(matchID, step!.state, step!.deltalog);
    }

    await storage.wipe('gone');
    await storage.wipe('never-existed');

    expect(await storage.fetch('gone', { state: true, initialState: true, metadata: true, log: true })).toEqual({
      state: undefined,
      initialState: undefined,
      metadata: undefined,
      log: [],
    });
    expect(await storage.listMatches()).toEqual(['kept']);
    expect(storage.getLog('kept')).toHaveLength(playMarks([1])[0]!.deltalog.length);
  });

  it('createMatch on a reused matchID starts a fresh log', async () => {
    const storage = openStorage();
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const [step] = playMarks([1]);
    await storage.setState('m1', step!.state, step!.deltalog);

    const fresh = tally.initialState();
    await storage.createMatch('m1', { initialState: fresh, metadata: matchMetadata({ createdAt: 5_000 }) });

    expect(await storage.fetch('m1', { state: true, log: true })).toEqual({ state: fresh, log: [] });
  });
});

describe('SqliteStorage.listMatches: boardgame.io filter semantics', () => {
  // updatedAt values chosen so each boundary (strict < and >) is exercised.
  const matches: Array<[string, ServerTypes.MatchData]> = [
    ['tally-early-open', matchMetadata({ updatedAt: 100 })],
    ['tally-mid-over', matchMetadata({ updatedAt: 200, gameover: { total: 9 } })],
    ['tally-late-open', matchMetadata({ updatedAt: 300 })],
    ['chess-mid-over', matchMetadata({ gameName: 'chess', updatedAt: 200, gameover: { draw: true } })],
    ['chess-late-open', matchMetadata({ gameName: 'chess', updatedAt: 300 })],
  ];

  let storage: SqliteStorage;
  beforeEach(async () => {
    storage = openStorage();
    for (const [matchID, metadata] of matches) {
      await storage.createMatch(matchID, { initialState: tally.initialState(), metadata });
    }
  });

  it('without options lists every match in creation order', async () => {
    expect(await storage.listMatches()).toEqual(matches.map(([matchID]) => matchID));
    expect(await storage.listMatches({})).toEqual(matches.map(([matchID]) => matchID));
  });

  it('filters by gameName', async () => {
    expect(await storage.listMatches({ gameName: 'chess' })).toEqual(['chess-mid-over', 'chess-late-open']);
    expect(await storage.listMatches({ gameName: 'go' })).toEqual([]);
  });

  it('filters by isGameover true and false', async () => {
    expect(await storage.listMatches({ where: { isGameover: true } })).toEqual(['tally-mid-over', 'chess-mid-over']);
    expect(await storage.listMatches({ where: { isGameover: false } })).toEqual([
      'tally-early-open',
      'tally-late-open',
      'chess-late-open',
    ]);
  });

  it('updatedBefore and updatedAfter are strict bounds on metadata.updatedAt', async () => {
    expect(await storage.listMatches({ where: { updatedBefore: 200 } })).toEqual(['tally-early-open']);
    expect(await storage.listMatches({ where: { updatedBefore: 201 } })).toEqual([
      'tally-early-open',
      'tally-mid-over',
      'chess-mid-over',
    ]);
    expect(await storage.listMatches({ where: { updatedAfter: 200 } })).toEqual(['tally-late-open', 'chess-late-open']);
    expect(await storage.listMatches({ where: { updatedAfter: 100, updatedBefore: 300 } })).toEqual([
      'tally-mid-over',
      'chess-mid-over',
    ]);
  });

  it('combines every filter with AND', async () => {
    expect(
      await storage.listMatches({ gameName: 'tally', where: { isGameover: false, updatedAfter: 150 } }),
    ).toEqual(['tally-late-open']);
  });

  it('follows setMetadata: a match that ends moves to the finished side', async () => {
    await storage.setMetadata('tally-late-open', matchMetadata({ updatedAt: 400, gameover: { total: 1 } }));
    expect(await storage.listMatches({ gameName: 'tally', where: { isGameover: true } })).toEqual([
      'tally-mid-over',
      'tally-late-open',
    ]);
    expect(await storage.listMatches({ where: { updatedAfter: 300 } })).toEqual(['tally-late-open']);
  });
});

describe('SqliteStorage: extra queries for the server', () => {
  it('listFinished returns finished matches with metadata, most recently updated first', async () => {
    const storage = openStorage();
    const plan: Array<[string, Partial<ServerTypes.MatchData>]> = [
      ['old-finish', { updatedAt: 100, gameover: { total: 1 } }],
      ['still-open', { updatedAt: 500 }],
      ['new-finish', { updatedAt: 300, gameover: { total: 2 } }],
      ['mid-finish', { updatedAt: 200, gameover: { total: 3 } }],
    ];
    for (const [matchID, overrides] of plan) {
      await storage.createMatch(matchID, { initialState: tally.initialState(), metadata: matchMetadata(overrides) });
    }

    const finished = storage.listFinished();
    expect(finished.map((match) => match.matchID)).toEqual(['new-finish', 'mid-finish', 'old-finish']);
    expect(finished[0]!.metadata).toEqual(matchMetadata({ updatedAt: 300, gameover: { total: 2 } }));
    expect(storage.listFinished(2).map((match) => match.matchID)).toEqual(['new-finish', 'mid-finish']);
  });

  it('countMatches counts matches and follows createMatch and wipe', async () => {
    const storage = openStorage();
    expect(storage.countMatches()).toBe(0);
    await storage.createMatch('a', { initialState: tally.initialState(), metadata: matchMetadata() });
    await storage.createMatch('b', { initialState: tally.initialState(), metadata: matchMetadata() });
    expect(storage.countMatches()).toBe(2);
    await storage.wipe('a');
    expect(storage.countMatches()).toBe(1);
  });

  it('getLog of an unknown match is empty', () => {
    expect(openStorage().getLog('nope')).toEqual([]);
  });
});

describe('SqliteStorage: transactions and durability', () => {
  it('opens the file in WAL mode with synchronous = FULL, creating missing directories', () => {
    const file = join(temp.path, 'nested', 'deeper', 'matches.sqlite');
    const storage = openStorage(file);
    // Reaching into the private connection: synchronous is per connection, so only ours can tell.
    const db = storage['db'];
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
  });

  it('a read sees writes issued just before it, even without awaiting them', async () => {
    const storage = openStorage();
    const initialState = tally.initialState();
    void storage.createMatch('m1', { initialState, metadata: matchMetadata() });
    const [step] = playMarks([8]);
    const write = storage.setState('m1', step!.state, step!.deltalog);

    expect((await storage.fetch('m1', { state: true })).state).toEqual(step!.state);
    expect(storage.getLog('m1')).toEqual(step!.deltalog);
    await write;
  });

  it("writes issued in the same tick commit together at the end of the tick, like the master's setState + setMetadata", async () => {
    const file = join(temp.path, 'matches.sqlite');
    const storage = openStorage(file);
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const [step] = playMarks([8]);
    const raw = new Database(file, { readonly: true });
    const committed = () =>
      raw
        .prepare('SELECT state_id, updated_at FROM states JOIN matches USING (match_id) WHERE match_id = ?')
        .get('m1');

    const stateWrite = storage.setState('m1', step!.state, step!.deltalog);
    // Another connection sees nothing of the first write while the tick is still running...
    const betweenTheTwoWrites = committed();
    const metadataWrite = storage.setMetadata('m1', matchMetadata({ updatedAt: 2_000 }));
    await Promise.all([stateWrite, metadataWrite]);
    // ...and both once it is over.
    expect(betweenTheTwoWrites).toEqual({ state_id: 0, updated_at: 1_000 });
    expect(committed()).toEqual({ state_id: 1, updated_at: 2_000 });
    raw.close();
  });

  it('a failing write rejects alone; the other writes of its transaction still commit', async () => {
    const storage = openStorage();
    await storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    const [step] = playMarks([8]);
    const broken = { players: {} } as unknown as ServerTypes.MatchData; // no gameName: NOT NULL fails

    const [stateWrite, metadataWrite] = await Promise.allSettled([
      storage.setState('m1', step!.state, step!.deltalog),
      storage.setMetadata('m1', broken),
    ]);

    expect(stateWrite.status).toBe('fulfilled');
    expect(metadataWrite.status).toBe('rejected');
    const fetched = await storage.fetch('m1', { state: true, metadata: true, log: true });
    expect(fetched.state).toEqual(step!.state);
    expect(fetched.log).toEqual(step!.deltalog);
    expect(fetched.metadata).toEqual(matchMetadata());
  });

  it('a write that fails half-way leaves nothing of itself behind', async () => {
    const storage = openStorage();
    const initialState = tally.initialState();
    await storage.createMatch('m1', { initialState, metadata: matchMetadata() });
    const [step] = playMarks([8]);
    // The state row is written before the log entries; the second entry cannot be serialized.
    const unserializable = { ...step!.deltalog[0]!, metadata: { big: 1n } } as LogEntry;

    await expect(storage.setState('m1', step!.state, [step!.deltalog[0]!, unserializable])).rejects.toThrow(/BigInt/);

    expect(await storage.fetch('m1', { state: true, log: true })).toEqual({ state: initialState, log: [] });
  });

  it('close commits pending writes; later writes reject', async () => {
    const file = join(temp.path, 'matches.sqlite');
    const storage = new SqliteStorage({ file });
    const pending = storage.createMatch('m1', { initialState: tally.initialState(), metadata: matchMetadata() });
    storage.close();
    await pending;
    await expect(storage.setMetadata('m1', matchMetadata())).rejects.toThrow(/closed/);

    const reopened = openStorage(file);
    expect(await reopened.listMatches()).toEqual(['m1']);
  });
});

describe('SqliteStorage: schema migrations', () => {
  function tableNames(db: Database.Database): string[] {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name").all();
    return (rows as { name: string }[]).map((row) => row.name).filter((name) => !name.startsWith('sqlite_'));
  }

  it('migrates an empty file to the latest version', () => {
    const file = join(temp.path, 'fresh.sqlite');
    openStorage(file).close();

    const raw = new Database(file, { readonly: true });
    expect(readSchemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(tableNames(raw)).toEqual([
      'initial_states',
      'log',
      'matches',
      'matches_by_game_and_creation',
      'matches_by_game_and_update',
      'matches_by_gameover_and_creation',
      'matches_by_gameover_and_update',
      'states',
    ]);
    raw.close();
  });

  it('upgrades a version-1 database in place, keeping its matches', async () => {
    const file = join(temp.path, 'v1.sqlite');
    const v1 = new Database(file);
    migrate(v1, file, MIGRATIONS.slice(0, 1));
    expect(readSchemaVersion(v1)).toBe(1);
    const initialState = tally.initialState();
    const metadata = matchMetadata({ gameover: { total: 4 } });
    v1.prepare('INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?)').run(
      'old',
      'tally',
      JSON.stringify(metadata),
      1,
      metadata.createdAt,
      metadata.updatedAt,
    );
    v1.prepare('INSERT INTO states VALUES (?, ?, ?)').run('old', JSON.stringify(initialState), 0);
    v1.close();

    const storage = openStorage(file);

    expect(storage['db'].pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(storage['db'])).toContain('matches_by_gameover_and_update');
    expect(await storage.fetch('old', { state: true, metadata: true })).toEqual({ state: initialState, metadata });
    expect(await storage.listMatches({ where: { isGameover: true } })).toEqual(['old']);
  });

  it('upgrades a version-2 database: a match with a named seat counts as joined by a person, one without as not', async () => {
    const file = join(temp.path, 'v2.sqlite');
    const v2 = new Database(file);
    migrate(v2, file, MIGRATIONS.slice(0, 2));
    const insert = v2.prepare('INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?)');
    const joined = matchMetadata({ players: { 0: { id: 0, name: 'Ada', credentials: 'c' }, 1: { id: 1 } } });
    insert.run('joined', 'tally', JSON.stringify(joined), 0, 1_000, 2_000);
    insert.run('empty', 'tally', JSON.stringify(matchMetadata({ players: { 0: { id: 0 }, 1: { id: 1 } } })), 0, 1_000, 1_000);
    v2.close();

    const storage = openStorage(file);
    const rows = storage['db'].prepare('SELECT match_id, person_joined_at FROM matches ORDER BY match_id').all();
    expect(rows).toEqual([
      { match_id: 'empty', person_joined_at: null },
      { match_id: 'joined', person_joined_at: 2_000 },
    ]);
    // Both are old; only the one nobody joined is due for the sweep's 24-hour rule.
    expect(storage.matchesToRemove({ idleSince: 0, unjoinedSince: 10_000 })).toEqual(['empty']);
    await storage.notePersonJoined('empty', 5_000);
    expect(storage.matchesToRemove({ idleSince: 0, unjoinedSince: 10_000 })).toEqual([]);
    // No move since 2 000: both idle past a later threshold.
    expect(storage.matchesToRemove({ idleSince: 3_000, unjoinedSince: 0 }).sort()).toEqual(['empty', 'joined']);
  });

  it('a migration that fails leaves the file at its previous version, with none of its changes', () => {
    const file = join(temp.path, 'failing.sqlite');
    const db = new Database(file);
    const failing = [
      ...MIGRATIONS,
      {
        description: 'creates a table, then fails',
        apply(target: Database.Database) {
          target.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('migration bug');
        },
      },
    ];

    expect(() => migrate(db, file, failing)).toThrow('migration bug');
    expect(readSchemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('refuses to open a database written by a newer schema, and leaves it untouched', () => {
    const file = join(temp.path, 'future.sqlite');
    openStorage(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();

    expect(() => new SqliteStorage({ file })).toThrow(SchemaTooNewError);
    expect(() => new SqliteStorage({ file })).toThrow(
      `schema version ${LATEST_SCHEMA_VERSION + 1}, but this server only knows versions up to ${LATEST_SCHEMA_VERSION}`,
    );
    const after = new Database(file, { readonly: true });
    expect(readSchemaVersion(after)).toBe(LATEST_SCHEMA_VERSION + 1);
    after.close();
  });
});

describe('SqliteStorage behind a real boardgame.io Server', () => {
  type TallyClient = ReturnType<typeof Client<TallyState>>;
  type ClientState = NonNullable<ReturnType<TallyClient['getState']>>;

  async function postJson<T>(url: string, body: unknown): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, `${url}: ${await response.clone().text()}`).toBe(200);
    return (await response.json()) as T;
  }

  function waitForState(client: TallyClient, predicate: (state: ClientState) => boolean): Promise<ClientState> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        unsubscribe();
        reject(new Error(`client ${client.playerID}: timed out; last state ${JSON.stringify(client.getState()?.G)}`));
      }, 10_000);
      // subscribe() calls back synchronously with the current state, before it returns.
      const unsubscribe = client.subscribe((state) => {
        if (settled || state === null || !predicate(state)) return;
        settled = true;
        clearTimeout(timer);
        queueMicrotask(() => unsubscribe());
        resolve(state);
      });
    });
  }

  async function startServer(file: string) {
    const storage = new SqliteStorage({ file });
    const server = Server({ games: [TallyGame], db: storage, origins: [/localhost:\d+/] });
    const { appServer } = await server.run(0); // port 0: the OS picks a free port
    const base = `http://localhost:${(appServer.address() as AddressInfo).port}`;
    const stop = async () => {
      appServer.closeAllConnections();
      await new Promise<void>((resolve) => appServer.close(() => resolve()));
      storage.close();
    };
    return { base, stop };
  }

  function connect(base: string, matchID: string, playerID: string, credentials: string): TallyClient {
    const client = Client({
      game: TallyGame,
      multiplayer: SocketIO({ server: base }),
      matchID,
      playerID,
      credentials,
      debug: false,
    });
    client.start();
    return client;
  }

  it('persists a match created through the Lobby API and played over socket.io, and serves it after a restart', async () => {
    const file = join(temp.path, 'data', 'compute-race.sqlite');
    const running = await startServer(file);
    const clients: TallyClient[] = [];
    let matchID: string;
    let credentials: string[];
    let clientLog: LogEntry[];
    try {
      ({ matchID } = await postJson<{ matchID: string }>(`${running.base}/games/tally/create`, { numPlayers: 2 }));
      credentials = [];
      for (const [playerID, playerName] of [['0', 'Ada'], ['1', 'Bo']] as const) {
        const joined = await postJson<{ playerCredentials: string }>(`${running.base}/games/tally/${matchID}/join`, {
          playerID,
          playerName,
        });
        credentials.push(joined.playerCredentials);
      }
      clients.push(connect(running.base, matchID, '0', credentials[0]!));
      clients.push(connect(running.base, matchID, '1', credentials[1]!));
      await Promise.all(clients.map((client) => waitForState(client, (state) => state.isConnected)));

      const values = [5, 7, 2, 9];
      for (const [index, value] of values.entries()) {
        const mover = clients[index % 2]!;
        await waitForState(mover, (state) => state.isActive && state._stateID === index);
        mover.moves.mark!(value);
        await Promise.all(clients.map((client) => waitForState(client, (state) => state._stateID === index + 1)));
      }
      const finalState = await waitForState(clients[0]!, (state) => state.ctx.gameover !== undefined);
      expect(finalState.ctx.gameover).toEqual({ total: 23 });
      clientLog = finalState.log;
    } finally {
      for (const client of clients) client.stop();
      await running.stop();
    }

    const reopened = openStorage(file);
    const stored = await reopened.fetch(matchID, { state: true, initialState: true, metadata: true, log: true });
    expect(stored.state._stateID).toBe(4);
    expect(stored.state.G).toEqual({
      marks: [
        { playerID: '0', value: 5 },
        { playerID: '1', value: 7 },
        { playerID: '0', value: 2 },
        { playerID: '1', value: 9 },
      ],
    });
    expect(stored.state.ctx.gameover).toEqual({ total: 23 });
    expect(stored.initialState._stateID).toBe(0);
    expect(stored.initialState.G).toEqual({ marks: [] });
    expect(stored.metadata.gameName).toBe('tally');
    expect(stored.metadata.gameover).toEqual({ total: 23 });
    expect(stored.metadata.players[0]!.name).toBe('Ada');
    expect(stored.metadata.players[1]!.credentials).toBe(credentials[1]);
    // The full log: what the client accumulated, one MAKE_MOVE entry per mark in order.
    expect(stored.log).toEqual(clientLog);
    const moves = stored.log.filter((entry) => entry.action.type === 'MAKE_MOVE');
    expect(moves.map((entry) => entry.action.payload.args)).toEqual([[5], [7], [2], [9]]);
    expect(moves.map((entry) => entry._stateID)).toEqual([0, 1, 2, 3]);
    expect(reopened.listFinished().map((match) => match.matchID)).toEqual([matchID]);
    reopened.close();

    // A new server on the same file serves the finished match to a reconnecting player.
    const restarted = await startServer(file);
    const returning = connect(restarted.base, matchID, '0', credentials[0]!);
    try {
      const synced = await waitForState(returning, (state) => state._stateID === 4);
      expect(synced.G).toEqual(stored.state.G);
      expect(synced.ctx.gameover).toEqual({ total: 23 });
      expect(synced.log).toEqual(stored.log);
    } finally {
      returning.stop();
      await restarted.stop();
    }
  });
});
