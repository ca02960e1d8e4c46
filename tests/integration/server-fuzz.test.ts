/**
 * A bounded fuzz of the whole outside surface: several thousand generated messages (seeded, so a
 * failure repeats) to every Lobby and /api route and every socket event, mixing well-formed
 * fields with hostile ones (`__proto__`/`constructor`/`prototype` as ids and keys, objects where
 * strings belong, deep nesting, control characters, oversized values, wrong and real secrets),
 * plus each attack of issue 9 by name. The server runs in its own process with its prototypes
 * frozen (helpers/frozen-server.ts), so a pollution attempt would fail loudly there.
 *
 * It must end with: no 5xx, no SERVER_ERROR, no error logged, no answer echoing a secret the
 * fuzz sent, the process up, and a normal match then played to its end.
 *
 * The per-socket and per-credential message limits are raised here, and only here among the
 * hardening tests: at their defaults they would drop most fuzzed socket messages unread, and
 * the point is to reach the checks behind them (the limits have their own tests, and the flood
 * test runs at the defaults). Creation, sockets per address and spectator syncs stay at their
 * defaults, so the mass creation and the socket burst below meet them.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_NAMES, PLAYER_IDS, SCENARIO_IDS } from '../../src/game/index.js';
import { pendingMoves } from './helpers/default-play.js';
import { GameSocket, type RejectedPayload, type StateLike } from './helpers/game-socket.js';
import { send, type Answer } from './helpers/http.js';
import { spawnServer, type ServerProcess } from './helpers/server-process.js';
import { makeTempDirectory } from './helpers/temp-directory.js';

const SEED = 20_260_509;
const REST_MESSAGES = 2_400;
const SOCKET_MESSAGES = 3_000;
/** Every secret the fuzz makes up carries this, so an echo is easy to see. */
const MARK = 'S3CR3T';
const GAME = 'compute-race';

const dataDir = makeTempDirectory('compute-race-fuzz');
let server: ServerProcess;

beforeAll(async () => {
  server = await spawnServer(
    dataDir.path,
    { BOT_DELAY_MS: '0', RATE_LIMIT_BURST: '100000', RATE_LIMIT_PER_SECOND: '100000', CREDENTIAL_RATE_BURST: '100000', CREDENTIAL_RATE_PER_SECOND: '100000' },
    30_000,
    'tests/integration/helpers/frozen-server.ts',
  );
});
afterAll(() => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  dataDir.remove();
});

/** What the fuzz knows of the server's real state, so that some messages get past the first checks. */
interface Known {
  lobbyMatch: string;
  credentials: Record<string, string>;
  apiMatch: string;
  apiCode: string;
  hostToken: string;
  finishedMatch: string;
}

const post = (path: string, body: unknown, localAddress?: string) =>
  send(server.url, 'POST', path, JSON.stringify(body), localAddress === undefined ? {} : { localAddress });

async function setUp(): Promise<Known> {
  const lobbyMatch = (await post(`/games/${GAME}/create`, { numPlayers: 4, setupData: { rounds: 3 } })).json.matchID as string;
  const credentials: Record<string, string> = {};
  for (const playerID of ['0', '1']) credentials[playerID] = (await post(`/games/${GAME}/${lobbyMatch}/join`, { playerID, playerName: `P${playerID}` })).json.playerCredentials;
  const seats = [{ kind: 'human' }, { kind: 'human' }, { kind: 'bot', style: 'buyer' }, { kind: 'bot', style: 'rnd-first' }];
  const api = (await post('/api/matches', { scenario: 'embargo', rounds: 3, seats, timer: { seconds: 60 }, autoBot: true })).json;
  const bots = [{ kind: 'bot', style: 'hawk' }, { kind: 'bot', style: 'lobbyist' }, { kind: 'bot', style: 'buyer' }, { kind: 'bot', style: 'rnd-first' }];
  const finishedMatch = (await post('/api/matches', { scenario: 'open-market', rounds: 3, seats: bots })).json.matchID as string;
  for (let attempt = 0; attempt < 200; attempt++) {
    if ((await send(server.url, 'GET', `/api/matches/${finishedMatch}/record`)).status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { lobbyMatch, credentials, apiMatch: api.matchID, apiCode: api.code, hostToken: api.hostToken, finishedMatch };
}

// ---- generators ----

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const hostileString = fc.oneof(
  fc.constantFrom(...PROTO_KEYS, 'toString', 'hasOwnProperty', '0', '3', '4', '-1', '', ' ', '../etc', '%00', 'a'.repeat(300), '\u0000', '\u202Eevil', '\n'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
/** A made-up secret: marked, so that an echo shows. */
const fakeSecret = fc.string({ minLength: 1, maxLength: 20 }).map((tail) => `${MARK}-${tail}`);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** Objects whose own keys are the prototype names (built from JSON: a JS literal would set the prototype). */
const protoObject = fc.constantFrom(...PROTO_KEYS).map((key) => JSON.parse(`{"${key}":{"name":"polluted","credentials":"${MARK}-planted","toString":1}}`) as unknown);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: protoObject },
  { weight: 1, arbitrary: fc.constantFrom({ toString: 1 }, { length: 1 }, [], null, true, 4, -1, 1e308, 0.5, { valueOf: 4 }) },
  // (Deeper nesting goes in the named attacks as raw HTTP: socket.io-client's encoder recurses.)
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 1_000 }).map((depth) => JSON.parse(nested(depth)) as unknown) },
);

