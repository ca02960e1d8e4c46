/**
 * The MatchHub contract the seats layer (bots, timers, hand-over) builds on, against a real
 * server: moves through the same path as sockets, listeners after commit, connection tracking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { defaultPolicy, DEFAULT_ORDER, type GameState } from '../../src/game/index.js';
import { GameSocket } from './helpers/game-socket.js';
import { createSeatedMatch } from './helpers/lobby.js';
import { openTable } from './helpers/seated-sockets.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('hub.submit', () => {
  it('applies a seat’s move, tells listeners after it is stored, and updates connected clients', async () => {
    const table = await openTable(server.url);
    try {
      const { matchID, credentials } = table;
      const seen: Array<{ matchID: string; state: State; storedStateID: number | undefined }> = [];
      const off = server.hub.onStateChange((id, state) => {
        // Called synchronously after commit: the store already has this state.
        void server.db.fetch(id, { state: true }).then(({ state: stored }) => seen.push({ matchID: id, state, storedStateID: stored?._stateID }));
      });
      const since = table.spectator.received.length;
      const G = (await server.hub.fetchState(matchID))!.G as GameState;
      expect(await server.hub.submit(matchID, '0', credentials['0']!, 'setPolicy', [defaultPolicy(G)])).toEqual({ ok: true });
      await table.spectator.waitFor('update', { since });
      await new Promise((resolve) => setTimeout(resolve, 20));
      off();
      expect(seen).toHaveLength(1);
      expect(seen[0]!.matchID).toBe(matchID);
      expect(seen[0]!.state._stateID).toBe(1);
      expect(seen[0]!.storedStateID).toBe(1);
      // Listeners get the full server state (secrets included): bots compute their own view.
      expect((seen[0]!.state.G as GameState).secret).toBeDefined();
      expect(seen[0]!.state.deltalog).toBeUndefined();
    } finally {
      table.close();
    }
  });

  it('refuses with a code and a reason: wrong credentials, not your turn, bad order, unknown match and move', async () => {
    const { matchID, credentials } = await createSeatedMatch(server.url);
    const G = (await server.hub.fetchState(matchID))!.G as GameState;
    let calls = 0;
    const off = server.hub.onStateChange(() => (calls += 1));
    const cases: Array<[Promise<unknown>, string]> = [
      [server.hub.submit(matchID, '0', credentials['1']!, 'setPolicy', [defaultPolicy(G)]), 'UNAUTHORIZED'],
      [server.hub.submit(matchID, '1', credentials['1']!, 'submitOrder', [DEFAULT_ORDER.nvidia(G)]), 'NOT_YOUR_TURN'],
      [server.hub.submit(matchID, '0', credentials['0']!, 'setPolicy', [{ tier: 'banana' }]), 'BAD_SHAPE'],
      [server.hub.submit('missing', '0', credentials['0']!, 'setPolicy', [defaultPolicy(G)]), 'MATCH_NOT_FOUND'],
      [server.hub.submit(matchID, '0', credentials['0']!, 'endGame', []), 'UNKNOWN_MOVE'],
    ];
    for (const [result, code] of cases) {
      const outcome = (await result) as { ok: boolean; code: string; message: string };
      expect(outcome).toMatchObject({ ok: false, code });
      expect(outcome.message.length).toBeGreaterThan(5);
    }
    off();
    expect(calls).toBe(0);
    expect((await server.hub.fetchState(matchID))!._stateID).toBe(0);
  });

  it('applies concurrent orders of three seats one at a time, none lost', async () => {
    const { matchID, credentials } = await createSeatedMatch(server.url);
    let G = (await server.hub.fetchState(matchID))!.G as GameState;
    await server.hub.submit(matchID, '0', credentials['0']!, 'setPolicy', [defaultPolicy(G)]);
    G = (await server.hub.fetchState(matchID))!.G as GameState;
    const results = await Promise.all([
      server.hub.submit(matchID, '1', credentials['1']!, 'submitOrder', [DEFAULT_ORDER.nvidia(G)]),
      server.hub.submit(matchID, '2', credentials['2']!, 'submitOrder', [DEFAULT_ORDER.china(G)]),
      server.hub.submit(matchID, '3', credentials['3']!, 'submitOrder', [DEFAULT_ORDER.huawei(G)]),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const state = (await server.hub.fetchState(matchID))!;
    expect(state.ctx.phase).toBe('policy');
    expect((state.G as GameState).history).toHaveLength(1);
    expect(state._stateID).toBe(4);
  });
});

describe('connections', () => {
  it('tracks which seats have a socket, reports changes, and publishes them to the match', async () => {
    const { matchID, credentials } = await createSeatedMatch(server.url);
    const changes: Array<[string, string, boolean]> = [];
    const off = server.hub.onConnectionChange((id, playerID, connected) => {
      if (id === matchID) changes.push([id, playerID, connected]);
    });
    const until = async (count: number) => {
      for (let i = 0; i < 100 && changes.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    const spectator = await GameSocket.connect(server.url);
    await spectator.sync(matchID, null);
    const first = await GameSocket.connect(server.url);
    await first.sync(matchID, '2', credentials['2']);
    const second = await GameSocket.connect(server.url);
    await second.sync(matchID, '2', credentials['2']);
    await until(1);
    expect(server.hub.connected(matchID)).toEqual(new Set(['2']));
    expect(changes).toEqual([[matchID, '2', true]]);
    const [, players] = await spectator.waitFor('matchData', { match: (a) => (a[1] as Array<{ id: number; isConnected: boolean }>)[2]!.isConnected });
    expect((players as Array<{ id: number; isConnected: boolean }>).map((p) => p.isConnected)).toEqual([false, false, true, false]);

    // One of the seat's two sockets leaves: still connected. The last one leaves: disconnected.
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.hub.connected(matchID)).toEqual(new Set(['2']));
    second.close();
    await until(2);
    expect(server.hub.connected(matchID)).toEqual(new Set());
    expect(changes).toEqual([
      [matchID, '2', true],
      [matchID, '2', false],
    ]);
    const { metadata } = await server.db.fetch(matchID, { metadata: true });
    expect(metadata?.players[2]?.isConnected).toBe(false);
    spectator.close();
    off();
  });
});
