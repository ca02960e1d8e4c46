/**
 * Scoring (GAME.md section 5). Each seat earns points every year against its own objective;
 * at the end the total is divided by the seat's par (its mean in the balance simulation), so
 * 1.00 = par. Yearly points use public figures only; the final tally adds what was secret.
 */
import { bySeat, CAPITALS, SEAT_NAMES, SEATS, type BySeat, type Capital, type Seat } from './seats.js';
import type { FinalSeatScore, GameState, Outcome } from './types.js';
import { stocks } from './model.js';
import { parsFor } from './pars.js';
import { ln, log2 } from './portable-math.js';

export interface YearFigures {
  kUs: number;
  kCn: number;
  selfReliance: number;
  nvProfit: number;
  nvBought: number;
  hwBought: number;
  hwRevenue: number;
  feesCollected: number;
}

export const WEIGHTS = {
  usgBase: 3,
  /** Points per doubling of the US lead (K_US / K_CN) since the start. */
  usgLead: 5,
  usgEconomy: 2,
  usgFeesPerPoint: 10,
  usgTensionFree: 7,
  nvProfitPerPoint: 25,
  nvChinaShare: 6,
  nvFinalValuation: 1 / 1.5,
  cnBase: 3,
  cnRatio: 4,
  cnSelfReliance: 5,
  /** Huawei: points per doubling of (1 + revenue / $5B): growth counts, not size alone. */
  hwRevenue: 2,
  hwRevenueUnit: 5,
  hwLevel: 0.35,
  hwShare: 3,
  /** A crisis costs every seat this share of its par (the US Government, whose objective
   * includes no runaway arms race, the most): losses in proportion, so that a crisis by
   * itself favours no seat. */
  crisisShareOfPar: { usg: 0.35, nvidia: 0.25, china: 0.25, huawei: 0.25 } as BySeat<number>,
  /** The capital that pushed tension hardest in the year of the crisis loses this share of its
   * par on top: brinkmanship must not pay (like DEFCON in Twilight Struggle). */
  crisisProvokerShareOfPar: 0.3,
};

/** The capitals whose own choices pushed tension hardest in the year a crisis broke: both if
 * level, none if only the news pushed. */
export function crisisProvokers(G: Pick<GameState, 'history'>): Capital[] {
  const push = G.history[G.history.length - 1]?.tensionPush;
  if (!push) return [];
  const most = Math.max(push.usg, push.china);
  if (most <= 0) return [];
  return CAPITALS.filter((c) => push[c] >= most - 1e-9);
}

/** The share of its par a seat loses to the game's end: nothing, or the crisis and its blame. */
export function crisisPenaltyShare(seat: Seat, reason: Outcome['reason'], provokedBy: readonly Capital[]): number {
  if (reason !== 'crisis') return 0;
  const blamed = (provokedBy as readonly Seat[]).includes(seat);
  return WEIGHTS.crisisShareOfPar[seat] + (blamed ? WEIGHTS.crisisProvokerShareOfPar : 0);
}

const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function yearPoints(G: GameState, f: YearFigures): BySeat<number> {
  const w = WEIGHTS;
  const ratio = f.kUs > 0 ? f.kCn / f.kUs : 0;
  const newChips = f.nvBought + f.hwBought;
  return {
    usg:
      w.usgBase +
      w.usgLead * log2(G.baseline.kRatio / Math.max(ratio, 1e-6)) +
      w.usgEconomy * ln(G.meters.nvValuation / G.baseline.nvValuation) +
      f.feesCollected / w.usgFeesPerPoint -
      Math.max(0, G.meters.tension - w.usgTensionFree),
    nvidia: f.nvProfit / w.nvProfitPerPoint + w.nvChinaShare * shareOf(f.nvBought, newChips),
    china:
      w.cnBase +
      w.cnRatio * log2(Math.max(ratio, 1e-6) / G.baseline.kRatio) +
      w.cnSelfReliance * f.selfReliance,
    huawei:
      w.hwRevenue * log2(1 + f.hwRevenue / w.hwRevenueUnit) +
      w.hwLevel * G.meters.huaweiLevel +
      w.hwShare * shareOf(f.hwBought, newChips),
  };
}

/** Raw totals at the end, secrets included: the hidden smuggled stock moves K. */
export function finalRaw(
  G: GameState,
  reason: Outcome['reason'],
): { raw: BySeat<number>; kUs: number; kCn: number; provokedBy: Capital[] } {
  const pub = stocks(G);
  const all = stocks(G, G.secret.smuggledStock);
  const w = WEIGHTS;
  const pars = parsFor(G.scenario, G.rounds);
  // The base accrues with the years played, like the points it evens out: a game cut short by
  // a crisis must not favour the seats with the larger bases.
  const played = G.history.length / G.rounds;
  const raw = bySeat((seat) => G.points[seat] + pars[seat].base * played);
  raw.nvidia += w.nvFinalValuation * G.meters.nvValuation;
  // What the board did not show: China's smuggled chips, in the last year's standing.
  const hidden = log2(Math.max(all.kCn, 1e-6) / Math.max(pub.kCn, 1e-6));
  raw.china += w.cnRatio * hidden;
  raw.usg -= w.usgLead * hidden;
  const provokedBy = reason === 'crisis' ? crisisProvokers(G) : [];
  for (const seat of SEATS) raw[seat] -= crisisPenaltyShare(seat, reason, provokedBy) * pars[seat].par;
  return { raw, kUs: all.kUs, kCn: all.kCn, provokedBy };
}

export function outcomeOf(G: GameState, reason: Outcome['reason']): Outcome {
  const { raw, kUs, kCn, provokedBy } = finalRaw(G, reason);
  const pars = parsFor(G.scenario, G.rounds);
  const scores: BySeat<FinalSeatScore> = bySeat((seat) => ({
    raw: raw[seat],
    par: pars[seat].par,
    score: raw[seat] / pars[seat].par,
  }));
  const winner = SEATS.reduce<Seat>((best, seat) => (scores[seat].score > scores[best].score ? seat : best), 'usg');
  return {
    reason,
    provokedBy,
    winner,
    scores,
    blocs: {
      us: (scores.usg.score + scores.nvidia.score) / 2,
      cn: (scores.china.score + scores.huawei.score) / 2,
    },
    kUs,
    kCn,
  };
}

/** One sentence on who carries the blame for a crisis, for the end screen and the transcript. */
export function crisisBlame(outcome: Pick<Outcome, 'reason' | 'provokedBy'>): string | null {
  if (outcome.reason !== 'crisis') return null;
  const share = `${Math.round(WEIGHTS.crisisProvokerShareOfPar * 100)}% of par`;
  const names = outcome.provokedBy.map((c) => SEAT_NAMES[c]);
  if (names.length === 0) return 'Only the news pushed tension over the edge that year: no capital carries the blame.';
  if (names.length === 2) return `The US Government and China pushed tension equally hard that year: both lose a further ${share}.`;
  return `${names[0]} pushed tension hardest that year and loses a further ${share}.`;
}