function sampler(seed: number) {
  let next = seed;
  return <T>(arbitrary: fc.Arbitrary<T>, count: number): T[] => fc.sample(arbitrary, { seed: next++, numRuns: count });
}

/** A JSON text for `body`, sometimes with a `__proto__`-like key added as an own key. */
const asText = (body: unknown, protoKey: string | null) => {
  const text = JSON.stringify(body) ?? 'null';
  if (protoKey === null || !text.startsWith('{')) return text;
  return `{"${protoKey}":{"name":"polluted","credentials":"${MARK}-planted"}${text === '{}' ? '' : ','}${text.slice(1)}`;
};

interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

function restRequests(known: Known, count: number): Request[] {
  const sample = sampler(SEED);
  const id = fc.oneof(fc.constantFrom(known.lobbyMatch, known.apiMatch, known.finishedMatch), hostileString).map(encodeURIComponent);
  const playerID = fc.oneof(fc.constantFrom(...PLAYER_IDS), anyValue);
  const secret = fc.oneof(fc.constantFrom(...Object.values(known.credentials)), fakeSecret, anyValue);
  const name = fc.oneof(fc.string({ maxLength: 45 }), anyValue);
  const maybeProto = fc.option(fc.constantFrom(...PROTO_KEYS), { freq: 4 });
  const body = <T>(fields: fc.Arbitrary<T>) => fc.tuple(fields, maybeProto).map(([value, proto]) => asText(value, proto));
  const optional = { requiredKeys: [] as never[] };
  const seatChoice = fc.oneof(fc.constant({ kind: 'human' }), fc.record({ kind: fc.constantFrom('bot', 'robot'), style: fc.oneof(fc.constantFrom('hawk', 'buyer', 'lobbyist'), hostileString) }), anyValue);

  const generators: Array<fc.Arbitrary<Request>> = [
    body(fc.record({ numPlayers: fc.oneof(fc.constant(4), anyValue), setupData: fc.oneof(fc.record({ scenario: fc.oneof(fc.constantFrom(...SCENARIO_IDS), anyValue), rounds: fc.oneof(fc.integer({ min: 0, max: 20 }), anyValue) }, optional), anyValue), unlisted: anyValue }, optional)).map((text) => ({ method: 'POST', path: `/games/${GAME}/create`, body: text })),
    fc.tuple(id, body(fc.record({ playerID, playerName: name, data: anyValue }, optional))).map(([match, text]) => ({ method: 'POST', path: `/games/${GAME}/${match}/join`, body: text })),
    fc.tuple(id, fc.constantFrom('leave', 'playAgain', 'update', 'rename'), body(fc.record({ playerID, credentials: secret, newName: name, data: anyValue, numPlayers: anyValue, setupData: anyValue, unlisted: anyValue }, optional))).map(([match, route, text]) => ({ method: 'POST', path: `/games/${GAME}/${match}/${route}`, body: text })),
    fc.tuple(fc.oneof(fc.constant(GAME), hostileString.map(encodeURIComponent)), fc.dictionary(hostileString, fc.string({ maxLength: 10 }), { maxKeys: 3 })).map(([game, query]) => ({ method: 'GET', path: `/games/${game}?${new URLSearchParams(query)}` })),
    id.map((match) => ({ method: 'GET', path: `/games/${GAME}/${match}` })),
    body(fc.record({ scenario: fc.oneof(fc.constantFrom(...SCENARIO_IDS), anyValue), rounds: anyValue, seats: fc.oneof(fc.array(seatChoice, { maxLength: 5 }), anyValue), timer: fc.oneof(fc.record({ seconds: anyValue }), anyValue), autoBot: anyValue, private: anyValue }, optional)).map((text) => ({ method: 'POST', path: '/api/matches', body: text })),
    id.map((match) => ({ method: 'GET', path: `/api/matches/${match}` })),
    fc.dictionary(hostileString, fc.string({ maxLength: 10 }), { maxKeys: 2 }).map((query) => ({ method: 'GET', path: `/api/matches?${new URLSearchParams(query)}` })),
    fc.oneof(fc.constant(known.apiCode), hostileString).map((code) => ({ method: 'GET', path: `/api/codes/${encodeURIComponent(code)}` })),
    fc.tuple(id, fc.oneof(fc.constantFrom(...PLAYER_IDS), hostileString.map(encodeURIComponent)), fc.constantFrom('bot', 'human'), body(fc.record({ credentials: secret, hostToken: fc.oneof(fc.constant(known.hostToken), fakeSecret, anyValue), style: anyValue }, optional))).map(([match, seat, to, text]) => ({ method: 'POST', path: `/api/matches/${match}/seats/${seat}/${to}`, body: text })),
    fc.tuple(id, fc.constantFrom('pause', 'resume'), body(fc.record({ hostToken: fc.oneof(fc.constant(known.hostToken), fakeSecret, anyValue) }, optional))).map(([match, action, text]) => ({ method: 'POST', path: `/api/matches/${match}/timer/${action}`, body: text })),
    fc.tuple(id, fc.dictionary(fc.constantFrom('download', 'playerID', 'credentials', '__proto__', 'x'), fc.oneof(fakeSecret, hostileString), { maxKeys: 3 }), fc.option(fc.tuple(hostileString, fakeSecret))).map(([match, query, auth]) => ({
      method: 'GET',
      path: `/api/matches/${match}/record?${new URLSearchParams(query)}`,
      ...(auth === null ? {} : { headers: { 'x-player-id': auth[0].replace(/[^\x20-\x7e]/g, ''), 'x-credentials': auth[1].replace(/[^\x20-\x7e]/g, '') } }),
    })),
    fc.dictionary(fc.constantFrom('limit', 'before', 'x'), hostileString, { maxKeys: 2 }).map((query) => ({ method: 'GET', path: `/api/replays?${new URLSearchParams(query)}` })),
    body(fc.record({ source: fc.oneof(fc.record({ matchID: fc.oneof(fc.constant(known.finishedMatch), hostileString) }), fc.record({ record: anyValue }), anyValue), actionIndex: fc.oneof(fc.integer({ min: -2, max: 60 }), anyValue), seats: fc.oneof(fc.array(seatChoice, { maxLength: 5 }), anyValue), timer: anyValue, private: anyValue }, optional)).map((text) => ({ method: 'POST', path: '/api/matches/fork', body: text })),
  ];
  return sample(fc.oneof(...generators), count);
}

