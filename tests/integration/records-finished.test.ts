/**
 * A finished match's record on a real server: built once at game over from the stored match,
 * the seats layer's controllers and the real acceptance times; served byte for byte the same
 * (before and after a restart); rebuilt on start when a crash lost it; listed at /api/replays.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../server/config.js';
import { parseRecordText, verifyRecord, type GameRecord } from '../../src/record/index.js';
import { api, fetchStoredRecord, playBotMatch, rowCount, startRecordsServer } from './records-harness.js';
import { bot, makeDataDir, type TestServer } from './seats-harness.js';

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

const SEATS = [bot('hawk'), bot('lobbyist'), bot('buyer'), bot('rnd-first')];

describe('the record of a finished match', () => {
  it('is stored once at game over, verifies, names the bots and carries the real move times', async () => {
    running = await startRecordsServer(dir.path, { botDelayMs: 5 });
    const startedAt = new Date().toISOString();
    const { matchID, final } = await playBotMatch(running, { scenario: 'embargo', rounds: 3, seats: SEATS });
    const { text, record, headers } = await fetchStoredRecord(running, matchID);

    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.get('content-disposition')).toBeNull();
    const parsed = parseRecordText(text);
    expect(parsed.ok).toBe(true);
    const verified = verifyRecord(record);
    expect(verified.ok ? 'valid' : verified.reason).toBe('valid');
    expect(record.matchID).toBe(matchID);
    expect(record.result).toEqual(final.ctx.gameover);
    expect(record.parent).toBeNull();
    expect(record.redacted).toBeNull();
    expect(record.seats.map((seat) => [seat.kind, seat.style, seat.name])).toEqual([
      ['bot', 'hawk', 'Hawk (bot)'],
      ['bot', 'lobbyist', 'Lobbyist (bot)'],
      ['bot', 'buyer', 'Buyer (bot)'],
      ['bot', 'rnd-first', 'R&D-first (bot)'],
    ]);
    // One accepted move per seat per year: a policy and three orders.
    expect(record.actions).toHaveLength(4 * 3);

    // Every move has the time it was stored: real, in order, within the match's life.
    expect(rowCount(running, 'record_action_times', matchID)).toBe(record.actions.length);
    const times = record.actions.map((action) => action.at);
    for (const time of times) expect(new Date(time).toISOString()).toBe(time);
    expect([...times].sort()).toEqual(times);
    expect(times[0]! >= startedAt).toBe(true);
    // The master's stamp of the move that ended the game is the game's end.
    expect(times.at(-1)).toBe(record.finishedAt);
    expect(new Set(times).size).toBeGreaterThan(1);

    // Stored once: later game-over notifications and requests leave the row alone.
    expect(rowCount(running, 'records', matchID)).toBe(1);
    const again = await fetch(`${running.url}/api/matches/${matchID}/record`);
    expect(await again.text()).toBe(text);

    const download = await fetch(`${running.url}/api/matches/${matchID}/record?download=1`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="compute-race-${matchID}.json"`);
    expect(await download.text()).toBe(text);
  });

  it('is the same bytes after a restart, and one lost in a crash is rebuilt on start with the same hash', async () => {
    running = await startRecordsServer(dir.path);
    const { matchID } = await playBotMatch(running, { scenario: 'open-market', rounds: 3, seats: SEATS });
    const before = await fetchStoredRecord(running, matchID);
    await running.stop();

    running = await startRecordsServer(dir.path);
    const afterRestart = await fetchStoredRecord(running, matchID);
    expect(afterRestart.text).toBe(before.text);
    await running.stop();

    // A crash between game over and the record being stored: the row is missing on start.
    const file = new Database(join(dir.path, DATABASE_FILE_NAME));
    file.prepare('DELETE FROM records WHERE match_id = ?').run(matchID);
    file.close();
    running = await startRecordsServer(dir.path);
    const rebuilt = await fetchStoredRecord(running, matchID);
    expect(rebuilt.record.hash).toBe(before.record.hash);
    expect(rebuilt.text).toBe(before.text);
  });

  it('is listed at /api/replays, newest first, a page at a time', async () => {
    running = await startRecordsServer(dir.path);
    const played: GameRecord[] = [];
    for (const scenario of ['embargo', 'collaboration', '2026-h200']) {
      const { matchID } = await playBotMatch(running, { scenario, rounds: 3, seats: SEATS });
      played.push((await fetchStoredRecord(running, matchID)).record);
    }
    const newestFirst = [...played].sort((a, b) => b.finishedAt!.localeCompare(a.finishedAt!) || b.matchID.localeCompare(a.matchID));

    const all = await api(running.url, 'GET', '/api/replays');
    expect(all.status).toBe(200);
    expect(all.body.next).toBeNull();
    expect(all.body.replays.map((entry: { matchID: string }) => entry.matchID)).toEqual(newestFirst.map((record) => record.matchID));
    const first = newestFirst[0]!;
    expect(all.body.replays[0]).toEqual({
      matchID: first.matchID,
      scenario: first.scenario,
      rounds: 3,
      yearsPlayed: first.years.length,
      finishedAt: first.finishedAt,
      winner: first.result!.winner,
      reason: first.result!.reason,
      scores: first.result!.scores,
      seats: first.seats.map(({ seat, name, kind, style }) => ({ seat, name, kind, style })),
      parent: null,
    });

    const page1 = await api(running.url, 'GET', '/api/replays?limit=2');
    expect(page1.body.replays.map((entry: { matchID: string }) => entry.matchID)).toEqual(newestFirst.slice(0, 2).map((r) => r.matchID));
    expect(page1.body.next).toBe(newestFirst[1]!.matchID);
    const page2 = await api(running.url, 'GET', `/api/replays?limit=2&before=${page1.body.next}`);
    expect(page2.body.replays.map((entry: { matchID: string }) => entry.matchID)).toEqual([newestFirst[2]!.matchID]);
    expect(page2.body.next).toBeNull();

    for (const query of ['limit=0', 'limit=101', 'limit=two', 'before=no-such-match', 'before=%2F..%2F']) {
      const refused = await api(running.url, 'GET', `/api/replays?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.code, query).toBe('BAD_REQUEST');
    }
  });

  it('answers 404 for an unknown match and 400 for a malformed ID or query', async () => {
    running = await startRecordsServer(dir.path);
    const unknown = await api(running.url, 'GET', '/api/matches/nosuchmatch/record');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'MATCH_NOT_FOUND', message: expect.stringContaining('nosuchmatch') });
    const badID = await api(running.url, 'GET', `/api/matches/${encodeURIComponent('a b')}/record`);
    expect(badID.status).toBe(400);
    const badFlag = await api(running.url, 'GET', '/api/matches/nosuchmatch/record?download=yes');
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error.message).toMatch(/download/);
  });
});
