/**
 * npm run pars [-- --games N --seed X]
 * Regenerates src/game/pars.json from the balance simulation. For each scenario it plays N games
 * with the mixed bot population and fits, per seat, a base (added to the seat's points) and a par
 * (the mean of points + base), so that 1.00 = par and no seat wins far more or less often than
 * the others merely because its objective swings more from game to game.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PAR_TABLE, SCENARIO_IDS, SEATS, bySeat, parsFor, type BySeat, type Seat } from '../src/game/index.js';
import { playGame } from '../src/bots/play.js';
import { crisisPenaltyShare } from '../src/game/scoring.js';

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '2000' },
    seed: { type: 'string', default: 'pars' },
    scenario: { type: 'string', multiple: true },
  },
});
const only = values.scenario ?? [...SCENARIO_IDS];
if (only.some((s) => !(SCENARIO_IDS as readonly string[]).includes(s))) {
  console.error(`pars: --scenario must be one of ${SCENARIO_IDS.join(', ')}`);
  process.exit(2);
}
const games = Number(values.games);
if (!Number.isInteger(games) || games < 100) {
  console.error('pars: --games must be a whole number of at least 100');
  process.exit(2);
}

const TARGET = { low: 0.22, high: 0.28 };
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Sample {
  /** Points plus final terms, before base and crisis penalty. */
  points: BySeat<number>;
  /** Share of its par each seat lost to a crisis (and its blame) in this game: 0 without one. */
  crisisShare: BySeat<number>;
  /** Share of the rounds played (less than 1 after a crisis): the base accrues with it. */
  played: number;
}

function fit(samples: Sample[]): BySeat<{ par: number; base: number; winRate: number }> {
  const base: BySeat<number> = { usg: 0, nvidia: 0, china: 0, huawei: 0 };
  // Every seat starts with enough base that its raw scores are clearly positive.
  for (const s of SEATS) base[s] = Math.max(0, 5 - Math.min(...samples.map((x) => x.points[s] / x.played)));
  // The mean share of par lost to crises does not depend on the base: computed once.
  const crisisMean = bySeat((s) => mean(samples.map((x) => x.crisisShare[s])));
  let result = evaluate(samples, base, crisisMean);
  for (let i = 0; i < 400; i++) {
    const rates = SEATS.map((s) => [s, result[s].winRate] as [Seat, number]).sort((a, b) => b[1] - a[1]);
    const [top, topRate] = rates[0]!;
    const [bottom, bottomRate] = rates[rates.length - 1]!;
    if (topRate <= TARGET.high && bottomRate >= TARGET.low) break;
    base[top] += 0.04 * result[top].par + 0.5;
    if (base[bottom] > 0) base[bottom] = Math.max(0, base[bottom] - 0.02 * result[bottom].par);
    result = evaluate(samples, base, crisisMean);
  }
  return result;
}

function evaluate(samples: Sample[], base: BySeat<number>, crisisMean: BySeat<number>) {
  // par = mean(points + base x played - crisis share x par), solved for par.
  const par = bySeat((s) => mean(samples.map((x) => x.points[s] + base[s] * x.played)) / (1 + crisisMean[s]));
  const raw = (x: Sample, s: Seat) => x.points[s] + base[s] * x.played - x.crisisShare[s] * par[s];
  const wins: BySeat<number> = { usg: 0, nvidia: 0, china: 0, huawei: 0 };
  for (const x of samples) {
    const winner = SEATS.reduce<Seat>((best, s) => (raw(x, s) / par[s] > raw(x, best) / par[best] ? s : best), 'usg');
    wins[winner] += 1;
  }
  return bySeat((s) => ({ par: par[s], base: base[s], winRate: wins[s] / samples.length }));
}

const table = structuredClone(PAR_TABLE);
for (const scenario of SCENARIO_IDS.filter((s) => only.includes(s))) {
  const samples: Sample[] = [];
  for (let i = 0; i < games; i++) {
    const g = playGame({ scenario, seed: `${values.seed}:${scenario}:${i}` });
    const current = parsFor(scenario, g.state.G.rounds);
    const { reason, provokedBy } = g.outcome;
    const crisisShare = bySeat((s) => crisisPenaltyShare(s, reason, provokedBy));
    const played = g.state.G.history.length / g.state.G.rounds;
    const points = bySeat((s) => g.outcome.scores[s].raw - current[s].base * played + crisisShare[s] * current[s].par);
    samples.push({ points, crisisShare, played });
  }
  const fitted = fit(samples);
  table[scenario] = Object.fromEntries(
    SEATS.map((s) => [s, { par: Number(fitted[s].par.toFixed(2)), base: Number(fitted[s].base.toFixed(2)) }]),
  ) as (typeof table)[typeof scenario];
  console.log(
    `${scenario}: ` + SEATS.map((s) => `${s} par ${fitted[s].par.toFixed(1)} base ${fitted[s].base.toFixed(1)} wins ${(fitted[s].winRate * 100).toFixed(1)}%`).join(' | '),
  );
}
const file = fileURLToPath(new URL('../src/game/pars.json', import.meta.url));
writeFileSync(file, JSON.stringify(table, null, 2) + '\n');
console.log(`wrote ${file}`);
