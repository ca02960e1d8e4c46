/**
 * The HTTP side of the server: health, boardgame.io's Lobby API, the built client with its SPA
 * fallback (and a clear 503 without a build), our /api conventions (JSON errors, bodies with a
 * size limit) as a plugin sees them, and plugin clean-up on stop.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ServerPlugin } from '../../server/app.js';
import { parseInput } from '../../server/rest/errors.js';
import { NOT_BUILT_MESSAGE } from '../../server/static.js';
import { createMatch, joinSeat } from './helpers/lobby.js';
import { makeTempDirectory } from './helpers/temp-directory.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const dist = makeTempDirectory('compute-race-dist');
const INDEX = '<!doctype html><title>Compute Race</title><div id="root"></div>';
mkdirSync(join(dist.path, 'assets'));
writeFileSync(join(dist.path, 'index.html'), INDEX);
writeFileSync(join(dist.path, 'assets', 'app-1234.js'), 'console.log("app")');
writeFileSync(join(dist.path, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

/** A plugin as the seats engineer writes one: a route with a validated JSON body, a cleanup. */
let cleanedUp = 0;
const echoPlugin: ServerPlugin = ({ router, hub, db, config, onStop }) => {
  router.post('/api/echo', (ctx) => {
    const body = parseInput(z.object({ word: z.string().max(20) }), ctx.request.body);
    ctx.body = { word: body.word, matches: db.countMatches(), port: config.port, hubConnected: hub.connected('none').size };
  });
  onStop(() => {
    cleanedUp += 1;
  });
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ distDir: dist.path, plugins: [echoPlugin] });
});
afterAll(async () => {
  await server.stop();
  dist.remove();
  expect(cleanedUp).toBe(1);
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const postJson = (path: string, body: string, type = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('health and the Lobby API', () => {
  it('answers /api/health', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, matches: expect.any(Number) });
  });

  it('creates, joins, lists and shows matches under /games/compute-race without leaking credentials', async () => {
    const matchID = await createMatch(server.url, { scenario: 'embargo', rounds: 5 });
    const credentials = await joinSeat(server.url, matchID, '2', 'Ada');
    expect(credentials).toMatch(/^\S{10,}$/);
    const match = (await (await get(`/games/compute-race/${matchID}`)).json()) as { players: Array<{ id: number; name?: string }>; setupData: unknown };
    expect(match.players).toHaveLength(4);
    expect(match.players[2]).toMatchObject({ id: 2, name: 'Ada' });
    expect(match.setupData).toEqual({ scenario: 'embargo', rounds: 5 });
    const list = (await (await get('/games/compute-race')).json()) as { matches: Array<{ matchID: string }> };
    expect(list.matches.map((m) => m.matchID)).toContain(matchID);
    for (const path of [`/games/compute-race/${matchID}`, '/games/compute-race']) {
      expect(await (await get(path)).text()).not.toContain(credentials);
    }
  });

  it('refuses a match with bad setup data or the wrong number of players', async () => {
    for (const body of [{ numPlayers: 4, setupData: { rounds: 99 } }, { numPlayers: 2 }]) {
      const response = await postJson('/games/compute-race/create', JSON.stringify(body));
      expect(response.status).toBe(400);
    }
  });
});

describe('the built client', () => {
  it.each(['/', '/lobby', '/match/abc123', '/replay/abc123', '/replays'])('serves index.html for the client route %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe(INDEX);
  });

  it('serves files with their types, hashed assets as immutable', async () => {
    const script = await get('/assets/app-1234.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
    const icon = await get('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    const head = await get('/assets/app-1234.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('console.log("app")'.length));
  });

  it('answers 404 for unknown files and never leaves dist/', async () => {
    for (const path of ['/nope.js', '/assets/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('compute-race');
    }
  });

  it('answers 503 with what to run when the client is not built, while the API keeps working', async () => {
    const empty = makeTempDirectory('compute-race-no-dist');
    const bare = await startTestServer({ distDir: join(empty.path, 'dist') });
    try {
      const response = await fetch(`${bare.url}/match/abc`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(NOT_BUILT_MESSAGE);
      expect((await fetch(`${bare.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${bare.url}/games`)).status).toBe(200);
    } finally {
      await bare.stop();
      empty.remove();
    }
  });
});

describe('/api conventions for plugins', () => {
  it('gives a plugin route the parsed JSON body and its context', async () => {
    const response = await postJson('/api/echo', JSON.stringify({ word: 'hello' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ word: 'hello', matches: expect.any(Number), port: 0, hubConnected: 0 });
  });

  it.each([
    ['invalid input', JSON.stringify({ word: 42 }), 'application/json', 400, 'BAD_REQUEST'],
    ['broken JSON', '{"word":', 'application/json', 400, 'BAD_JSON'],
    ['a body that is not JSON', 'word=hello', 'application/x-www-form-urlencoded', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an oversized body', JSON.stringify({ word: 'x'.repeat(40_000) }), 'application/json', 413, 'TOO_LARGE'],
  ])('refuses %s with a JSON error', async (_name, body, type, status, code) => {
    const response = await postJson('/api/echo', body, type);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('answers unknown /api routes and methods with JSON errors', async () => {
    const missing = await get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    const wrongMethod = await get('/api/echo');
    expect(wrongMethod.status).toBeGreaterThanOrEqual(400);
    expect(await wrongMethod.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});
