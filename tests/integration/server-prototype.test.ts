/**
 * Prototype pollution, tried everywhere: `__proto__`, `constructor` and `prototype` in every id
 * and key position of every Lobby and /api route and of every socket event. boardgame.io 0.50.2's
 * Lobby took `{"playerID":"__proto__"}` on join and wrote the name and credentials into
 * Object.prototype, after which every match on the server was broken. Here every attempt is
 * refused with a 4xx (or a `rejected`), the server's prototypes are unchanged (the server runs in
 * this process, so they are the test's own), and create, join and a move still work, in a match
 * made before the attempts and in one made after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordsPlugin } from '../../server/records/index.js';
import { createSeatsPlugin } from '../../server/seats/index.js';
import { defaultPolicy, GAME_NAME, type GameState } from '../../src/game/index.js';
import { GameSocket } from './helpers/game-socket.js';
import { send, type Answer } from './helpers/http.js';
import { openTable, type Table } from './helpers/seated-sockets.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

let server: TestServer;
let before: Table;
/** The own property names of each prototype, as they were before any attempt. */
let shapes: string[][];

const shapeOf = () => PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).map(String).sort());

beforeAll(async () => {
  shapes = shapeOf();
  // ~50 crafted messages go out at once on one socket, most with seat 0's credentials: the rate
  // limits (tested in server-limits.test.ts) would drop most of them before the checks tried here.
  const unlimited = { capacity: 10_000, refillPerSecond: 10_000 };
  server = await startTestServer({
    limits: { rateLimit: unlimited, credentialRate: unlimited },
    plugins: [createSeatsPlugin({ botDelayMs: 0 }), createRecordsPlugin()],
  });
  before = await openTable(server.url, { rounds: 3 });
});
afterAll(async () => {
  before.close();
  await server.stop();
});

/** A JSON object text whose own key is `key` (a JS literal `{ __proto__: x }` would set the prototype instead). */
const withKey = (key: string, fields: Record<string, unknown> = {}, value: unknown = { name: 'polluted', credentials: 'planted', isAdmin: true }) =>
  `{${[...Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), `${JSON.stringify(key)}:${JSON.stringify(value)}`].join(',')}}`;

/** A value with an own `key` property, to send over socket.io (which serialises with JSON). */
const objectWithKey = (key: string, fields: Record<string, unknown> = {}) => JSON.parse(withKey(key, fields)) as Record<string, unknown>;

function expectUnpolluted(): void {
  expect(shapeOf()).toEqual(shapes);
  const probe: Record<string, unknown> = {};
  for (const field of ['name', 'credentials', 'isAdmin', 'rounds', 'unlisted', 'data']) expect(probe[field]).toBeUndefined();
}

