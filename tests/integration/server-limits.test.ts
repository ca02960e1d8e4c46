/**
 * The limits that count per client address and per credential, not only per socket, at their
 * defaults: match creation (30 a minute per address, then 429 with Retry-After), open sockets
 * per address (20), messages per seat credential across all its sockets, spectator syncs per
 * address. Another address, or another seat, is never held back by them. Over a limit, the
 * first message gets a `rejected` RATE_LIMITED and the rest are dropped without a reply.
 * Each test uses its own loopback address (127.0.0.x), since the counts are per address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.js';
import { createRecordsPlugin } from '../../server/records/index.js';
import { createSeatsPlugin } from '../../server/seats/index.js';
import { GAME_NAME } from '../../src/game/index.js';
import { GameSocket, type RejectedPayload } from './helpers/game-socket.js';
import { send } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ plugins: [createSeatsPlugin({ botDelayMs: 0 }), createRecordsPlugin()] });
});
afterAll(() => server.stop());

const HUMANS = [{ kind: 'human' }, { kind: 'human' }, { kind: 'human' }, { kind: 'human' }];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lobbyMatch(from: string): Promise<string> {
  const answer = await send(server.url, 'POST', `/games/${GAME_NAME}/create`, JSON.stringify({ numPlayers: 4 }), { localAddress: from });
  expect(answer.status).toBe(200);
  return answer.json.matchID as string;
}

async function join(matchID: string, playerID: string, from: string): Promise<string> {
  const answer = await send(server.url, 'POST', `/games/${GAME_NAME}/${matchID}/join`, JSON.stringify({ playerID, playerName: `P${playerID}` }), { localAddress: from });
  expect(answer.status).toBe(200);
  return answer.json.playerCredentials as string;
}

const rejections = (socket: GameSocket, since = 0) =>
  socket.received.slice(since).filter((r) => r.event === 'rejected').map((r) => (r.args[0] as RejectedPayload).code);

describe('match creation per client address', () => {
  it('allows 30 a minute across the Lobby and /api, then answers 429 with Retry-After; other addresses are not held back', async () => {
    const from = '127.0.0.11';
    const limit = DEFAULT_LIMITS.creationRate.capacity;
    // A refused request creates nothing and costs nothing.
    for (let i = 0; i < 5; i++) {
      expect((await send(server.url, 'POST', '/api/matches', JSON.stringify({ scenario: 'mars', seats: HUMANS }), { localAddress: from })).status).toBe(400);
    }
    const first = await lobbyMatch(from);
    const credentials = await join(first, '0', from);
    let created = 1;
    for (; created < limit - 2; created++) {
      const answer = await send(server.url, 'POST', '/api/matches', JSON.stringify({ scenario: 'embargo', seats: HUMANS }), { localAddress: from });
      expect(answer.status).toBe(201);
    }
    // playAgain creates a match too.
    expect((await send(server.url, 'POST', `/games/${GAME_NAME}/${first}/playAgain`, JSON.stringify({ playerID: '0', credentials }), { localAddress: from })).status).toBe(200);
    await lobbyMatch(from);
    created += 2;
    expect(created).toBe(limit);

    const matchesBefore = server.db.countMatches();
    for (const [path, body] of [
      ['/api/matches', { scenario: 'embargo', seats: HUMANS }],
      [`/games/${GAME_NAME}/create`, { numPlayers: 4 }],
      ['/api/matches/fork', { source: { matchID: first }, actionIndex: 0, seats: HUMANS }],
    ] as const) {
      const refused = await send(server.url, 'POST', path, JSON.stringify(body), { localAddress: from });
      expect(refused.status).toBe(429);
      expect(refused.json.error.code).toBe('RATE_LIMITED');
      // Half a minute's refill gives one more: about 2 s.
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3);
    }
    expect(server.db.countMatches()).toBe(matchesBefore);
    // Another address creates at once.
    expect((await send(server.url, 'POST', '/api/matches', JSON.stringify({ scenario: 'embargo', seats: HUMANS }), { localAddress: '127.0.0.12' })).status).toBe(201);
  });
});

describe('open sockets per client address', () => {
  it('accepts 20 from one address and refuses the 21st until one closes; another address connects', async () => {
    const from = '127.0.0.21';
    const sockets: GameSocket[] = [];
    try {
      for (let i = 0; i < DEFAULT_LIMITS.socketsPerAddress; i++) sockets.push(await GameSocket.connect(server.url, { localAddress: from }));
      // (Over WebSocket: socket.io-client's polling transport cannot choose its local address.)
      await expect(GameSocket.connect(server.url, { localAddress: from })).rejects.toThrow();
      const other = await GameSocket.connect(server.url, { localAddress: '127.0.0.22' });
      other.close();
      sockets.pop()!.close();
      // The server counts the close when it sees it.
      let again: GameSocket | undefined;
      for (let attempt = 0; attempt < 50 && again === undefined; attempt++) {
        again = await GameSocket.connect(server.url, { localAddress: from }).catch(() => undefined);
        if (again === undefined) await sleep(20);
      }
      expect(again?.connected).toBe(true);
      again?.close();
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});

describe('messages per seat credential, across all its sockets', () => {
  it('one seat on four sockets gets one budget: the spectator sees at most a burst of its chats, one refusal is sent, and the other seat chats on', async () => {
    const from = '127.0.0.31';
    const matchID = await lobbyMatch(from);
    const flooder = await join(matchID, '0', from);
    const other = await join(matchID, '1', from);
    const sockets: GameSocket[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const socket = await GameSocket.connect(server.url, { localAddress: from });
        await socket.sync(matchID, '0', flooder);
        sockets.push(socket);
      }
      const bystander = await GameSocket.connect(server.url, { localAddress: '127.0.0.32' });
      sockets.push(bystander);
      await bystander.sync(matchID, '1', other);
      const since = bystander.received.length;
      const marks = sockets.map((socket) => socket.received.length);

      // 4 sockets × 20 chats: each socket stays within its own limit (30), the seat does not.
      for (let round = 0; round < 20; round++) {
        for (const socket of sockets.slice(0, 4)) socket.socket.emit('chat', matchID, { id: `f${round}`, sender: '0', payload: 'x'.repeat(1000) }, flooder);
      }
      await sleep(500);
      const heard = bystander.received.slice(since).filter((r) => r.event === 'chat').length;
      // The seat's burst of 30, less the 4 syncs, plus what refills meanwhile (10 a second).
      expect(heard).toBeGreaterThanOrEqual(20);
      expect(heard).toBeLessThanOrEqual(26 + 10);
      const refusals = sockets.slice(0, 4).flatMap((socket, index) => rejections(socket, marks[index]));
      expect(refusals.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(1);
      // Dropped without a reply: far fewer refusals than messages refused.
      expect(refusals.length).toBeLessThanOrEqual(5);

      // The other seat is not held back.
      const before = bystander.received.length;
      bystander.socket.emit('chat', matchID, { id: 'b1', sender: '1', payload: 'still here' }, other);
      await bystander.waitFor('chat', { since: before, match: ([, message]) => (message as { id: string }).id === 'b1' });
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});

describe('spectator syncs per client address', () => {
  it('allows 30 a minute from one address, answers the next once with RATE_LIMITED and then not at all; another address syncs', async () => {
    const from = '127.0.0.41';
    const matchID = await lobbyMatch(from);
    const watcher = await GameSocket.connect(server.url, { localAddress: from });
    try {
      const limit = DEFAULT_LIMITS.spectatorSyncRate.capacity;
      for (let i = 0; i < limit; i++) await watcher.sync(matchID, null);
      const since = watcher.received.length;
      for (let i = 0; i < 5; i++) watcher.socket.emit('sync', matchID, null);
      await sleep(300);
      expect(watcher.received.slice(since).map((r) => r.event)).toEqual(['rejected']);
      expect(rejections(watcher, since)).toEqual(['RATE_LIMITED']);

      const elsewhere = await GameSocket.connect(server.url, { localAddress: '127.0.0.42' });
      await elsewhere.sync(matchID, null);
      elsewhere.close();
    } finally {
      watcher.close();
    }
  });
});
