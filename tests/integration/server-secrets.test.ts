/**
 * What each seat and a spectator receive, inspected in full (sync, update, matchData, chat,
 * logs, initial state) while orders are pending: no other seat's order, no `secret`, no random
 * seed, no credentials. Positive controls check that the detectors do find the viewer's own
 * order, so a detector that never matches cannot pass silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, DEFAULT_ORDER, explainRejection, PLAYER_IDS, seatOf, type GameState, type Orders } from '../../src/game/index.js';
import { GameSocket, type Received } from './helpers/game-socket.js';
import { openTable, type Table } from './helpers/seated-sockets.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
let table: Table;
/** Sockets that synced after the orders were in (they see the stored log and initial state). */
const late: Record<string, GameSocket> = {};
let lateSpectator: GameSocket;
let orders: Orders;

/** Every object anywhere inside `value`. */
function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (value !== null && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const item of Object.values(value)) yield* objectsIn(item);
  }
}

/** Does some object received contain all of `fields` with these values? */
function containsFields(received: readonly Received[], fields: Record<string, unknown>): boolean {
  for (const object of objectsIn(received.map((r) => r.args))) {
    if (Object.entries(fields).every(([key, value]) => key in object && object[key] === value)) return true;
  }
  return false;
}

function keysIn(received: readonly Received[]): Set<string> {
  const keys = new Set<string>();
  for (const object of objectsIn(received.map((r) => r.args))) for (const key of Object.keys(object)) keys.add(key);
  return keys;
}

/** The distinctive fields of each seat's secret order as submitted. */
const fingerprint = (seat: 'nvidia' | 'china' | 'huawei'): Record<string, unknown> => {
  if (seat === 'nvidia') return { chinaPrice: orders.nvidia.chinaPrice, lobbying: orders.nvidia.lobbying, rnd: orders.nvidia.rnd };
  if (seat === 'china') return { nvidiaSpend: orders.china.nvidiaSpend, smuggling: orders.china.smuggling, huaweiSpend: orders.china.huaweiSpend };
  return { price: orders.huawei.price, capacity: orders.huawei.capacity, rnd: orders.huawei.rnd };
};

beforeAll(async () => {
  server = await startTestServer();
  table = await openTable(server.url, { scenario: '2026-h200', rounds: 3 });
  const { matchID, credentials } = table;
  const usg = table.seats['0']!;
  expect((await usg.move(matchID, '0', credentials['0'], 0, 'setPolicy', [defaultPolicy(table.latest('0').G as unknown as GameState)])).ok).toBe(true);

  const G = (await server.hub.fetchState(matchID))!.G as GameState;
  const china = DEFAULT_ORDER.china(G);
  orders = {
    nvidia: { ...DEFAULT_ORDER.nvidia(G), chinaPrice: 135, lobbying: 1.7 },
    china: { ...china, smuggling: Math.floor(Math.max(0, G.economy.cnBudget) * 0.15 * 10) / 10 + 0.05 },
    huawei: { ...DEFAULT_ORDER.huawei(G), price: 17 },
  };
  for (const [playerID, seat] of [['1', 'nvidia'], ['2', 'china'], ['3', 'huawei']] as const) {
    expect(explainRejection(G, { phase: 'orders', currentPlayer: '0', activePlayers: null, gameover: undefined }, playerID, 'submitOrder', [orders[seat]])).toBeNull();
  }
  // Two of three orders in: the year is not resolved, both orders are pending secrets.
  expect((await table.seats['1']!.move(matchID, '1', credentials['1'], 1, 'submitOrder', [orders.nvidia])).ok).toBe(true);
  expect((await table.seats['2']!.move(matchID, '2', credentials['2'], 2, 'submitOrder', [orders.china])).ok).toBe(true);
  for (const playerID of PLAYER_IDS) {
    late[playerID] = await GameSocket.connect(server.url);
    await late[playerID].sync(matchID, playerID, credentials[playerID]);
  }
  lateSpectator = await GameSocket.connect(server.url);
  await lateSpectator.sync(matchID, null);
  // Everybody has had time to receive every broadcast.
  await new Promise((resolve) => setTimeout(resolve, 200));
});

afterAll(async () => {
  table.close();
  for (const socket of [...Object.values(late), lateSpectator]) socket.close();
  await server.stop();
});

type Viewer = { name: string; playerID: string | null; received: () => Received[] };
const viewers = (): Viewer[] => [
  ...PLAYER_IDS.map((playerID) => ({ name: `seat ${playerID}`, playerID, received: () => [...table.seats[playerID]!.received, ...late[playerID]!.received] })),
  { name: 'spectator', playerID: null, received: () => [...table.spectator.received, ...lateSpectator.received] },
];

