/**
 * The /api routes of the seats layer over real HTTP: creating a match (a normal boardgame.io
 * match the Lobby knows), describing it, short codes, the open list, and every malformed request
 * refused with a JSON error that names the problem, creating nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../server/seats/secrets.js';
import { GAME_NAME } from '../../src/game/index.js';
import { api, bot, createMatch, human, isOver, joinSeat, makeDataDir, startTestServer, waitForMatch, type TestServer } from './seats-harness.js';

let dir: ReturnType<typeof makeDataDir>;
let running: TestServer;

beforeAll(async () => {
  dir = makeDataDir();
  running = await startTestServer(dir.path);
});

afterAll(async () => {
  await running.stop();
  dir.remove();
});

const seats = [bot('hawk'), human, bot('open-source'), human];

describe('POST /api/matches', () => {
  it('creates a boardgame.io match with its bots seated, a short code and a host token', async () => {
    const answer = await api(running.url, 'POST', '/api/matches', { scenario: 'embargo', rounds: 5, seats, timer: { seconds: 90 } });
    expect(answer.status).toBe(201);
    const { matchID, code, hostToken } = answer.body;
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'hostToken', 'matchID']);
    expect(matchID).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(code).toHaveLength(6);
    for (const symbol of code) expect(CODE_ALPHABET).toContain(symbol);
    expect(hostToken.length).toBeGreaterThanOrEqual(20);

    // boardgame.io's own Lobby sees a normal match: setup data, bot names, no credentials shown.
    const lobby = await api(running.url, 'GET', `/games/${GAME_NAME}/${matchID}`);
    expect(lobby.status).toBe(200);
    expect(lobby.body.setupData).toEqual({ scenario: 'embargo', rounds: 5 });
    expect(lobby.body.players.map((player: { name?: string }) => player.name ?? null)).toEqual(['Hawk (bot)', null, 'Open-source (bot)', null]);
    expect(JSON.stringify(lobby.body)).not.toMatch(/credentials/);
    // The bots hold their seats with credentials, like any joined player.
    const { metadata } = await running.server.db.fetch(matchID, { metadata: true });
    expect(typeof metadata!.players[0]!.credentials).toBe('string');
    expect(metadata!.players[1]!.credentials).toBeUndefined();

    const info = await api(running.url, 'GET', `/api/matches/${matchID}`);
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      matchID,
      code,
      scenario: 'embargo',
      rounds: 5,
      seats: [
        { playerID: '0', seat: 'usg', name: 'Hawk (bot)', kind: 'bot', style: 'hawk', connected: true },
        { playerID: '1', seat: 'nvidia', name: null, kind: 'human', style: null, connected: false },
        { playerID: '2', seat: 'china', name: 'Open-source (bot)', kind: 'bot', style: 'open-source', connected: true },
        { playerID: '3', seat: 'huawei', name: null, kind: 'human', style: null, connected: false },
      ],
      // Nobody is at the table yet: the timer holds its full time until a person connects.
      timer: { seconds: 90, deadline: null, paused: false },
      gameover: false,
      autoBot: false,
      private: false,
    });
    for (const secret of [metadata!.players[0]!.credentials!, metadata!.players[2]!.credentials!, hostToken]) {
      expect(JSON.stringify(info.body)).not.toContain(secret);
    }
  });

  it('takes the scenario\'s own number of years when rounds is left out', async () => {
    const { matchID } = await createMatch(running.url, { scenario: 'open-market', seats: [human, human, human, human] });
    const info = (await api(running.url, 'GET', `/api/matches/${matchID}`)).body;
    const state = (await running.server.hub.fetchState(matchID))!;
    expect(info.rounds).toBe((state.G as { rounds: number }).rounds);
    expect(info.timer).toBeNull();
  });

  const badBodies: Array<[string, unknown, RegExp]> = [
    ['no scenario', { seats }, /scenario/],
    ['an unknown scenario', { scenario: 'mars', seats }, /scenario/],
    ['3 seats', { scenario: 'embargo', seats: seats.slice(0, 3) }, /seats: exactly 4 seats/],
    ['5 seats', { scenario: 'embargo', seats: [...seats, human] }, /seats/],
    ['a China style for USG', { scenario: 'embargo', seats: [bot('buyer'), human, human, human] }, /seats\.0\.style: "buyer" is not a US Government bot style/],
    ['an unknown style', { scenario: 'embargo', seats: [human, { kind: 'bot', style: 'genius' }, human, human] }, /seats\.1\.style/],
    ['a seat kind that does not exist', { scenario: 'embargo', seats: [{ kind: 'robot' }, human, human, human] }, /seats\.0/],
    ['rounds out of range', { scenario: 'embargo', rounds: 40, seats }, /rounds/],
    ['a 9-second timer', { scenario: 'embargo', seats, timer: { seconds: 9 } }, /timer\.seconds/],
    ['a 3601-second timer', { scenario: 'embargo', seats, timer: { seconds: 3601 } }, /timer\.seconds/],
    ['a timer in words', { scenario: 'embargo', seats, timer: { seconds: 'ten' } }, /timer\.seconds/],
    ['an unexpected field', { scenario: 'embargo', seats, credentials: 'x' }, /credentials/],
    ['an array', [1, 2], /expected object/],
  ];

  it.each(badBodies)('refuses %s with a 400 that names the problem, creating nothing', async (_label, body, message) => {
    const matchesBefore = running.server.db.countMatches();
    const answer = await api(running.url, 'POST', '/api/matches', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_REQUEST');
    expect(answer.body.error.message).toMatch(message);
    expect(running.server.db.countMatches()).toBe(matchesBefore);
  });

  it('refuses broken JSON, other media types and oversized bodies, creating nothing', async () => {
    const matchesBefore = running.server.db.countMatches();
    const broken = await fetch(`${running.url}/api/matches`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"scenario":' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('BAD_JSON');
    const form = await fetch(`${running.url}/api/matches`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'scenario=embargo' });
    expect(form.status).toBe(415);
    const huge = await api(running.url, 'POST', '/api/matches', { scenario: 'embargo', seats, padding: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(running.server.db.countMatches()).toBe(matchesBefore);
  });
});

describe('codes, lookups and the open list', () => {
  it('finds a match by its short code, whatever the case and dashes', async () => {
    const { matchID, code } = await createMatch(running.url, { seats });
    expect((await api(running.url, 'GET', `/api/codes/${code}`)).body).toEqual({ matchID });
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`;
    expect((await api(running.url, 'GET', `/api/codes/${typed}`)).body).toEqual({ matchID });
  });

  it.each([['an unknown code', 'AAAAAA'], ['a malformed code', '0O1IL!']])('answers 404 for %s', async (_label, code) => {
    const answer = await api(running.url, 'GET', `/api/codes/${encodeURIComponent(code)}`);
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('CODE_NOT_FOUND');
  });

  it('answers 404 for an unknown match and 400 for a malformed ID', async () => {
    expect((await api(running.url, 'GET', '/api/matches/NoSuchMatch1')).body.error.code).toBe('MATCH_NOT_FOUND');
    const bad = await api(running.url, 'GET', `/api/matches/${encodeURIComponent('../../etc')}`);
    expect(bad.status).toBe(400);
  });

  it('lists matches with a free human seat, newest first, and nothing else', async () => {
    const full = await createMatch(running.url, { seats: [bot('hawk'), bot('lobbyist'), bot('buyer'), bot('rnd-first')] });
    const open = await createMatch(running.url, { seats: [human, bot('lobbyist'), bot('buyer'), bot('rnd-first')] });
    const taken = await createMatch(running.url, { seats: [human, bot('lobbyist'), bot('buyer'), bot('rnd-first')] });
    await joinSeat(running.url, taken.matchID, '0', 'Ada');
    await waitForMatch(running.server, full.matchID, isOver);

    const list = await api(running.url, 'GET', '/api/matches?status=open');
    expect(list.status).toBe(200);
    const ids = list.body.matches.map((match: { matchID: string }) => match.matchID);
    expect(ids).toContain(open.matchID);
    expect(ids).not.toContain(full.matchID);
    expect(ids).not.toContain(taken.matchID);
    expect(ids[0]).toBe(open.matchID);
    expect(JSON.stringify(list.body)).not.toMatch(/credentials|hostToken/);
    expect((await api(running.url, 'GET', '/api/matches?status=finished')).status).toBe(400);
  });
});