/** Issue 9's attacks, each by name (with what it must be answered, where that is fixed). */
function namedAttacks(known: Known): Array<Request & { expect?: number }> {
  const lobby = `/games/${GAME}/${known.lobbyMatch}`;
  return [
    { method: 'POST', path: `${lobby}/join`, body: '{"playerID":"__proto__","playerName":"x"}', expect: 400 },
    { method: 'POST', path: `${lobby}/join`, body: JSON.stringify({ playerID: '2', playerName: 'n'.repeat(900_000) }), expect: 413 },
    ...['leave', 'update', 'playAgain'].map((route) => ({
      method: 'POST' as const,
      path: `${lobby}/${route}`,
      body: JSON.stringify({ playerID: '0', credentials: `${MARK}-wrong`, ...(route === 'update' ? { newName: 'x' } : {}) }),
      expect: 403,
    })),
    { method: 'POST', path: `/games/${GAME}/create`, body: '{"numPlayers":{"toString":1}}', expect: 400 },
    { method: 'POST', path: `${lobby}/leave`, body: '{"playerID":{"toString":1},"credentials":"x"}', expect: 400 },
    { method: 'POST', path: `${lobby}/join`, body: `{"playerName":"x","data":${nested(20_000)}}`, expect: 413 },
    { method: 'POST', path: `${lobby}/join`, body: `{"playerName":"x","data":${nested(5_000)}}`, expect: 400 },
    // The host hands over a seat a person has just joined (known.apiMatch seat 1, joined below).
    { method: 'POST', path: `/api/matches/${known.apiMatch}/seats/1/bot`, body: JSON.stringify({ hostToken: known.hostToken }), expect: 409 },
    // Mass creation: 60 at once from one address meets the limit (30 a minute).
    ...Array.from({ length: 60 }, () => ({ method: 'POST' as const, path: '/api/matches', body: JSON.stringify({ scenario: 'embargo', seats: [{ kind: 'human' }, { kind: 'human' }, { kind: 'human' }, { kind: 'human' }] }) })),
  ];
}

