/**
 * `npm run bench:server`: how long a move takes from being sent to its update arriving, on
 * loopback, side by side in one run:
 *   (a) a bare socket.io echo round trip: the floor;
 *   (b) boardgame.io's stock Server (in-memory storage, stock SocketIO transport), same game;
 *   (c) our server (hardened transport, SQLite with an fsync per move, seats plugin);
 * plus 200 concurrent all-bot matches on our server: moves per second, latency, memory.
 * Each server runs in its own process; the players run here. Prints a table and writes the
 * figures into the Server section of docs/benchmarks.md (from its heading to the end of the file).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { GAME_NAME, SCENARIO_IDS } from '../src/game/index.js';
import { startChild } from './lib/child.js';
import { measureCommits } from './lib/commit-cost.js';
import { echoOverSocket, playOverSockets, type SeatedMatch } from './lib/socket-player.js';
import { ms, summarize, type Summary } from './lib/stats.js';

const ECHO_ROUNDS = 500;
const MATCHES_PER_SERVER = 8;
const ROUNDS_PER_MATCH = 12;
const WARMUP_MOVES = 20;
const LOAD_MATCHES = 200;

const root = new URL('..', import.meta.url).pathname;
const script = (name: string) => join(root, 'bench', 'lib', name);

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function joinAll(base: string, matchID: string): Promise<string[]> {
  const credentials: string[] = [];
  for (const playerID of ['0', '1', '2', '3']) {
    const joined = await postJson<{ playerCredentials: string }>(`${base}/games/${GAME_NAME}/${matchID}/join`, { playerID, playerName: `Player ${playerID}` });
    credentials.push(joined.playerCredentials);
  }
  return credentials;
}

const scenarioOf = (index: number) => SCENARIO_IDS[index % SCENARIO_IDS.length]!;

/** A move as it travels: the same shape and size as a real order. */
const MOVE_PAYLOAD = [
  {
    type: 'MAKE_MOVE',
    payload: {
      type: 'submitOrder',
      args: [{ nvidiaSpend: 12.5, huaweiSpend: 9.4, huaweiSubsidy: 3.1, mandate: 30, openWeights: 'release', smuggling: 1.5, boycott: false, stance: 'neutral' }],
      playerID: '2',
      credentials: 'x'.repeat(22),
    },
  },
  17,
  'AbCdEfGhIjK',
  '2',
];

interface Row {
  label: string;
  summary: Summary;
  rssMB: number | null;
}

async function benchEcho(): Promise<Row> {
  const server = startChild(script('serve.ts'), ['echo']);
  try {
    const port = await server.line('READY');
    const samples = await echoOverSocket(`http://localhost:${port}`, MOVE_PAYLOAD, ECHO_ROUNDS + 50);
    return { label: '(a) socket.io echo (floor)', summary: summarize(samples.slice(50)), rssMB: server.peakRssMB() };
  } finally {
    await server.stop();
  }
}

async function benchStock(): Promise<Row> {
  const server = startChild(script('serve.ts'), ['stock']);
  try {
    const base = `http://localhost:${await server.line('READY')}`;
    const matches: SeatedMatch[] = [];
    for (let index = 0; index < MATCHES_PER_SERVER; index++) {
      const setupData = { scenario: scenarioOf(index), rounds: ROUNDS_PER_MATCH };
      const { matchID } = await postJson<{ matchID: string }>(`${base}/games/${GAME_NAME}/create`, { numPlayers: 4, setupData });
      matches.push({ matchID, credentials: await joinAll(base, matchID) });
    }
    const samples = await playOverSockets(base, matches);
    return { label: '(b) boardgame.io stock server', summary: summarize(samples.slice(WARMUP_MOVES)), rssMB: server.peakRssMB() };
  } finally {
    await server.stop();
  }
}

