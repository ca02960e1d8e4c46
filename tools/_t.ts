import { playGame } from '../src/bots/play.js';
const t0 = performance.now();
let crisis = 0; const wins: Record<string, number> = {};
const N = Number(process.env.N ?? 300);
for (let i = 0; i < N; i++) {
  const g = playGame({ scenario: (process.argv[2] ?? '2026-h200') as any, seed: `s${i}` });
  if (g.outcome.reason === 'crisis') crisis++;
  wins[g.outcome.winner] = (wins[g.outcome.winner] ?? 0) + 1;
}
console.log((performance.now() - t0) / N, 'ms/game', 'crisis', crisis / N, wins);
