/**
 * npm run simulate -- --games N --scenario S --seed X [--rounds R] [--json]
 * Plays N complete games through boardgame.io's reducer with a seeded mix of bot styles.
 * Same seed, same output (apart from games per second, a measurement).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SCENARIO_IDS, SEATS, SEAT_NAMES, MIN_ROUNDS, MAX_ROUNDS } from '../src/game/index.js';
import { simulate, type SimulationReport } from './lib/simulation.js';

const Args = z.object({
  games: z.coerce.number().int().min(1).max(1_000_000),
  scenario: z.enum(SCENARIO_IDS),
  seed: z.string().min(1),
  rounds: z.coerce.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS).optional(),
  json: z.boolean(),
});

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '1000' },
    scenario: { type: 'string', default: '2026-h200' },
    seed: { type: 'string', default: 'compute-race' },
    rounds: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
  console.error(`simulate: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(2);
}
const args = parsed.data;
const report = simulate(args);

if (args.json) {
  const seats = Object.fromEntries(
    SEATS.map((s) => [s, { mean: round(report.seats[s].mean), sd: round(report.seats[s].sd), winRate: round(report.seats[s].winRate) }]),
  );
  console.log(
    JSON.stringify({
      scenario: report.scenario,
      games: report.games,
      seed: report.seed,
      gamesPerSecond: round(report.gamesPerSecond, 1),
      crisisRate: round(report.crisisRate),
      seats,
    }),
  );
} else {
  console.log(formatReport(report));
}

function round(x: number, digits = 4) {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

export function formatReport(r: SimulationReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `Scenario ${r.scenario}: ${r.games} games, seed ${r.seed}, ${r.gamesPerSecond.toFixed(0)} games/s, crisis rate ${pct(r.crisisRate)}`,
    '',
    '| seat | mean score/par | sd | win rate | wins by style |',
    '|---|---|---|---|---|',
  ];
  for (const s of SEATS) {
    const st = r.seats[s];
    const styles = Object.entries(st.styleWinShare)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ');
    lines.push(`| ${SEAT_NAMES[s]} | ${st.mean.toFixed(3)} | ${st.sd.toFixed(3)} | ${pct(st.winRate)} | ${styles} |`);
  }
  lines.push('', 'Lever usage among winners (share of the winner\'s orders that used it):');
  for (const s of SEATS) {
    const levers = Object.entries(r.seats[s].leversAmongWinners)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ');
    lines.push(`- ${SEAT_NAMES[s]}: ${levers}`);
  }
  return lines.join('\n');
}
