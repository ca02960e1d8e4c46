/**
 * Load test, in its own process: our server (startServer + seats plugin, SQLite with an fsync
 * per move) runs N matches at once, all four seats server bots acting as fast as they can
 * (no delay). Reports moves per second, the latency of each bot move (submitted through the
 * hub until stored and broadcast), and the process's memory.
 * Usage: node --import tsx bench/lib/bot-load.ts <dataDir> <matches>
 * Prints one line `RESULT <json>`.
 */
import { startServer, type ServerPlugin } from '../../server/app.js';
import type { MatchHub } from '../../server/hub.js';
import { createSeatsPlugin } from '../../server/seats/index.js';
import { BOT_STYLES } from '../../src/bots/index.js';
import { SCENARIO_IDS } from '../../src/game/index.js';
import { summarize } from './stats.js';

const [dataDir, matchCountText = '200'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: bot-load.ts <dataDir> <matches>');
const matchCount = Number(matchCountText);

const submitLatencies: number[] = [];
const seatsPlugin = createSeatsPlugin({ botDelayMs: 0 });
// The seats plugin is given a hub whose submit is timed: from a bot's submit until the move is
// stored and sent to the match's sockets (the hub resolves after both).
const timedSeats: ServerPlugin = function seats(context) {
  const hub = context.hub;
  const timedHub: MatchHub = {
    onStateChange: (listener) => hub.onStateChange(listener),
    onConnectionChange: (listener) => hub.onConnectionChange(listener),
    fetchState: (matchID) => hub.fetchState(matchID),
    connected: (matchID) => hub.connected(matchID),
    onSeatJoined: (listener) => hub.onSeatJoined(listener),
    onMatchRemoved: (listener) => hub.onMatchRemoved(listener),
    submit: async (...args) => {
      const started = performance.now();
      const result = await hub.submit(...args);
      submitLatencies.push(performance.now() - started);
      return result;
    },
  };
  return seatsPlugin({ ...context, hub: timedHub });
};

// All matches are created at once from one address: no per-address creation limit here.
const creationRate = { capacity: 100_000, refillPerSecond: 100_000 };
const server = await startServer({ port: 0, dataDir, logLevel: 'error', limits: { creationRate }, plugins: [timedSeats] });
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

let committed = 0;
const finished = new Set<string>();
const created = new Set<string>();
let allDone: () => void = () => {};
const done = new Promise<void>((resolve) => {
  allDone = resolve;
});
server.hub.onStateChange((matchID, state) => {
  committed++;
  if (state.ctx.gameover !== undefined) {
    finished.add(matchID);
    if (finished.size === matchCount) allDone();
  }
});

const started = performance.now();
const styleAt = (list: readonly string[], index: number) => list[index % list.length]!;
await Promise.all(
  Array.from({ length: matchCount }, async (_, index) => {
    const response = await fetch(`${server.url}/api/matches`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        scenario: SCENARIO_IDS[index % SCENARIO_IDS.length],
        seats: [
          { kind: 'bot', style: styleAt(BOT_STYLES.usg, index) },
          { kind: 'bot', style: styleAt(BOT_STYLES.nvidia, index + 1) },
          { kind: 'bot', style: styleAt(BOT_STYLES.china, index + 2) },
          { kind: 'bot', style: styleAt(BOT_STYLES.huawei, index) },
        ],
      }),
    });
    if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
    created.add(((await response.json()) as { matchID: string }).matchID);
  }),
);
const allCreated = performance.now();
await done;
const elapsedMs = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
await server.stop();

const result = {
  matches: matchCount,
  moves: committed,
  elapsedMs,
  createMs: allCreated - started,
  movesPerSecond: committed / (elapsedMs / 1000),
  latency: summarize(submitLatencies),
  baselineRssMB: baselineRss / 2 ** 20,
  peakRssMB: peakRss / 2 ** 20,
};
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
process.exit(0);