async function runAll(requests: readonly Request[], parallel = 8): Promise<Answer[]> {
  const answers: Answer[] = new Array(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < requests.length) {
        const index = next++;
        const { method, path, body, headers } = requests[index]!;
        answers[index] = await send(server.url, method, path, body, headers === undefined ? {} : { headers });
      }
    }),
  );
  return answers;
}

/** Event names socket.io-client refuses to send. */
const CLIENT_RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);

function socketMessages(known: Known, count: number): Array<[string, ...unknown[]]> {
  const sample = sampler(SEED + 1_000);
  const matchID = fc.oneof(fc.constantFrom(known.lobbyMatch, known.apiMatch), anyValue);
  const playerID = fc.oneof(fc.constantFrom(...PLAYER_IDS, null), anyValue);
  const credentials = fc.oneof(fc.constantFrom(...Object.values(known.credentials)), fakeSecret, anyValue, fc.constant(undefined));
  const binary = fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes));
  const arg = fc.oneof(anyValue, binary);
  const action = fc.oneof(
    fc.record({
      type: fc.oneof(fc.constant('MAKE_MOVE'), hostileString),
      payload: fc.oneof(fc.record({ type: fc.oneof(fc.constantFrom(...MOVE_NAMES), hostileString), args: fc.oneof(fc.array(arg, { maxLength: 10 }), anyValue), playerID, credentials }, { requiredKeys: [] }), anyValue),
    }, { requiredKeys: [] }),
    protoObject,
    anyValue,
  );
  const message = fc.oneof(
    fc.tuple(fc.constant('update'), action, fc.oneof(fc.nat(40), anyValue), matchID, playerID),
    fc.tuple(fc.constant('sync'), matchID, playerID, credentials),
    fc.tuple(fc.constant('chat'), matchID, fc.oneof(fc.record({ id: fc.oneof(fc.string({ maxLength: 8 }), anyValue), sender: playerID, payload: arg }, { requiredKeys: [] }), protoObject, anyValue), credentials),
    fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'matchData', 'rejected', 'ping'), fc.string({ maxLength: 12 })).filter((event) => !CLIENT_RESERVED.has(event)), arg, arg),
  );
  return sample(message, count) as Array<[string, ...unknown[]]>;
}

/** Plays a match of four people over sockets to its end, from another client address. */
async function playToTheEnd(): Promise<StateLike> {
  const from = '127.0.0.9';
  const matchID = (await post(`/games/${GAME}/create`, { numPlayers: 4, setupData: { scenario: 'embargo', rounds: 3 } }, from)).json.matchID as string;
  const seats: Record<string, { socket: GameSocket; credentials: string }> = {};
  for (const playerID of PLAYER_IDS) {
    const credentials = (await post(`/games/${GAME}/${matchID}/join`, { playerID, playerName: `Player ${playerID}` }, from)).json.playerCredentials as string;
    const socket = await GameSocket.connect(server.url, { localAddress: from });
    await socket.sync(matchID, playerID, credentials);
    seats[playerID] = { socket, credentials };
  }
  try {
    let [, { state }] = await seats['0']!.socket.sync(matchID, '0', seats['0']!.credentials);
    while (state.ctx.gameover === undefined) {
      const [next] = pendingMoves(state as unknown as Parameters<typeof pendingMoves>[0]);
      const { socket, credentials } = seats[next!.playerID]!;
      const outcome = await socket.move(matchID, next!.playerID, credentials, state._stateID, next!.move, next!.args);
      if (!outcome.ok) throw new Error(`move refused: ${outcome.rejected.code} ${outcome.rejected.message}`);
      state = outcome.state;
    }
    return state;
  } finally {
    for (const { socket } of Object.values(seats)) socket.close();
  }
}

