/**
 * Restart safety: a server stopped mid-match and started again on the same DATA_DIR resumes
 * every unfinished match's bots where they were, without any seat acting twice, and keeps the
 * seat controllers, short codes and host tokens.
 */
import type { LogEntry } from 'boardgame.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, bot, createMatch, human, isOver, makeDataDir, startTestServer, waitForMatch, type TestServer } from './seats-harness.js';

let dir: ReturnType<typeof makeDataDir>;
let running: TestServer | undefined;

beforeEach(() => {
  dir = makeDataDir();
});

afterEach(async () => {
  await running?.stop();
  running = undefined;
  dir.remove();
});

function movesBySeatAndYear(log: LogEntry[]): string[] {
  let year = 0;
  return log
    .filter((entry) => entry.action.type === 'MAKE_MOVE')
    .map((entry) => {
      const { type, playerID } = entry.action.payload;
      if (type === 'setPolicy') year++;
      return `${year}:${playerID}`;
    });
}

describe('restart', () => {
  it('resumes the bots of every unfinished match after a stop and a start on the same data', async () => {
    // 40 ms per bot move: a 6-year match takes about a second, long enough to stop it half-way.
    running = await startTestServer(dir.path, { botDelayMs: 40 });
    const seats = [bot('hawk'), bot('us-first'), bot('self-reliant'), bot('price-war')];
    const first = await createMatch(running.url, { scenario: 'collaboration', rounds: 6, seats });
    const second = await createMatch(running.url, { scenario: '2026-h200', rounds: 6, seats: [human, ...seats.slice(1)] });
    await waitForMatch(running.server, first.matchID, (state) => state._stateID >= 6);
    await running.stop();
    running = undefined;

    running = await startTestServer(dir.path, { botDelayMs: 0 });
    const stopped = (await running.server.hub.fetchState(first.matchID))!;
    expect(stopped.ctx.gameover).toBeUndefined();

    const final = await waitForMatch(running.server, first.matchID, isOver);
    expect(final.G.history).toHaveLength(6);
    // Across the restart, each seat acted exactly once a year.
    const moves = movesBySeatAndYear(running.server.db.getLog(first.matchID));
    expect(moves).toHaveLength(24);
    expect(new Set(moves).size).toBe(24);

    // The other match waits for its person (USG) exactly as before, with its record intact.
    const info = await api(running.url, 'GET', `/api/matches/${second.matchID}`);
    expect(info.body).toMatchObject({ code: second.code, gameover: false });
    expect(info.body.seats.map((seat: { kind: string }) => seat.kind)).toEqual(['human', 'bot', 'bot', 'bot']);
    expect((await api(running.url, 'GET', `/api/codes/${second.code}`)).body).toEqual({ matchID: second.matchID });
    expect((await running.server.hub.fetchState(second.matchID))!._stateID).toBe(0);
    // The host token still works after the restart.
    const handed = await api(running.url, 'POST', `/api/matches/${second.matchID}/seats/0/bot`, { hostToken: second.hostToken });
    expect(handed.status).toBe(200);
    await waitForMatch(running.server, second.matchID, isOver);
  });
});
