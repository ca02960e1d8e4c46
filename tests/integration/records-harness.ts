/**
 * Shared by the records-* integration tests: a real server with the seats and records plugins
 * (as server/main.ts runs it) on a temp DATA_DIR, plus helpers to read the records layer's
 * tables and to count what exists, so a refused request can be shown to have created nothing.
 */
import type { State } from 'boardgame.io';
import { startServer } from '../../server/app.js';
import { createRecordsPlugin } from '../../server/records/index.js';
import { createSeatsPlugin, type SeatsOptions } from '../../server/seats/index.js';
import type { GameState } from '../../src/game/index.js';
import type { GameRecord } from '../../src/record/index.js';
import { api, createMatch, isOver, waitForMatch, type SeatChoice, type TestServer } from './seats-harness.js';

export async function startRecordsServer(dataDir: string, options: SeatsOptions = {}): Promise<TestServer> {
  const server = await startServer({
    port: 0,
    dataDir,
    logLevel: 'silent',
    plugins: [createSeatsPlugin({ botDelayMs: 0, graceMs: 60_000, ...options }), createRecordsPlugin()],
  });
  return { server, url: server.url, dataDir, stop: () => server.stop() };
}

/** Plays a match of four server bots to its end; returns its ID and final state. */
export async function playBotMatch(
  running: TestServer,
  body: { scenario?: string; rounds?: number; seats: SeatChoice[] },
): Promise<{ matchID: string; final: State<GameState> }> {
  const { matchID } = await createMatch(running.url, body);
  const final = await waitForMatch(running.server, matchID, isOver, 60_000);
  return { matchID, final };
}

/** GET /api/matches/:id/record once the record is stored (it is written just after game over). */
export async function fetchStoredRecord(running: TestServer, matchID: string): Promise<{ text: string; record: GameRecord; headers: Headers }> {
  await waitFor(() => rowCount(running, 'records', matchID) === 1, `the record of ${matchID} to be stored`);
  const response = await fetch(`${running.url}/api/matches/${matchID}/record`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET record: ${response.status} ${text}`);
  return { text, record: JSON.parse(text) as GameRecord, headers: response.headers };
}

/** Rows of one of the records layer's (or the seats layer's) tables, for one match or all. */
export function rowCount(running: TestServer, table: 'records' | 'record_forks' | 'record_action_times' | 'seat_matches', matchID?: string): number {
  const sql = `SELECT COUNT(*) AS count FROM ${table}${matchID === undefined ? '' : ' WHERE match_id = ?'}`;
  const statement = running.server.db.database.prepare<unknown[], { count: number }>(sql);
  return (matchID === undefined ? statement.get() : statement.get(matchID))!.count;
}

/** Everything a request could have created: boardgame.io matches, /api matches, fork origins. */
export function existing(running: TestServer): { matches: number; seatMatches: number; forks: number } {
  return { matches: running.server.db.countMatches(), seatMatches: rowCount(running, 'seat_matches'), forks: rowCount(running, 'record_forks') };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export { api };
