/**
 * The retention sweep on a real server and SQLite file: it removes unfinished matches with no move
 * for 30 days and matches no person joined within 24 hours (the defaults), with everything the
 * seats and records layers keep about them, and keeps finished matches and their records. Ages
 * are made by moving a match's stored times back, as the days would have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsPlugin } from '../../server/records/index.js';
import { createSeatsPlugin } from '../../server/seats/index.js';
import { GAME_NAME } from '../../src/game/index.js';
import { send } from './helpers/http.js';
import { bot, connectClient, createMatch, human, isOver, joinSeat, waitForClient, waitForMatch } from './seats-harness.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const start = (sweepEveryMs?: number) =>
  startTestServer({
    plugins: [createSeatsPlugin({ botDelayMs: 0 }), createRecordsPlugin()],
    ...(sweepEveryMs === undefined ? {} : { retention: { sweepEveryMs } }),
  });

/** Moves a match's stored creation and last-move times back, as if `ago` had passed. */
function age(matchID: string, ago: { created: number; lastMove?: number }): void {
  const now = Date.now();
  server!.db.database
    .prepare('UPDATE matches SET created_at = ?, updated_at = ? WHERE match_id = ?')
    .run(now - ago.created, now - (ago.lastMove ?? ago.created), matchID);
}

/** Rows a layer keeps about a match in one of its tables. */
const rows = (table: 'seat_matches' | 'seat_timers' | 'record_action_times', matchID: string) =>
  (server!.db.database.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE match_id = ?`).get(matchID) as { n: number }).n;

const exists = async (matchID: string) => (await server!.db.fetch(matchID, { metadata: true })).metadata !== undefined;

describe('the retention sweep', () => {
  it('removes unjoined matches after 24 h and idle ones after 30 days, with their seats, timers and move times; keeps the rest and every finished match', async () => {
    server = await start();
    const seats = [human, human, bot('buyer'), bot('rnd-first')];
    const unjoinedOld = await createMatch(server.url, { seats, timer: { seconds: 60 } });
    const unjoinedYoung = await createMatch(server.url, { seats });
    const lobbyUnjoinedOld = (await send(server.url, 'POST', `/games/${GAME_NAME}/create`, JSON.stringify({ numPlayers: 4 }))).json.matchID as string;
    const playedRecently = await createMatch(server.url, { seats });
    const idle = await createMatch(server.url, { seats });
    for (const match of [playedRecently, idle]) {
      const credentials = await joinSeat(server.url, match.matchID, '0', 'Ada');
      const client = connectClient(server.url, match.matchID, '0', credentials);
      await waitForClient(client, (state) => state.isConnected);
      client.moves.setPolicy!((await server.hub.fetchState(match.matchID))!.G.policy);
      await waitForMatch(server, match.matchID, (state) => state.ctx.phase === 'orders');
      client.stop();
    }
    const finished = await createMatch(server.url, { seats: [bot('hawk'), bot('lobbyist'), bot('buyer'), bot('rnd-first')] });
    await waitForMatch(server, finished.matchID, isOver, 30_000);
    const record = await send(server.url, 'GET', `/api/matches/${finished.matchID}/record`);
    expect(record.status).toBe(200);
    expect(rows('record_action_times', idle.matchID)).toBeGreaterThan(0);
    expect(rows('seat_timers', unjoinedOld.matchID)).toBe(1);

    age(unjoinedOld.matchID, { created: 25 * HOUR });
    age(unjoinedYoung.matchID, { created: 23 * HOUR });
    age(lobbyUnjoinedOld, { created: 25 * HOUR });
    age(playedRecently.matchID, { created: 40 * DAY, lastMove: 29 * DAY });
    age(idle.matchID, { created: 40 * DAY, lastMove: 31 * DAY });
    age(finished.matchID, { created: 400 * DAY });

    expect(await server.sweep()).toBe(3);

    for (const gone of [unjoinedOld, idle]) {
      expect(await exists(gone.matchID)).toBe(false);
      expect((await send(server.url, 'GET', `/api/matches/${gone.matchID}`)).status).toBe(404);
      expect((await send(server.url, 'GET', `/api/codes/${gone.code}`)).status).toBe(404);
      for (const table of ['seat_matches', 'seat_timers', 'record_action_times'] as const) expect(rows(table, gone.matchID)).toBe(0);
    }
    expect(server.db.getLog(idle.matchID)).toEqual([]);
    expect(await exists(lobbyUnjoinedOld)).toBe(false);

    for (const kept of [unjoinedYoung.matchID, playedRecently.matchID, finished.matchID]) expect(await exists(kept)).toBe(true);
    // The finished match's record is served as it was stored, and listed.
    expect((await send(server.url, 'GET', `/api/matches/${finished.matchID}/record`)).text).toBe(record.text);
    expect((await send(server.url, 'GET', '/api/replays')).json.replays.map((r: { matchID: string }) => r.matchID)).toContain(finished.matchID);
    // A second sweep finds nothing more.
    expect(await server.sweep()).toBe(0);
  });

  it('runs by itself every sweep period', async () => {
    server = await start(100);
    const { matchID } = await createMatch(server.url, { seats: [human, human, human, human] });
    age(matchID, { created: 2 * DAY });
    const deadline = Date.now() + 5_000;
    while ((await exists(matchID)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await exists(matchID)).toBe(false);
  });
});