describe('what each viewer receives while orders are pending', () => {
  it('the setup: the year is open with two secret orders in', async () => {
    const state = await server.hub.fetchState(table.matchID);
    const secretOrders = (state!.G as GameState).secret.orders;
    expect(Object.keys(secretOrders).sort()).toEqual(['china', 'nvidia']);
  });

  it.each(['seat 0', 'seat 1', 'seat 2', 'seat 3', 'spectator'])('%s sees no other seat’s pending order, but its own', (name) => {
    const viewer = viewers().find((v) => v.name === name)!;
    const received = viewer.received();
    const own = seatOf(viewer.playerID);
    for (const seat of ['nvidia', 'china'] as const) {
      expect(containsFields(received, fingerprint(seat)), `${name} vs ${seat}'s order`).toBe(seat === own);
    }
  });

  it.each(['seat 0', 'seat 1', 'seat 2', 'seat 3', 'spectator'])('%s receives no secret, no random seed and no credentials', (name) => {
    const viewer = viewers().find((v) => v.name === name)!;
    const received = viewer.received();
    expect(received.length).toBeGreaterThan(3);
    const keys = keysIn(received);
    for (const forbidden of ['secret', 'seed', 'prngstate', '_random', 'credentials']) expect(keys.has(forbidden), forbidden).toBe(false);
    const text = JSON.stringify(received);
    for (const credentials of Object.values(table.credentials)) expect(text).not.toContain(credentials);
    for (const { event, args } of received) {
      const states = event === 'update' ? [args[1]] : event === 'sync' ? [(args[1] as { state: unknown }).state, (args[1] as { initialState: unknown }).initialState] : [];
      for (const state of states as Array<{ plugins: Record<string, { data?: unknown }> }>) {
        expect(state.plugins.random?.data).toBeUndefined();
      }
    }
  });

  it.each(['seat 0', 'seat 1', 'seat 2', 'seat 3', 'spectator'])('%s gets other seats’ orders redacted in every log', (name) => {
    const viewer = viewers().find((v) => v.name === name)!;
    const entries = viewer.received().flatMap(({ event, args }) => {
      if (event === 'update') return (args[2] as LogEntryLike[]) ?? [];
      if (event === 'sync') return (args[1] as { log: LogEntryLike[] }).log;
      return [];
    });
    const orderEntries = entries.filter((entry) => entry.action.payload.type === 'submitOrder');
    expect(orderEntries.length).toBeGreaterThanOrEqual(2);
    for (const entry of orderEntries) {
      const mine = entry.action.payload.playerID === viewer.playerID;
      if (mine) expect(entry.action.payload.args).not.toBeNull();
      else expect(entry.action.payload.args).toBeNull();
    }
  });

  it('only China sees its smuggled stock, and only China and Huawei the exact Huawei progress', () => {
    for (const viewer of viewers()) {
      const sync = viewer.received().find((r) => r.event === 'sync')!;
      const G = (sync.args[1] as { state: { G: { smuggledStock: unknown; huaweiProgress: { exact: boolean } | null } } }).state.G;
      const seat = seatOf(viewer.playerID);
      expect(G.smuggledStock === null, viewer.name).toBe(seat !== 'china');
      expect(G.huaweiProgress?.exact === true, viewer.name).toBe(seat === 'china' || seat === 'huawei');
    }
  });

  it('the stored log keeps the orders for the end of the game (redaction happens on the way out)', () => {
    const log = server.db.getLog(table.matchID);
    const nvidiaEntry = log.find((entry) => entry.action.payload.type === 'submitOrder' && entry.action.payload.playerID === '1');
    expect(nvidiaEntry?.redact).toBe(true);
    expect(nvidiaEntry?.action.payload.args).toEqual([orders.nvidia]);
    expect(JSON.stringify(log)).not.toContain(table.credentials['1']);
  });
});

describe('when the last order resolves the year', () => {
  it('every other viewer gets Huawei’s order redacted in the update’s log, Huawei gets it whole', async () => {
    const { matchID, credentials } = table;
    const watchers: Array<[string | null, GameSocket]> = [...PLAYER_IDS.map((id) => [id, table.seats[id]!] as [string, GameSocket]), [null, table.spectator]];
    const marks = new Map(watchers.map(([, socket]) => [socket, socket.received.length]));
    const huawei = table.seats['3']!;
    const applied = await huawei.move(matchID, '3', credentials['3'], 3, 'submitOrder', [orders.huawei]);
    expect(applied.ok && (applied.state.G as { history: unknown[] }).history.length).toBe(1);
    for (const [playerID, socket] of watchers) {
      const since = marks.get(socket)!;
      await socket.waitFor('update', { since });
      const updates = socket.received.slice(since).filter((r) => r.event === 'update');
      const viewer = { name: playerID ?? 'spectator', playerID };
      const entry = updates.flatMap((u) => u.args[2] as LogEntryLike[]).find((e) => e.action.payload.type === 'submitOrder');
      expect(entry, viewer.name).toBeDefined();
      if (viewer.playerID === '3') expect(entry!.action.payload.args).toEqual([orders.huawei]);
      else expect(entry!.action.payload.args, viewer.name).toBeNull();
    }
  });
});

interface LogEntryLike {
  action: { payload: { type: string; playerID?: string; args: unknown } };
}