async function benchOurs(): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-ours-'));
  const server = startChild(script('serve.ts'), ['ours', dataDir]);
  try {
    const base = `http://localhost:${await server.line('READY')}`;
    const matches: SeatedMatch[] = [];
    for (let index = 0; index < MATCHES_PER_SERVER; index++) {
      const human = { kind: 'human' };
      const { matchID } = await postJson<{ matchID: string }>(`${base}/api/matches`, {
        scenario: scenarioOf(index),
        rounds: ROUNDS_PER_MATCH,
        seats: [human, human, human, human],
      });
      matches.push({ matchID, credentials: await joinAll(base, matchID) });
    }
    const samples = await playOverSockets(base, matches);
    return { label: '(c) our server (SQLite, fsync per move)', summary: summarize(samples.slice(WARMUP_MOVES)), rssMB: server.peakRssMB() };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface LoadResult {
  matches: number;
  moves: number;
  elapsedMs: number;
  createMs: number;
  movesPerSecond: number;
  latency: Summary;
  baselineRssMB: number;
  peakRssMB: number;
}

async function benchLoad(): Promise<LoadResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const child = startChild(script('bot-load.ts'), [dataDir, String(LOAD_MATCHES)]);
  try {
    return JSON.parse(await child.line('RESULT')) as LoadResult;
  } finally {
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const started = performance.now();
const load1 = loadavg()[0]!;
process.stdout.write('bench:server — (a) echo ...');
const echo = await benchEcho();
process.stdout.write(' (b) stock ...');
const stock = await benchStock();
process.stdout.write(' (c) ours ...');
const ours = await benchOurs();
process.stdout.write(` (d) ${LOAD_MATCHES} bot matches ...`);
const load = await benchLoad();
const commit = summarize(measureCommits(200));
process.stdout.write(' done\n\n');
const totalSeconds = (performance.now() - started) / 1000;

const rows = [echo, stock, ours];
const rssText = (mb: number | null) => (mb === null ? 'n/a' : `${mb.toFixed(0)} MB`);
const table = [
  '| Move sent → update received (loopback) | samples | median | p99 | max | server peak RSS |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.label} | ${row.summary.count} | ${ms(row.summary.median)} ms | ${ms(row.summary.p99)} ms | ${ms(row.summary.max)} ms | ${rssText(row.rssMB)} |`),
].join('\n');
const loadTable = [
  `| ${LOAD_MATCHES} concurrent all-bot matches on our server | |`,
  '|---|---:|',
  `| moves committed | ${load.moves} |`,
  `| wall time (creating the matches included) | ${(load.elapsedMs / 1000).toFixed(1)} s |`,
  `| moves per second | ${load.movesPerSecond.toFixed(0)} |`,
  `| bot move latency (submit → stored and broadcast), median | ${ms(load.latency.median)} ms |`,
  `| bot move latency, p99 | ${ms(load.latency.p99)} ms |`,
  `| server RSS: idle after start → peak | ${load.baselineRssMB.toFixed(0)} MB → ${load.peakRssMB.toFixed(0)} MB |`,
].join('\n');

const cpu = cpus();
const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform}`;
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const commitLine = `One durable SQLite commit of an 8 kB row on this disk (WAL, synchronous = FULL): median ${ms(commit.median)} ms, p99 ${ms(commit.p99)} ms.`;
process.stdout.write(`${table}\n\n${loadTable}\n\n${commitLine}\n${machine}; load average at start ${load1.toFixed(2)}; run took ${totalSeconds.toFixed(0)} s\n`);

const doc = `## Server: move latency and load (\`npm run bench:server\`)

Measured ${date} on ${machine}. Load average when the run started: ${load1.toFixed(2)}
(other work on the machine inflates these figures). The whole run took ${totalSeconds.toFixed(0)} s.

${table}

${loadTable}

How it is measured:
- Each server runs in its own Node process; the players run in the benchmark process and talk to
  it over websockets on loopback, in boardgame.io's own socket protocol (\`sync\`, \`update\`).
- (a) sends a move-sized message to a bare socket.io server that emits it straight back: the
  least any move can cost on this machine.
- (b) and (c) play ${MATCHES_PER_SERVER} matches each (${ROUNDS_PER_MATCH} years, the five scenarios in turn),
  four sockets per match, every seat choosing its move like a bot from the view it received.
  A sample is the time from emitting a move to the mover's socket receiving the resulting
  \`update\`; the next move waits until all four sockets have it. The first ${WARMUP_MOVES} moves are warm-up.
  (b) is boardgame.io 0.50.2's stock \`Server\` with its default in-memory storage and stock
  \`SocketIO\` transport. (c) is \`startServer\` with the seats plugin: the hardened transport,
  explainRejection, and SQLite (WAL, \`synchronous = FULL\`), i.e. a move is acknowledged only
  after it is on disk. The per-socket rate limit is lifted for (c) since the benchmark moves
  faster than any person.
- The load test runs ${LOAD_MATCHES} matches at once on our server (the scenarios' own lengths, all four
  seats server bots with no delay), created over HTTP in one burst. Moves per second is all
  committed moves over the wall time from the first create to the last game over. Latency is
  a bot's \`hub.submit\` until the move is stored and broadcast (queueing behind other matches
  included). RSS is the server process's resident memory.

Reading the figures. ${commitLine} Our server answers a move only after it is committed
(so an acknowledged move survives \`kill -9\`); the stock server keeps matches in memory and
answers at once. Median (c) − (b) in this run: ${ms(ours.summary.median - stock.summary.median)} ms. The load test's
throughput depends on how many moves share a commit and on what else is writing to the disk:
on this project's shared machines repeated runs have ranged from under 100 to over 600 moves per second,
so compare figures only within one run.
`;
// Replace the Server section (its heading to the end of the file), keeping the Games section.
const benchmarksFile = join(root, 'docs', 'benchmarks.md');
const SERVER_HEADING = '## Server: move latency and load';
const existing = readFileSync(benchmarksFile, 'utf8');
const at = existing.indexOf(SERVER_HEADING);
const before = at >= 0 ? existing.slice(0, at) : `${existing.trimEnd()}\n\n`;
writeFileSync(benchmarksFile, before + doc.slice(doc.indexOf(SERVER_HEADING)));
process.stdout.write('\nWrote the Server section of docs/benchmarks.md\n');
process.exit(0);