describe('__proto__, constructor and prototype in every id and key position', () => {
  it('every HTTP route refuses them with a 4xx and changes nothing', async () => {
    const { matchID, credentials } = before;
    const seats = JSON.stringify([{ kind: 'human' }, { kind: 'human' }, { kind: 'human' }, { kind: 'human' }]);
    const matchesBefore = server.db.countMatches();
    const answers: Array<[string, Answer]> = [];
    const call = async (method: string, path: string, body?: string, headers?: Record<string, string>) => {
      answers.push([`${method} ${path} ${body ?? ''} ${JSON.stringify(headers ?? {})}`, await send(server.url, method, path, body, headers === undefined ? {} : { headers })]);
    };

    for (const key of KEYS) {
      const id = encodeURIComponent(key);
      // The Lobby: the game name, the match ID, the playerID, body keys, setupData and data keys, query keys.
      await call('POST', `/games/${id}/create`, '{"numPlayers":4}');
      await call('GET', `/games/${id}`);
      await call('GET', `/games/${GAME_NAME}/${id}`);
      await call('GET', `/games/${GAME_NAME}?${id}=1`);
      for (const route of ['join', 'leave', 'playAgain', 'update', 'rename']) {
        await call('POST', `/games/${GAME_NAME}/${id}/${route}`, JSON.stringify({ playerID: '0', playerName: 'x', credentials: credentials['0'] }));
      }
      await call('POST', `/games/${GAME_NAME}/${matchID}/join`, JSON.stringify({ playerID: key, playerName: 'x' }));
      await call('POST', `/games/${GAME_NAME}/${matchID}/join`, withKey(key, { playerName: 'x' }));
      await call('POST', `/games/${GAME_NAME}/${matchID}/join`, JSON.stringify({ playerName: 'x', data: objectWithKey(key) }).replace('"data":{', `"data":{"${key}":{"credentials":"planted"},`));
      for (const route of ['leave', 'playAgain', 'update']) {
        await call('POST', `/games/${GAME_NAME}/${matchID}/${route}`, JSON.stringify({ playerID: key, credentials: credentials['0'], newName: 'x' }));
        await call('POST', `/games/${GAME_NAME}/${matchID}/${route}`, withKey(key, { playerID: '0', credentials: 'wrong', newName: 'x' }));
      }
      await call('POST', `/games/${GAME_NAME}/create`, withKey(key, { numPlayers: 4 }));
      await call('POST', `/games/${GAME_NAME}/create`, `{"numPlayers":4,"setupData":${withKey(key, {}, { rounds: 99, scenario: 'mars' })}}`);

      // Our /api: path IDs, body keys (top level and inside seats and timer), headers, query keys.
      await call('POST', '/api/matches', withKey(key, { scenario: 'embargo', seats: JSON.parse(seats) }));
      await call('POST', '/api/matches', `{"scenario":"embargo","seats":[${withKey(key, { kind: 'human' })},{"kind":"human"},{"kind":"human"},{"kind":"human"}]}`);
      await call('POST', '/api/matches', `{"scenario":"embargo","seats":${seats},"timer":${withKey(key, { seconds: 60 })}}`);
      await call('GET', `/api/matches/${id}`);
      await call('GET', `/api/codes/${id}`);
      await call('POST', `/api/matches/${matchID}/seats/${id}/bot`, JSON.stringify({ credentials: credentials['0'] }));
      await call('POST', `/api/matches/${id}/seats/0/bot`, JSON.stringify({ credentials: credentials['0'] }));
      await call('POST', `/api/matches/${matchID}/seats/0/human`, withKey(key, { credentials: credentials['0'] }));
      await call('POST', `/api/matches/${matchID}/timer/pause`, withKey(key, { hostToken: 'x' }));
      await call('GET', `/api/matches/${matchID}/record?playerID=${id}&credentials=x`);
      await call('GET', `/api/matches/${matchID}/record?${id}=1`);
      await call('GET', `/api/matches/${matchID}/record`, undefined, { 'x-player-id': key, 'x-credentials': credentials['0']! });
      await call('GET', `/api/replays?before=${id}`);
      await call('GET', `/api/replays?${id}=1`);
      await call('POST', '/api/matches/fork', withKey(key, { source: { matchID }, actionIndex: 0, seats: JSON.parse(seats) }));
      await call('POST', '/api/matches/fork', `{"source":${withKey(key, { matchID })},"actionIndex":0,"seats":${seats}}`);
      await call('POST', '/api/matches/fork', `{"source":{"record":${withKey(key, { formatVersion: 1 })}},"actionIndex":0,"seats":${seats}}`);
    }

    const not4xx = answers.filter(([, answer]) => answer.status < 400 || answer.status >= 500).map(([request, answer]) => `${answer.status} ${request}`);
    expect(not4xx).toEqual([]);
    expect(server.db.countMatches()).toBe(matchesBefore);
    expectUnpolluted();
  });

  it('every socket event refuses them and changes nothing', async () => {
    const { matchID, credentials } = before;
    const stored = JSON.stringify(await server.db.fetch(matchID, { state: true, log: true }));
    const socket = await GameSocket.connect(server.url);
    const policy = defaultPolicy(before.latest('0').G as unknown as GameState);
    const sent: string[] = [];
    const emit = (event: string, ...args: unknown[]) => {
      sent.push(`${event} ${JSON.stringify(args).slice(0, 120)}`);
      socket.socket.emit(event, ...args);
    };
    try {
      for (const key of KEYS) {
        const move = (payload: Record<string, unknown>, stateID: unknown = 0, match: unknown = matchID, playerID: unknown = '0') =>
          emit('update', { type: 'MAKE_MOVE', payload: { type: 'setPolicy', args: [policy], playerID: '0', credentials: credentials['0'], ...payload } }, stateID, match, playerID);
        move({}, 0, key);
        move({}, 0, matchID, key);
        move({ playerID: key });
        move({ type: key });
        move({ credentials: key });
        move({ args: [objectWithKey(key, { ...policy })] });
        move({ args: [{ ...policy, tier: key }] });
        emit('update', { type: key, payload: { type: 'setPolicy', args: [policy], playerID: '0', credentials: credentials['0'] } }, 0, matchID, '0');
        emit('update', objectWithKey(key, { type: 'MAKE_MOVE', payload: { type: 'setPolicy', args: [policy], playerID: '0', credentials: credentials['0'] } }), 0, matchID, '0');
        emit('update', { type: 'MAKE_MOVE', payload: objectWithKey(key, { type: 'setPolicy', args: [policy], playerID: '0', credentials: credentials['0'] }) }, 0, matchID, '0');
        emit('sync', key, null);
        emit('sync', matchID, key, credentials['0']);
        emit('sync', matchID, '0', key);
        emit('sync', matchID, '0', objectWithKey(key));
        emit('chat', key, { id: 'c', sender: '0', payload: 'hi' }, credentials['0']);
        emit('chat', matchID, { id: key, sender: key, payload: objectWithKey(key) }, credentials['0']);
        emit('chat', matchID, objectWithKey(key, { id: 'c', sender: '0', payload: 'hi' }), credentials['0']);
        emit(key, matchID, '0');
      }
      // Every one of them is answered with a refusal (an unknown event name gets none: it is dropped).
      const expected = sent.filter((line) => !KEYS.some((key) => line.startsWith(`${key} `)));
      await socket.waitForItem(() => socket.received.length >= expected.length, { timeoutMs: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(socket.received).toHaveLength(expected.length);
      expect(socket.received.filter((r) => r.event !== 'rejected')).toEqual([]);
      expect(socket.received.map((r) => (r.args[0] as { code: string }).code)).not.toContain('SERVER_ERROR');
    } finally {
      socket.close();
    }
    expect(JSON.stringify(await server.db.fetch(matchID, { state: true, log: true }))).toBe(stored);
    expectUnpolluted();
  });

  it('afterwards, create, join and a move work in a match made before and in a new one', async () => {
    expectUnpolluted();
    const { matchID, credentials } = before;
    const moved = await before.seats['0']!.move(matchID, '0', credentials['0'], 0, 'setPolicy', [defaultPolicy(before.latest('0').G as unknown as GameState)]);
    expect(moved.ok).toBe(true);

    const created = await send(server.url, 'POST', '/api/matches', JSON.stringify({ scenario: 'embargo', seats: [{ kind: 'human' }, { kind: 'bot', style: 'lobbyist' }, { kind: 'bot', style: 'buyer' }, { kind: 'bot', style: 'rnd-first' }] }));
    expect(created.status).toBe(201);
    const after = await openTable(server.url, { rounds: 3 });
    try {
      const policy = [defaultPolicy(after.latest('0').G as unknown as GameState)];
      expect((await after.seats['0']!.move(after.matchID, '0', after.credentials['0'], 0, 'setPolicy', policy)).ok).toBe(true);
      // Open seats are open: a join of the /api match's free seat works.
      const join = await send(server.url, 'POST', `/games/${GAME_NAME}/${created.json.matchID}/join`, JSON.stringify({ playerID: '0', playerName: 'Ada' }));
      expect(join.status).toBe(200);
    } finally {
      after.close();
    }
    expectUnpolluted();
  });
});
