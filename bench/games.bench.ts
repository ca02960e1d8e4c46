/**
 * npm run bench: 10,000 complete games (mixed bot population, the default scenario) through
 * boardgame.io's reducer in this one process, on one core. Target: under 60 s.
 * Run with NODE_ENV=production (as `npm run bench` does) so that boardgame.io and immer skip
 * their development-only checks.
 */
import { parseArgs } from 'node:util';
import { SCENARIO_IDS, type ScenarioId } from '../src/game/index.js';
import { playGame } from '../src/bots/play.js';

const { values } = parseArgs({
  options: { games: { type: 'string', default: '10000' }, scenario: { type: 'string', default: '2026-h200' } },
});
const games = Number(values.games);
const scenario = values.scenario as ScenarioId;
if (!Number.isInteger(games) || games < 1 || !SCENARIO_IDS.includes(scenario)) {
  console.error('bench: --games N (whole number) --scenario one of ' + SCENARIO_IDS.join(', '));
  process.exit(2);
}

const TARGET_SECONDS = 60;
// Warm up the JIT so that the figure measures steady play, not compilation.
for (let i = 0; i < 50; i++) playGame({ scenario, seed: `warmup:${i}` });

const started = process.hrtime.bigint();
let moves = 0;
for (let i = 0; i < games; i++) moves += playGame({ scenario, seed: `bench:${i}` }).actions.length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const rss = process.memoryUsage().rss / 2 ** 20;

console.log(`| games | scenario | seconds | games/s | moves/s | ms/game | RSS MiB | target |`);
console.log(`|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${games} | ${scenario} | ${seconds.toFixed(1)} | ${(games / seconds).toFixed(0)} | ${(moves / seconds).toFixed(0)} | ` +
    `${((seconds * 1000) / games).toFixed(2)} | ${rss.toFixed(0)} | ${games === 10000 ? (seconds < TARGET_SECONDS ? `met (< ${TARGET_SECONDS} s)` : `MISSED (>= ${TARGET_SECONDS} s)`) : 'n/a'} |`,
);
