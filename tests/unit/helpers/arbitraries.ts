/**
 * fast-check arbitraries for legal play. A generated "intent" holds fractions and choices; it is
 * turned into a concrete order for the state at hand so that it passes the rules' own checks
 * (budgets, locks, political capital), which keeps random play legal in any state.
 */
import fc from 'fast-check';
import {
  checkPolicy,
  CHECK_ORDER,
  OPEN_WEIGHTS,
  policyCapitalCost,
  SCENARIOS,
  STANCES,
  LIMITS,
  type ChinaOrder,
  type GameState,
  type HuaweiOrder,
  type NvidiaOrder,
  type Policy,
} from '../../../src/game/index.js';
import { OPEN_WEIGHTS_EFFECT } from '../../../src/game/params.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
/** Down to a tenth, never above x: sums of floored parts stay within the purse. */
const floor1 = (x: number) => Math.floor(Math.max(0, x) * 10) / 10;
const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

export const policyIntent = fc.record({
  tier: fc.nat(),
  cap: fc.nat(),
  fee: fc.nat(),
  chipSecurity: fc.boolean(),
  enforcement: fc.integer({ min: LIMITS.enforcement.min, max: LIMITS.enforcement.max }),
  fab: unit,
  energy: unit,
  stance: fc.nat(),
  intelligence: fc.boolean(),
});
export type PolicyIntent = typeof policyIntent extends fc.Arbitrary<infer T> ? T : never;

export function makePolicy(G: GameState, i: PolicyIntent): Policy {
  const locks = SCENARIOS[G.scenario].locks;
  const budget = Math.max(0, G.economy.usgBudget);
  let p: Policy = {
    tier: at(locks.tiers, i.tier),
    volumeCap: at(locks.volumeCaps, i.cap),
    licenseFee: at(locks.fees, i.fee),
    chipSecurity: at(locks.chipSecurity, Number(i.chipSecurity)),
    enforcement: i.enforcement,
    fabSubsidy: Math.min(LIMITS.usgSubsidy.max, floor1((budget * i.fab) / 2)),
    energySubsidy: Math.min(LIMITS.usgSubsidy.max, floor1((budget * i.energy) / 2)),
    stance: at(STANCES, i.stance),
    intelligence: i.intelligence,
  };
  // Drop what political capital cannot pay for: extras first, then the tightening, then enforcement.
  const affordable = () => policyCapitalCost(G, p) <= G.meters.politicalCapital + 1e-9;
  if (!affordable()) p = { ...p, intelligence: false, stance: p.stance === 'collaborate' ? 'neutral' : p.stance };
  if (!affordable()) p = { ...p, tier: G.policy.tier, volumeCap: G.policy.volumeCap, chipSecurity: G.policy.chipSecurity };
  while (!affordable() && p.enforcement > 0) p = { ...p, enforcement: p.enforcement - 1 };
  const rejection = checkPolicy(G, p);
  if (rejection) throw new Error(`generated an illegal policy (${rejection.message}): ${JSON.stringify(p)}`);
  return p;
}

export const nvidiaIntent = fc.record({
  share: fc.integer({ min: 0, max: LIMITS.nvChinaShare.max / LIMITS.nvChinaShare.step }),
  price: fc.integer({ min: LIMITS.nvChinaPrice.min / LIMITS.nvChinaPrice.step, max: LIMITS.nvChinaPrice.max / LIMITS.nvChinaPrice.step }),
  lobbying: unit,
  rnd: unit,
  compliantDesign: fc.boolean(),
});
export type NvidiaIntent = typeof nvidiaIntent extends fc.Arbitrary<infer T> ? T : never;

export function makeNvidiaOrder(G: GameState, i: NvidiaIntent): NvidiaOrder {
  const cash = Math.max(0, G.economy.nvCash);
  const compliantDesign = i.compliantDesign && cash >= 1;
  const left = cash - (compliantDesign ? 1 : 0);
  return legal('nvidia', G, {
    chinaShare: G.policy.tier === 'embargo' ? 0 : i.share * LIMITS.nvChinaShare.step,
    chinaPrice: i.price * LIMITS.nvChinaPrice.step,
    lobbying: Math.min(LIMITS.nvLobbying.max, floor1((left * i.lobbying) / 2)),
    rnd: Math.min(LIMITS.nvRnd.max, floor1((left * i.rnd) / 2)),
    compliantDesign,
  });
}

export const chinaIntent = fc.record({
  nvidia: unit,
  huawei: unit,
  subsidy: unit,
  smuggling: unit,
  saved: unit,
  mandate: fc.integer({ min: 0, max: LIMITS.cnMandate.max / LIMITS.cnMandate.step }),
  openWeights: fc.nat(),
  boycott: fc.boolean(),
  stance: fc.nat(),
});
export type ChinaIntent = typeof chinaIntent extends fc.Arbitrary<infer T> ? T : never;

export function makeChinaOrder(G: GameState, i: ChinaIntent): ChinaOrder {
  const budget = Math.max(0, G.economy.cnBudget);
  let openWeights = at(OPEN_WEIGHTS, i.openWeights);
  if (OPEN_WEIGHTS_EFFECT[openWeights].cost > budget) openWeights = 'none';
  const purse = budget - OPEN_WEIGHTS_EFFECT[openWeights].cost;
  const total = i.nvidia + i.huawei + i.subsidy + i.smuggling + i.saved || 1;
  const part = (w: number) => floor1((purse * w) / total);
  return legal('china', G, {
    nvidiaSpend: part(i.nvidia),
    huaweiSpend: part(i.huawei),
    huaweiSubsidy: part(i.subsidy),
    // Smuggling stays a small share, as a real China would keep it.
    smuggling: floor1(part(i.smuggling) / 4),
    mandate: i.mandate * LIMITS.cnMandate.step,
    openWeights,
    boycott: i.boycott,
    stance: at(STANCES, i.stance),
  });
}

export const huaweiIntent = fc.record({
  rnd: unit,
  capacity: unit,
  price: fc.double({ min: LIMITS.hwPrice.min, max: LIMITS.hwPrice.max, noNaN: true }),
  aggregation: fc.boolean(),
});
export type HuaweiIntent = typeof huaweiIntent extends fc.Arbitrary<infer T> ? T : never;

export function makeHuaweiOrder(G: GameState, i: HuaweiIntent): HuaweiOrder {
  const cash = Math.max(0, G.economy.hwCash);
  return legal('huawei', G, {
    rnd: floor1((cash * i.rnd) / 2),
    capacity: floor1((cash * i.capacity) / 2),
    price: i.price,
    aggregation: i.aggregation,
  });
}

function legal<S extends 'nvidia' | 'china' | 'huawei', T>(seat: S, G: GameState, order: T): T {
  const rejection = CHECK_ORDER[seat](G, order);
  if (rejection) throw new Error(`generated an illegal ${seat} order (${rejection.message}): ${JSON.stringify(order)}`);
  return order;
}

/** One step of scripted play: who acts, and either an enumerate pick or a generated order. */
export const stepIntent = fc.record({
  who: fc.nat(),
  generated: fc.boolean(),
  pick: fc.nat(),
  policy: policyIntent,
  nvidia: nvidiaIntent,
  china: chinaIntent,
  huawei: huaweiIntent,
});
export type StepIntent = typeof stepIntent extends fc.Arbitrary<infer T> ? T : never;
