/**
 * Handing a seat to a server bot and back: by the seat's own player, by the host once the
 * player has been away past the grace period, automatically for auto-bot matches; and every
 * refused hand-over changes nothing.
 */
import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { GAME_NAME, type GameState } from '../../src/game/index.js';
import {
  api,
  bot,
  connectClient,
  createMatch,
  human,
  isOver,
  joinSeat,
  perTestServer,
  scriptedHuman,
  startTestServer,
  waitForClient,
  waitForMatch,
} from './seats-harness.js';

const t = perTestServer();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the match API until the seat shows no connected player. */
async function waitForSeatAway(base: string, matchID: string, seat: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const info = await api(base, 'GET', `/api/matches/${matchID}`);
    if (info.body.seats[seat].connected === false) return;
    await sleep(20);
  }
  throw new Error(`seat ${seat} still shows a connected player after ${timeoutMs} ms`);
}
const ordersIn = (state: State<GameState>, ...seats: Array<'nvidia' | 'china' | 'huawei'>) =>
  state.ctx.phase === 'orders' && seats.every((seat) => state.G.secret.orders[seat] !== undefined);

describe('seat hand-over', () => {
  it('a player hands the seat to a bot and takes it back with the seat\'s credentials', async () => {
    t.running = await startTestServer(t.dir.path);
    // China is a person too, who holds every year open until they order: the test decides when.
    const { matchID } = await createMatch(t.running.url, { rounds: 3, seats: [bot('hawk'), human, human, bot('rnd-first')] });
    const credentials = await joinSeat(t.running.url, matchID, '1', 'Ada');
    const chinaCredentials = await joinSeat(t.running.url, matchID, '2', 'Bo');
    const ada = connectClient(t.running.url, matchID, '1', credentials);
    const bo = connectClient(t.running.url, matchID, '2', chinaCredentials);
    t.cleanups.push(() => ada.stop(), () => bo.stop());
    await waitForClient(ada, (state) => state.isConnected);

    // Year 1: the bots are done; NVIDIA (Ada) has not ordered and no bot orders for her.
    await waitForMatch(t.running.server, matchID, (state) => ordersIn(state, 'huawei'));
    await sleep(150);
    expect((await t.running.server.hub.fetchState(matchID))!.G.secret.orders.nvidia).toBeUndefined();

    const toBot = await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/1/bot`, { credentials, style: 'lobbyist' });
    expect(toBot.status).toBe(200);
    expect(toBot.body.seats[1]).toMatchObject({ playerID: '1', name: 'Ada', kind: 'bot', style: 'lobbyist', connected: true });
    expect(JSON.stringify(toBot.body)).not.toContain(credentials);
    // The bot orders for NVIDIA, with Ada's seat, once.
    const ordered = await waitForMatch(t.running.server, matchID, (state) => ordersIn(state, 'nvidia', 'huawei'));
    expect(ordered.G.round).toBe(1);

    const back = await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/1/human`, { credentials });
    expect(back.status).toBe(200);
    expect(back.body.seats[1]).toMatchObject({ kind: 'human', style: null, name: 'Ada', connected: true });

    // Bo orders for China: year 1 resolves. In year 2 the bot no longer plays NVIDIA.
    scriptedHuman(bo, 'buyer', 'bo');
    await waitForMatch(t.running.server, matchID, (state) => state.G.round === 2 && ordersIn(state, 'china', 'huawei'));
    await sleep(150);
    const waiting = (await t.running.server.hub.fetchState(matchID))!;
    expect(waiting.G.round).toBe(2);
    expect(waiting.G.secret.orders.nvidia).toBeUndefined();
    expect(t.running.server.db.getLog(matchID).filter((entry) => entry.action.payload?.playerID === '1')).toHaveLength(1);

    // Ada plays NVIDIA herself to the end.
    scriptedHuman(ada, 'us-first', 'ada');
    const final = await waitForMatch(t.running.server, matchID, isOver);
    expect(final.G.history).toHaveLength(3);
  });

  it('refuses hand-overs it must not make, and changes nothing when it refuses', async () => {
    t.running = await startTestServer(t.dir.path);
    const { matchID, hostToken } = await createMatch(t.running.url, { rounds: 3, seats: [human, human, human, human] });
    const credentials = await joinSeat(t.running.url, matchID, '1', 'Ada');
    const client = connectClient(t.running.url, matchID, '1', credentials);
    t.cleanups.push(() => client.stop());
    await waitForClient(client, (state) => state.isConnected);
    const before = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body;
    const seatPath = (playerID: string, to: 'bot' | 'human') => `/api/matches/${matchID}/seats/${playerID}/${to}`;

    const refusals: Array<[string, string, unknown, number, string]> = [
      ['wrong credentials', seatPath('1', 'bot'), { credentials: 'guess' }, 403, 'BAD_CREDENTIALS'],
      ['another seat\'s credentials', seatPath('2', 'bot'), { credentials }, 403, 'BAD_CREDENTIALS'],
      ['wrong host token', seatPath('2', 'bot'), { hostToken: 'nope' }, 403, 'NOT_HOST'],
      ['host, while the player is connected', seatPath('1', 'bot'), { hostToken }, 409, 'SEAT_OCCUPIED'],
      ['another seat\'s bot style', seatPath('1', 'bot'), { credentials, style: 'hawk' }, 400, 'BAD_STYLE'],
      ['both credentials and host token', seatPath('1', 'bot'), { credentials, hostToken }, 400, 'BAD_REQUEST'],
      ['no body', seatPath('1', 'bot'), undefined, 400, 'BAD_REQUEST'],
      ['a seat that does not exist', seatPath('4', 'bot'), { hostToken }, 400, 'BAD_REQUEST'],
      ['take back with wrong credentials', seatPath('1', 'human'), { credentials: 'guess' }, 403, 'BAD_CREDENTIALS'],
      ['take back an empty seat', seatPath('3', 'human'), { credentials }, 403, 'BAD_CREDENTIALS'],
      ['an unknown match', `/api/matches/NoSuchMatch/seats/1/bot`, { hostToken }, 404, 'MATCH_NOT_FOUND'],
    ];
    for (const [label, path, body, status, code] of refusals) {
      const answer = await api(t.running.url, 'POST', path, body);
      expect({ label, status: answer.status, code: answer.body?.error?.code }).toEqual({ label, status, code });
      expect(typeof answer.body.error.message).toBe('string');
    }
    expect((await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body).toEqual(before);

    // The host may seat a bot in a seat nobody has taken; nobody can then join it.
    const seated = await api(t.running.url, 'POST', seatPath('3', 'bot'), { hostToken, style: 'price-war' });
    expect(seated.status).toBe(200);
    expect(seated.body.seats[3]).toMatchObject({ kind: 'bot', style: 'price-war', name: 'Price war (bot)' });
    const join = await api(t.running.url, 'POST', `/games/${GAME_NAME}/${matchID}/join`, { playerID: '3', playerName: 'Eve' });
    expect(join.status).toBe(409);
  });

  it('the host may hand over a seat only after its player has been away for the grace period', async () => {
    t.running = await startTestServer(t.dir.path, { graceMs: 600 });
    const { matchID, hostToken } = await createMatch(t.running.url, { rounds: 3, seats: [bot('pragmatist'), human, bot('buyer'), bot('rnd-first')] });
    const credentials = await joinSeat(t.running.url, matchID, '1', 'Ada');
    const client = connectClient(t.running.url, matchID, '1', credentials);
    await waitForClient(client, (state) => state.isConnected);
    client.stop();
    // Asked as soon as the server has seen the socket close (not before: then the answer is that
    // Ada is connected), the grace period has just begun.
    await waitForSeatAway(t.running.url, matchID, 1);
    const early = await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/1/bot`, { hostToken });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/can hand it to a bot in \d+ s/);
    await waitForMatch(t.running.server, matchID, (state) => ordersIn(state, 'china', 'huawei'));
    await sleep(700);
    const late = await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/1/bot`, { hostToken });
    expect(late.status).toBe(200);
    expect(late.body.seats[1]).toMatchObject({ kind: 'bot', style: 'lobbyist', name: 'Ada' });
    await waitForMatch(t.running.server, matchID, isOver);
  });

  it('the host may not hand over a seat a person joined less than the grace period ago, even before they connect', async () => {
    t.running = await startTestServer(t.dir.path, { graceMs: 500 });
    // The server has been up longer than the grace period: a seat never seen connected used to count as away since then.
    await sleep(600);
    const { matchID, hostToken } = await createMatch(t.running.url, { rounds: 3, seats: [human, human, human, human] });
    await joinSeat(t.running.url, matchID, '1', 'Ada');
    const early = await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/1/bot`, { hostToken });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'SEAT_OCCUPIED', message: expect.stringMatching(/can hand it to a bot in \d+ s/) });
    expect((await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.seats[1]).toMatchObject({ kind: 'human', name: 'Ada' });
    // Ada never came: once the grace period has passed since she joined, the host may.
    await sleep(600);
    const late = await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/1/bot`, { hostToken });
    expect(late.status).toBe(200);
    expect(late.body.seats[1]).toMatchObject({ kind: 'bot', name: 'Ada' });
  });

  it('an auto-bot match hands the seat of a player who left to a stand-in bot while others play on, and the player can take it back', async () => {
    // Slow bots (30 ms a move) so that the match is still on when Grace comes back.
    t.running = await startTestServer(t.dir.path, { graceMs: 300, botDelayMs: 30 });
    const { matchID } = await createMatch(t.running.url, { rounds: 12, autoBot: true, seats: [human, human, bot('buyer'), bot('rnd-first')] });
    const credentials = await joinSeat(t.running.url, matchID, '0', 'Grace');
    const halCredentials = await joinSeat(t.running.url, matchID, '1', 'Hal');
    const hal = connectClient(t.running.url, matchID, '1', halCredentials);
    t.cleanups.push(() => hal.stop());
    scriptedHuman(hal, 'us-first', 'hal');
    const first = connectClient(t.running.url, matchID, '0', credentials);
    await waitForClient(first, (state) => state.isConnected);
    expect((await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.seats[0]).toMatchObject({ kind: 'human', connected: true });
    first.stop();

    // Away past the grace period while Hal stays: the stand-in USG bot plays on.
    const played = await waitForMatch(t.running.server, matchID, (state) => state.G.history.length >= 1);
    expect(played.G.history.length).toBeGreaterThanOrEqual(1);
    const info = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body;
    expect(info.autoBot).toBe(true);
    expect(info.seats[0]).toMatchObject({ kind: 'bot', style: 'pragmatist', name: 'Grace' });

    // Back at the table, Grace takes the seat back and finishes the match herself.
    const second = connectClient(t.running.url, matchID, '0', credentials);
    t.cleanups.push(() => second.stop());
    await waitForClient(second, (state) => state.isConnected);
    expect((await api(t.running.url, 'POST', `/api/matches/${matchID}/seats/0/human`, { credentials })).status).toBe(200);
    scriptedHuman(second, 'hawk', 'grace');
    await waitForMatch(t.running.server, matchID, isOver);
    expect((await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.seats[0]).toMatchObject({ kind: 'human', connected: true });
  });

  it('a table every person has left waits for them: no stand-in bot until one of them is back', async () => {
    t.running = await startTestServer(t.dir.path, { graceMs: 300 });
    const { matchID } = await createMatch(t.running.url, { rounds: 3, autoBot: true, seats: [human, human, bot('buyer'), bot('rnd-first')] });
    const graceCredentials = await joinSeat(t.running.url, matchID, '0', 'Grace');
    const halCredentials = await joinSeat(t.running.url, matchID, '1', 'Hal');
    for (const [playerID, credentials] of [['0', graceCredentials], ['1', halCredentials]] as const) {
      const client = connectClient(t.running.url, matchID, playerID, credentials);
      await waitForClient(client, (state) => state.isConnected);
      client.stop();
    }
    await waitForSeatAway(t.running.url, matchID, 0);
    await waitForSeatAway(t.running.url, matchID, 1);

    // Both away well past the grace period: nobody is waiting for anyone, nothing is played.
    await sleep(900);
    const waiting = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body;
    expect(waiting.seats.slice(0, 2).map((seat: { kind: string }) => seat.kind)).toEqual(['human', 'human']);
    expect((await t.running.server.hub.fetchState(matchID))!._stateID).toBe(0);

    // Hal is back and waits for Grace's policy: her seat goes to the stand-in bot now, his stays his.
    const hal = connectClient(t.running.url, matchID, '1', halCredentials);
    t.cleanups.push(() => hal.stop());
    scriptedHuman(hal, 'us-first', 'hal');
    await waitForMatch(t.running.server, matchID, (state) => state.G.history.length >= 1);
    const info = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body;
    expect(info.seats[0]).toMatchObject({ kind: 'bot', style: 'pragmatist', name: 'Grace' });
    expect(info.seats[1]).toMatchObject({ kind: 'human', name: 'Hal', connected: true });
  });
});
