/**
 * `ai.enumerate`: a spread of legal moves for whichever seat may act, so that boardgame.io's
 * RandomBot and MCTSBot can play any seat. Candidates are filtered through the same checks as
 * the moves, so every one is legal. Ask them for a seat that still has to act: boardgame.io's own
 * `Simulate` and `Step` always ask the lowest-numbered active player, and in the orders phase a
 * seat that has ordered stays active (it may revise until the last order is in).
 */
import { checkPolicy, CHECK_ORDER } from './orders.js';
import { SCENARIOS } from './scenarios.js';
import { seatOf, type OrderSeat } from './seats.js';
import type { ChinaOrder, GameState, HuaweiOrder, NvidiaOrder, Policy } from './types.js';
import { STANCES } from './types.js';
import { defaultChinaOrder, defaultHuaweiOrder, defaultNvidiaOrder, defaultPolicy } from './defaults.js';

export interface MoveChoice {
  move: 'setPolicy' | 'submitOrder';
  args: [unknown];
}

const round1 = (x: number) => Math.floor(Math.max(0, x) * 10) / 10;

export function policyCandidates(G: GameState): Policy[] {
  const locks = SCENARIOS[G.scenario].locks;
  const base = defaultPolicy(G);
  const budget = Math.max(0, G.economy.usgBudget);
  const out: Policy[] = [base];
  for (const tier of locks.tiers)
    for (const stance of STANCES)
      for (const enforcement of [0, 2])
        for (const split of [0, 1]) {
          out.push({
            ...base,
            tier,
            stance,
            enforcement,
            energySubsidy: round1(split ? budget : budget / 2),
            fabSubsidy: round1(split ? 0 : budget / 2),
          });
        }
  for (const volumeCap of locks.volumeCaps) out.push({ ...base, volumeCap });
  for (const chipSecurity of locks.chipSecurity) out.push({ ...base, chipSecurity });
  return out.filter((p) => checkPolicy(G, p) === null);
}

export function nvidiaCandidates(G: GameState): NvidiaOrder[] {
  const base = defaultNvidiaOrder(G);
  const out: NvidiaOrder[] = [base];
  for (const chinaShare of [0, 15, 30, 50])
    for (const chinaPrice of [90, 130])
      for (const lobbying of [0, 5]) out.push({ ...base, chinaShare, chinaPrice, lobbying, compliantDesign: true });
  return out.filter((o) => CHECK_ORDER.nvidia(G, o) === null);
}

export function chinaCandidates(G: GameState): ChinaOrder[] {
  const b = Math.max(0, G.economy.cnBudget) * 0.95;
  const base = defaultChinaOrder(G);
  const mix = (nv: number, hw: number, sub: number, extra: Partial<ChinaOrder> = {}): ChinaOrder => ({
    ...base,
    nvidiaSpend: round1(b * nv),
    huaweiSpend: round1(b * hw),
    huaweiSubsidy: round1(b * sub),
    ...extra,
  });
  const out = [
    base,
    mix(0.7, 0.2, 0.05),
    mix(0.2, 0.5, 0.2, { mandate: 50 }),
    mix(0, 0.6, 0.3, { boycott: true, mandate: 100 }),
    mix(0.4, 0.3, 0.1, { openWeights: 'release', stance: 'collaborate' }),
    mix(0.3, 0.3, 0.1, { openWeights: 'major', stance: 'hawk' }),
    mix(0.4, 0.3, 0.05, { smuggling: round1(b * 0.1) }),
    mix(0.5, 0.4, 0, { stance: 'collaborate' }),
  ];
  return out.filter((o) => CHECK_ORDER.china(G, o) === null);
}

export function huaweiCandidates(G: GameState): HuaweiOrder[] {
  const cash = Math.max(0, G.economy.hwCash);
  const base = defaultHuaweiOrder(G);
  const out: HuaweiOrder[] = [base];
  for (const [rnd, capacity] of [[0.7, 0.2], [0.2, 0.7], [0.45, 0.45]] as const)
    for (const price of [10, 16, 24])
      for (const aggregation of [false, true])
        out.push({ rnd: round1(cash * rnd), capacity: round1(cash * capacity), price, aggregation });
  return out.filter((o) => CHECK_ORDER.huawei(G, o) === null);
}

const ORDER_CANDIDATES: { [S in OrderSeat]: (G: GameState) => unknown[] } = {
  nvidia: nvidiaCandidates,
  china: chinaCandidates,
  huawei: huaweiCandidates,
};

export function enumerate(G: GameState, ctx: { phase: string; activePlayers: Record<string, string> | null }, playerID: string): MoveChoice[] {
  if (G.outcome) return [];
  const seat = seatOf(playerID);
  if (ctx.phase === 'policy') return seat === 'usg' ? policyCandidates(G).map((p) => ({ move: 'setPolicy', args: [p] })) : [];
  if (ctx.phase === 'orders' && seat && seat !== 'usg' && ctx.activePlayers?.[playerID])
    return ORDER_CANDIDATES[seat](G).map((o) => ({ move: 'submitOrder', args: [o] }));
  return [];
}
