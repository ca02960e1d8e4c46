import { playGame } from '../src/bots/play.js';
import { SEATS } from '../src/game/index.js';
const sc = (process.argv[2] ?? '2026-h200') as any;
const N = Number(process.env.N ?? 400);
const by: Record<string, number[]> = {}; const crisisBy: Record<string, number[]> = {};
const yr: Record<string, number[]> = {};
for (let i = 0; i < N; i++) {
  const g = playGame({ scenario: sc, seed: `an${i}` });
  for (const s of SEATS) {
    const k = `${s}/${g.styles[s]}`;
    (by[k] ??= []).push(g.state.G.points[s]);
    (crisisBy[k] ??= []).push(g.outcome.reason === 'crisis' ? 1 : 0);
  }
  const h = g.state.G.history; const last = h[h.length - 1]!;
  (yr['ratio'] ??= []).push(last.kCn / last.kUs);
  (yr['hwLevel'] ??= []).push(g.state.G.meters.huaweiLevel);
  (yr['hwRev'] ??= []).push(last.trade.hwRevenue);
  (yr['nvToCn'] ??= []).push(h.reduce((a, r) => a + r.trade.nvidiaToChina, 0));
  (yr['hwSold'] ??= []).push(h.reduce((a, r) => a + r.trade.huaweiSold, 0));
  (yr['tension'] ??= []).push(last.tension);
  (yr['years'] ??= []).push(h.length);
  (yr['selfRel'] ??= []).push(last.selfReliance);
  (yr['nvVal'] ??= []).push(last.nvValuation);
}
const m = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const sd = (x: number[]) => Math.sqrt(m(x.map((v) => (v - m(x)) ** 2)));
for (const [k, v] of Object.entries(by).sort()) console.log(k.padEnd(22), 'pts', m(v).toFixed(1).padStart(7), 'sd', sd(v).toFixed(1).padStart(6), 'crisis', m(crisisBy[k]!).toFixed(2));
for (const [k, v] of Object.entries(yr)) console.log(k, 'mean', m(v).toFixed(3), 'sd', sd(v).toFixed(3), 'min', Math.min(...v).toFixed(2), 'max', Math.max(...v).toFixed(2));