describe('fuzz', () => {
  it(`${REST_MESSAGES + SOCKET_MESSAGES}+ hostile messages: no 5xx, no echoed secret, the server up, and a normal match played to its end`, async () => {
    const known = await setUp();
    // The hand-over attack's seat: a person has just joined it.
    known.credentials['api1'] = (await post(`/games/${GAME}/${known.apiMatch}/join`, { playerID: '1', playerName: 'Ada' })).json.playerCredentials;

    const named = namedAttacks(known);
    const requests = [...named, ...restRequests(known, REST_MESSAGES)];
    const answers = await runAll(requests);

    // Sockets: 25 asked for from one address (20 allowed), some seated with real credentials.
    const sockets: GameSocket[] = [];
    for (let i = 0; i < 25; i++) {
      const socket = await GameSocket.connect(server.url).catch(() => undefined);
      if (socket) sockets.push(socket);
    }
    expect(sockets).toHaveLength(20);
    await sockets[0]!.sync(known.lobbyMatch, '0', known.credentials['0']);
    await sockets[1]!.sync(known.lobbyMatch, '1', known.credentials['1']);
    await sockets[2]!.sync(known.apiMatch, null);
    const messages = socketMessages(known, SOCKET_MESSAGES);
    // One seat's credentials on five sockets, chatting 4 KB at a time (issue 9's flood, small).
    for (const socket of sockets.slice(0, 5)) {
      for (let i = 0; i < 20; i++) socket.socket.emit('chat', known.lobbyMatch, { id: `f${i}`, sender: '0', payload: 'x'.repeat(4_000) }, known.credentials['0']);
    }
    messages.forEach(([event, ...args], index) => sockets[index % sockets.length]!.socket.emit(event, ...args));
    // Let every answer arrive: wait until the sockets have been quiet for half a second.
    let heard = -1;
    while (heard !== sockets.reduce((sum, socket) => sum + socket.received.length, 0)) {
      heard = sockets.reduce((sum, socket) => sum + socket.received.length, 0);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const replies = sockets.flatMap((socket) => socket.received);
    for (const socket of sockets) socket.close();

    const sent = requests.length + messages.length + 100;
    const fiveHundreds = answers.filter((answer) => answer.status >= 500);
    const codes = replies.filter((r) => r.event === 'rejected').map((r) => (r.args[0] as RejectedPayload).code);
    console.log(
      `fuzz: ${requests.length} HTTP requests (${fiveHundreds.length} answered 5xx; ${answers.filter((a) => a.status === 429).length} × 429, ` +
        `${answers.filter((a) => a.status < 300).length} × 2xx) and ${messages.length + 100} socket messages (${codes.length} refusals, ` +
        `${codes.filter((code) => code === 'SERVER_ERROR').length} SERVER_ERROR); ${sent} in all`,
    );
    expect(sent).toBeGreaterThanOrEqual(5_000);
    expect(fiveHundreds.map((answer, index) => `${answer.status} ${requests[answers.indexOf(answer)]?.path ?? index}`)).toEqual([]);
    expect(codes).not.toContain('SERVER_ERROR');
    named.forEach((attack, index) => {
      if (attack.expect !== undefined) expect({ path: attack.path, status: answers[index]!.status }).toEqual({ path: attack.path, status: attack.expect });
    });
    expect(answers.slice(named.length - 60, named.length).filter((answer) => answer.status === 429).length).toBeGreaterThan(0);

    // No answer echoes a secret the fuzz made up, and no refusal carries a real one.
    const realSecrets = [...Object.values(known.credentials), known.hostToken];
    answers.forEach((answer, index) => {
      expect(answer.text.includes(MARK), requests[index]!.path).toBe(false);
      if (answer.status >= 400) for (const secret of realSecrets) expect(answer.text.includes(secret), requests[index]!.path).toBe(false);
    });
    const replyText = JSON.stringify(replies.filter((r) => r.event === 'rejected'));
    expect(replyText.includes(MARK)).toBe(false);
    for (const secret of realSecrets) expect(replyText.includes(secret)).toBe(false);

    // The server is up, logged no error, and plays a normal match to its end.
    expect(server.child.exitCode).toBeNull();
    expect((await send(server.url, 'GET', '/api/health')).status).toBe(200);
    const final = await playToTheEnd();
    expect(final.ctx.gameover).toBeDefined();
    expect(server.lines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });
});
