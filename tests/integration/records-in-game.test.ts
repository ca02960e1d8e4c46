/**
 * During a game, a seat may fetch its own record with its credentials: its own orders, the US
 * Government's policies and the public figures, but no other seat's order, no seed and no state
 * digests. A spectator waits for the end; wrong credentials are refused.
 */
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/record/index.js';
import { existing, startRecordsServer } from './records-harness.js';
import {
  api,
  bot,
  connectClient,
  createMatch,
  human,
  joinSeat,
  perTestServer,
  scriptedHuman,
  waitForMatch,
} from './seats-harness.js';

const t = perTestServer();

async function getRecord(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${t.running!.url}${path}`, { headers });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('the record during a game', () => {
  it('is redacted for the asking seat and refused to spectators and wrong credentials', async () => {
    t.running = await startRecordsServer(t.dir.path);
    // Two people: China orders over its socket, NVIDIA never does, so the year waits on NVIDIA.
    const { matchID } = await createMatch(t.running.url, { scenario: 'sliding-scale', rounds: 4, seats: [bot('pragmatist'), human, human, bot('price-war')] });
    const nvidiaCredentials = await joinSeat(t.running.url, matchID, '1', 'Ana');
    const chinaCredentials = await joinSeat(t.running.url, matchID, '2', 'Bo');
    const china = connectClient(t.running.url, matchID, '2', chinaCredentials);
    t.cleanups.push(() => china.stop());
    scriptedHuman(china, 'self-reliant', 'in-game');
    const state = await waitForMatch(t.running.server, matchID, (s) => s.ctx.phase === 'orders' && s.G.secret.orders.china !== undefined && s.G.secret.orders.huawei !== undefined);
    const chinaOrder = state.G.secret.orders.china;
    const huaweiOrder = state.G.secret.orders.huawei;

    const asNvidia = await getRecord(`/api/matches/${matchID}/record`, { 'x-player-id': '1', 'x-credentials': nvidiaCredentials });
    expect(asNvidia.status).toBe(200);
    const nvidiaRecord = asNvidia.body as GameRecord;
    expect(nvidiaRecord.redacted).toEqual({ playerID: '1' });
    expect(nvidiaRecord.seed).toBeNull();
    expect(nvidiaRecord.initialDigest).toBeNull();
    expect(nvidiaRecord.result).toBeNull();
    expect(nvidiaRecord.finishedAt).toBeNull();
    expect(nvidiaRecord.actions.map((action) => `${action.seat}:${action.move}:${action.args === null ? 'hidden' : 'shown'}`)).toEqual([
      'usg:setPolicy:shown',
      ...nvidiaRecord.actions.slice(1).map((action) => `${action.seat}:submitOrder:hidden`),
    ]);
    expect(nvidiaRecord.actions.slice(1).map((action) => action.seat).sort()).toEqual(['china', 'huawei']);
    expect(nvidiaRecord.actions.every((action) => action.digest === null)).toBe(true);
    expect(nvidiaRecord.actions[0]!.args).toEqual([state.G.policy]);
    expect(JSON.stringify(nvidiaRecord)).not.toContain(JSON.stringify(chinaOrder));
    expect(JSON.stringify(nvidiaRecord)).not.toContain(JSON.stringify(huaweiOrder));
    expect(nvidiaRecord.seats.map((seat) => seat.name)).toEqual(['Pragmatist (bot)', 'Ana', 'Bo', 'Price war (bot)']);

    // China sees its own order (credentials in the query work too), not Huawei's.
    const asChina = await getRecord(`/api/matches/${matchID}/record?playerID=2&credentials=${encodeURIComponent(chinaCredentials)}&download=1`);
    expect(asChina.status).toBe(200);
    expect(asChina.headers.get('content-disposition')).toBe(`attachment; filename="compute-race-${matchID}-2.json"`);
    const chinaRecord = asChina.body as GameRecord;
    expect(chinaRecord.redacted).toEqual({ playerID: '2' });
    expect(chinaRecord.actions.find((action) => action.seat === 'china')!.args).toEqual([chinaOrder]);
    expect(chinaRecord.actions.find((action) => action.seat === 'huawei')!.args).toBeNull();

    const spectator = await getRecord(`/api/matches/${matchID}/record`);
    expect(spectator.status).toBe(409);
    expect(spectator.body.error.code).toBe('GAME_NOT_OVER');

    const wrong = await getRecord(`/api/matches/${matchID}/record`, { 'x-player-id': '1', 'x-credentials': 'not-the-credentials' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('FORBIDDEN');
    // Another seat's credentials do not open this one, nor a seat nobody took.
    expect((await getRecord(`/api/matches/${matchID}/record`, { 'x-player-id': '1', 'x-credentials': chinaCredentials })).status).toBe(403);
    expect((await getRecord(`/api/matches/${matchID}/record`, { 'x-player-id': '3', 'x-credentials': chinaCredentials })).status).toBe(403);

    for (const query of ['playerID=1', `credentials=${encodeURIComponent(nvidiaCredentials)}`, `playerID=7&credentials=x`, 'playerID=1&playerID=2&credentials=x']) {
      const bad = await getRecord(`/api/matches/${matchID}/record?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.code, query).toBe('BAD_REQUEST');
    }

    // Asking changes nothing: no record is stored for a game in progress.
    expect(existing(t.running).matches).toBe(1);
    expect((await api(t.running.url, 'GET', '/api/replays')).body.replays).toEqual([]);
  });
});
