/**
 * boardgame.io's Lobby API as our server answers it (server/lobby): boardgame.io's own
 * LobbyClient works unchanged, every malformed request gets a 4xx JSON error (never a 5xx), no
 * error echoes a secret, names follow one rule, and the list shows at most 100 open matches,
 * newest first, never a private one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perMinute } from '../../server/limits/token-bucket.js';
import { LOBBY_LIST_LIMIT } from '../../server/lobby/routes.js';
import { NAME_RULE } from '../../server/names.js';
import { createSeatsPlugin } from '../../server/seats/index.js';
import { GAME_NAME } from '../../src/game/index.js';
import { LobbyClient } from './helpers/boardgame-io.js';
import { send } from './helpers/http.js';
import { createMatch, joinSeat } from './helpers/lobby.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // This file creates more than 100 matches from one address to fill the list: the creation
  // limit (its own test is in server-limits.test.ts) is raised so that it does not get in the way.
  server = await startTestServer({ limits: { creationRate: perMinute(10_000) }, plugins: [createSeatsPlugin({ botDelayMs: 0 })] });
});
afterAll(() => server.stop());

const lobbyPath = (rest = '') => `/games/${GAME_NAME}${rest}`;
const post = (path: string, body: unknown) => send(server.url, 'POST', path, typeof body === 'string' ? body : JSON.stringify(body));

describe("boardgame.io's LobbyClient", () => {
  it('creates, lists, gets, joins, renames, plays again and leaves, with the answers boardgame.io gives', async () => {
    const lobby = new LobbyClient({ server: server.url });
    const { matchID } = await lobby.createMatch(GAME_NAME, { numPlayers: 4, setupData: { scenario: 'embargo', rounds: 3 } });
    expect(matchID).toMatch(/^[A-Za-z0-9_-]{11}$/);

    // Without a playerID: the first free seat. The name is trimmed.
    const joined = await lobby.joinMatch(GAME_NAME, matchID, { playerName: '  Ada  ' });
    expect(joined).toEqual({ playerID: '0', playerCredentials: expect.stringMatching(/^\S{20,}$/) });
    const credentials = joined.playerCredentials;
    const match = await lobby.getMatch(GAME_NAME, matchID);
    expect(match).toMatchObject({ matchID, gameName: GAME_NAME, unlisted: false, setupData: { scenario: 'embargo', rounds: 3 } });
    expect(match.players).toEqual([{ id: 0, name: 'Ada' }, { id: 1 }, { id: 2 }, { id: 3 }]);
    expect((await lobby.listMatches(GAME_NAME, { isGameover: false })).matches.map((m) => m.matchID)).toContain(matchID);

    await lobby.updatePlayer(GAME_NAME, matchID, { playerID: '0', credentials, newName: 'Ada L.', data: { colour: 'teal' } });
    expect((await lobby.getMatch(GAME_NAME, matchID)).players[0]).toEqual({ id: 0, name: 'Ada L.', data: { colour: 'teal' } });

    // One next match, however often it is asked for.
    const again = await lobby.playAgain(GAME_NAME, matchID, { playerID: '0', credentials });
    expect(again.nextMatchID).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(await lobby.playAgain(GAME_NAME, matchID, { playerID: '0', credentials })).toEqual(again);
    expect((await lobby.getMatch(GAME_NAME, again.nextMatchID)).setupData).toEqual({ scenario: 'embargo', rounds: 3 });

    // Leaving frees the seat; as in boardgame.io, a match everyone left is removed.
    const other = await lobby.joinMatch(GAME_NAME, matchID, { playerID: '2', playerName: 'Bo' });
    await lobby.leaveMatch(GAME_NAME, matchID, { playerID: '0', credentials });
    // (boardgame.io keeps a seat's data when its player leaves; only the name and credentials go.)
    expect((await lobby.getMatch(GAME_NAME, matchID)).players[0]).toEqual({ id: 0, data: { colour: 'teal' } });
    await lobby.leaveMatch(GAME_NAME, matchID, { playerID: '2', credentials: other.playerCredentials });
    await expect(lobby.getMatch(GAME_NAME, matchID)).rejects.toThrow('HTTP status 404');
  });

  it('refuses a taken seat, a full match and an unknown match or game with JSON errors LobbyClient passes on', async () => {
    const matchID = await createMatch(server.url);
    for (const playerID of ['0', '1', '2', '3']) await joinSeat(server.url, matchID, playerID);
    const cases: Array<[string, unknown, number, string]> = [
      [lobbyPath(`/${matchID}/join`), { playerID: '1', playerName: 'Eve' }, 409, 'SEAT_TAKEN'],
      [lobbyPath(`/${matchID}/join`), { playerName: 'Eve' }, 409, 'MATCH_FULL'],
      [lobbyPath('/NoSuchMatch1/join'), { playerName: 'Eve' }, 404, 'MATCH_NOT_FOUND'],
      ['/games/chess/create', { numPlayers: 2 }, 404, 'GAME_NOT_FOUND'],
    ];
    for (const [path, body, status, code] of cases) {
      const answer = await post(path, body);
      expect({ path, status: answer.status, code: answer.json?.error?.code }).toEqual({ path, status, code });
    }
  });
});

describe('malformed requests get a 4xx, never a 5xx', () => {
  let matchID: string;
  let credentials: string;
  beforeAll(async () => {
    matchID = await createMatch(server.url);
    credentials = await joinSeat(server.url, matchID, '0', 'Ada');
  });

  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it.each([
    // boardgame.io 0.50.2 answered these three with 500.
    ['create with numPlayers {"toString":1}', () => lobbyPath('/create'), () => '{"numPlayers":{"toString":1}}', 400],
    ['leave with playerID {"toString":1}', () => lobbyPath(`/${matchID}/leave`), () => `{"playerID":{"toString":1},"credentials":"x"}`, 400],
    ['join with data nested 20,000 deep (over the body limit)', () => lobbyPath(`/${matchID}/join`), () => `{"playerName":"x","data":${nested(20_000)}}`, 413],
    ['join with data nested 5,000 deep', () => lobbyPath(`/${matchID}/join`), () => `{"playerName":"x","data":${nested(5_000)}}`, 400],
    ['create with a numPlayers string', () => lobbyPath('/create'), () => '{"numPlayers":"4"}', 400],
    ['create with unlisted as a string', () => lobbyPath('/create'), () => '{"numPlayers":4,"unlisted":"yes"}', 400],
    ['create with setupData the game refuses', () => lobbyPath('/create'), () => '{"numPlayers":4,"setupData":{"rounds":99}}', 400],
    ['create for two players', () => lobbyPath('/create'), () => '{"numPlayers":2}', 400],
    ['join with an array body', () => lobbyPath(`/${matchID}/join`), () => '[1,2]', 400],
    ['join with a playerID number', () => lobbyPath(`/${matchID}/join`), () => '{"playerID":1,"playerName":"x"}', 400],
    ['join with a seat the match does not have', () => lobbyPath(`/${matchID}/join`), () => '{"playerID":"4","playerName":"x"}', 400],
    ['join with an unknown field', () => lobbyPath(`/${matchID}/join`), () => '{"playerName":"x","admin":true}', 400],
    ['join with broken JSON', () => lobbyPath(`/${matchID}/join`), () => '{"playerName":', 400],
    ['leave with credentials as an object', () => lobbyPath(`/${matchID}/leave`), () => '{"playerID":"0","credentials":{"length":1}}', 400],
    ['update with nothing to change', () => lobbyPath(`/${matchID}/update`), () => `{"playerID":"0","credentials":"${credentials}"}`, 400],
    ['playAgain with numPlayers as an object', () => lobbyPath(`/${matchID}/playAgain`), () => `{"playerID":"0","credentials":"${credentials}","numPlayers":{}}`, 400],
    ['a match ID with a slash-dot path', () => lobbyPath('/..%2F..%2Fetc/join'), () => '{"playerName":"x"}', 400],
  ])('%s', async (_label, path, body, status) => {
    const answer = await post(path(), body());
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  it('answers unknown list filters and a malformed match ID on GET with 400', async () => {
    expect((await send(server.url, 'GET', lobbyPath('?updatedBefore=soon'))).status).toBe(400);
    expect((await send(server.url, 'GET', lobbyPath('?isGameover=true&isGameover=false'))).status).toBe(400);
    expect((await send(server.url, 'GET', lobbyPath('?admin=1'))).status).toBe(400);
    expect((await send(server.url, 'GET', lobbyPath('/a.b'))).status).toBe(400);
  });
});

describe('secrets', () => {
  it('a wrong credential is never echoed: leave, update and playAgain answer 403 without it', async () => {
    const matchID = await createMatch(server.url);
    const real = await joinSeat(server.url, matchID, '0', 'Ada');
    const wrong = 'wrong-secret-7b3f9c2e';
    for (const [route, extra] of [
      ['leave', {}],
      ['update', { newName: 'Mallory' }],
      ['playAgain', {}],
    ] as const) {
      const answer = await post(lobbyPath(`/${matchID}/${route}`), { playerID: '0', credentials: wrong, ...extra });
      expect(answer.status).toBe(403);
      expect(answer.json.error.code).toBe('BAD_CREDENTIALS');
      expect(answer.text).not.toContain(wrong);
      expect(answer.text).not.toContain(real);
    }
    // An over-long one is refused by its shape, and not echoed either.
    const long = `x${'s'.repeat(300)}`;
    const answer = await post(lobbyPath(`/${matchID}/leave`), { playerID: '0', credentials: long });
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain(long.slice(0, 40));
  });
});

describe('names', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '    '],
    ['41 characters', 'a'.repeat(41)],
    ['a newline', 'Ada\nLovelace'],
    ['a bidirectional override', 'Ada\u202Eecalevol'],
    ['a NUL', 'Ada\u0000'],
    ['not a string', 42],
  ])('refuses a name that is %s, on join and on update, naming the rule', async (_label, name) => {
    const matchID = await createMatch(server.url);
    const credentials = await joinSeat(server.url, matchID, '0', 'Ada');
    const join = await post(lobbyPath(`/${matchID}/join`), { playerID: '1', playerName: name });
    expect(join.status).toBe(400);
    expect(join.json.error.message).toContain(NAME_RULE);
    const update = await post(lobbyPath(`/${matchID}/update`), { playerID: '0', credentials, newName: name });
    expect(update.status).toBe(400);
    expect(update.json.error.message).toContain(NAME_RULE);
    expect((await send(server.url, 'GET', lobbyPath(`/${matchID}`))).json.players.map((p: { name?: string }) => p.name)).toEqual(['Ada', undefined, undefined, undefined]);
  });

  it('takes 40 characters (emoji count as one), trimmed', async () => {
    const matchID = await createMatch(server.url);
    const forty = `${'é'.repeat(38)}🙂🙂`;
    await joinSeat(server.url, matchID, '0', `  ${forty}  `);
    expect((await send(server.url, 'GET', lobbyPath(`/${matchID}`))).json.players[0].name).toBe(forty);
  });

  it('refuses a 900,000-character name before reading it all (413), and stores nothing', async () => {
    const matchID = await createMatch(server.url);
    const answer = await post(lobbyPath(`/${matchID}/join`), { playerID: '0', playerName: 'n'.repeat(900_000) });
    expect(answer.status).toBe(413);
    expect((await send(server.url, 'GET', lobbyPath(`/${matchID}`))).json.players[0]).toEqual({ id: 0 });
  });
});

describe('the open list', () => {
  it('shows at most 100 open matches, newest first: never a private, full or finished one', async () => {
    const privateMatch = await post(lobbyPath('/create'), { numPlayers: 4, unlisted: true });
    expect(privateMatch.status).toBe(200);
    const apiPrivate = await post('/api/matches', { scenario: 'embargo', private: true, seats: [{ kind: 'human' }, { kind: 'human' }, { kind: 'human' }, { kind: 'human' }] });
    expect(apiPrivate.status).toBe(201);
    const full = await createMatch(server.url);
    for (const playerID of ['0', '1', '2', '3']) await joinSeat(server.url, full, playerID);
    const created: string[] = [];
    for (let index = 0; index < LOBBY_LIST_LIMIT + 20; index++) created.push(await createMatch(server.url));

    const answer = await send(server.url, 'GET', lobbyPath());
    expect(answer.status).toBe(200);
    const listed: string[] = answer.json.matches.map((match: { matchID: string }) => match.matchID);
    expect(listed).toHaveLength(LOBBY_LIST_LIMIT);
    expect(listed).toEqual(created.slice(-LOBBY_LIST_LIMIT).reverse());
    for (const hidden of [privateMatch.json.matchID, apiPrivate.json.matchID, full]) expect(listed).not.toContain(hidden);
    expect(answer.text).not.toMatch(/credentials/);
    // Private: not listed, but joinable by its link, and its /api description says so.
    expect((await send(server.url, 'GET', lobbyPath(`/${privateMatch.json.matchID}`))).status).toBe(200);
    expect((await send(server.url, 'GET', `/api/matches/${apiPrivate.json.matchID}`)).json.private).toBe(true);
    const openApi = (await send(server.url, 'GET', '/api/matches?status=open')).json.matches.map((match: { matchID: string }) => match.matchID);
    expect(openApi).not.toContain(apiPrivate.json.matchID);
    await joinSeat(server.url, apiPrivate.json.matchID, '0', 'Ada');
    // Asked for finished matches, the open list has none.
    expect((await send(server.url, 'GET', lobbyPath('?isGameover=true'))).json).toEqual({ matches: [] });
  });
});
