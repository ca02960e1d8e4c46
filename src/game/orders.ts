/**
 * The shapes and rules of the year's orders: the US Government's policy and the three secret
 * orders. `checkX` returns a Rejection or null; moves and order panels share these checks.
 */
import { z } from 'zod';
import { reject, type Rejection } from './rejection.js';
import { SCENARIOS } from './scenarios.js';
import {
  EXPORT_TIERS,
  LICENSE_FEES,
  OPEN_WEIGHTS,
  STANCES,
  VOLUME_CAPS,
  type ChinaOrder,
  type GameState,
  type HuaweiOrder,
  type NvidiaOrder,
  type Orders,
  type Policy,
} from './types.js';
import {
  COMPLIANT_DESIGN_COST,
  LIMITS,
  OPEN_WEIGHTS_EFFECT,
  PC_COLLABORATE,
  PC_ENFORCEMENT,
  PC_INTELLIGENCE,
} from './params.js';

const money = z.number().finite();
const literal = <T extends readonly (string | number | null)[]>(values: T) =>
  z.custom<T[number]>((v) => values.includes(v as T[number]), { message: `one of ${values.map(String).join(', ')}` });

export const PolicySchema = z.strictObject({
  tier: z.enum(EXPORT_TIERS),
  volumeCap: literal(VOLUME_CAPS),
  licenseFee: literal(LICENSE_FEES),
  chipSecurity: z.boolean(),
  enforcement: z.number().int(),
  fabSubsidy: money,
  energySubsidy: money,
  stance: z.enum(STANCES),
  intelligence: z.boolean(),
});

export const NvidiaOrderSchema = z.strictObject({
  chinaShare: z.number().int(),
  chinaPrice: z.number().int(),
  lobbying: money,
  rnd: money,
  compliantDesign: z.boolean(),
});

export const ChinaOrderSchema = z.strictObject({
  nvidiaSpend: money,
  huaweiSpend: money,
  huaweiSubsidy: money,
  mandate: z.number().int(),
  openWeights: z.enum(OPEN_WEIGHTS),
  smuggling: money,
  boycott: z.boolean(),
  stance: z.enum(STANCES),
});

export const HuaweiOrderSchema = z.strictObject({
  rnd: money,
  capacity: money,
  price: money,
  aggregation: z.boolean(),
});

function shapeError(error: z.ZodError): Rejection {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return reject('BAD_SHAPE', `The order is malformed (${where}${issue?.message ?? 'invalid'}).`);
}

function range(name: string, value: number, min: number, max: number, step = 0): Rejection | null {
  if (value < min || value > max) return reject('OUT_OF_RANGE', `${name} must be between ${min} and ${max} (got ${value}).`);
  if (step > 0 && (value - min) % step !== 0) return reject('OUT_OF_RANGE', `${name} moves in steps of ${step} (got ${value}).`);
  return null;
}

const firstOf = (...checks: (() => Rejection | null)[]): Rejection | null => {
  for (const check of checks) {
    const r = check();
    if (r) return r;
  }
  return null;
};

const tierIndex = (p: Policy) => EXPORT_TIERS.indexOf(p.tier);
const capIndex = (p: Policy) => VOLUME_CAPS.indexOf(p.volumeCap);

/** Steps by which `next` tightens `prev`: a stricter tier, a lower cap, chip security switched on. */
export function tighteningSteps(prev: Policy, next: Policy): number {
  return (
    Math.max(0, tierIndex(prev) - tierIndex(next)) +
    Math.max(0, capIndex(next) - capIndex(prev)) +
    (next.chipSecurity && !prev.chipSecurity ? 1 : 0)
  );
}

/** Political capital a tightening step costs: NVIDIA's lobbying influence, at least 1. */
export function tighteningPrice(lobbyInfluence: number): number {
  return Math.max(1, Math.round(lobbyInfluence));
}

export function policyCapitalCost(G: GameState, next: Policy): number {
  return (
    tighteningSteps(G.policy, next) * tighteningPrice(G.meters.lobbyInfluence) +
    next.enforcement * PC_ENFORCEMENT +
    (next.intelligence ? PC_INTELLIGENCE : 0) +
    (next.stance === 'collaborate' ? PC_COLLABORATE : 0)
  );
}

export function checkPolicy(G: GameState, input: unknown): Rejection | null {
  const parsed = PolicySchema.safeParse(input);
  if (!parsed.success) return shapeError(parsed.error);
  const p = parsed.data as Policy;
  const locks = SCENARIOS[G.scenario].locks;
  return firstOf(
    () => range('Enforcement', p.enforcement, LIMITS.enforcement.min, LIMITS.enforcement.max, 1),
    () => range('Fab subsidy', p.fabSubsidy, LIMITS.usgSubsidy.min, LIMITS.usgSubsidy.max),
    () => range('Energy subsidy', p.energySubsidy, LIMITS.usgSubsidy.min, LIMITS.usgSubsidy.max),
    () => (locks.tiers.includes(p.tier) ? null : reject('LEVER_LOCKED', `This scenario allows only these export tiers: ${locks.tiers.join(', ')}.`)),
    () => (locks.volumeCaps.includes(p.volumeCap) ? null : reject('LEVER_LOCKED', `This scenario allows only these volume caps: ${locks.volumeCaps.map((c) => (c === null ? 'none' : `${c}%`)).join(', ')}.`)),
    () => (locks.fees.includes(p.licenseFee) ? null : reject('LEVER_LOCKED', `This scenario allows only these licence fees: ${locks.fees.map((f) => `${f}%`).join(', ')}.`)),
    () => (locks.chipSecurity.includes(p.chipSecurity) ? null : reject('LEVER_LOCKED', 'This scenario does not allow changing the chip-security requirement.')),
    () => {
      const spend = p.fabSubsidy + p.energySubsidy;
      return spend > G.economy.usgBudget + 1e-9
        ? reject('OVER_BUDGET', `Subsidies of $${fmt(spend)}B exceed this year's budget of $${fmt(G.economy.usgBudget)}B.`)
        : null;
    },
    () => {
      const cost = policyCapitalCost(G, p);
      return cost > G.meters.politicalCapital + 1e-9
        ? reject('NO_CAPITAL', `This policy costs ${fmt(cost)} political capital; you have ${fmt(G.meters.politicalCapital)}.`)
        : null;
    },
  );
}

export function nvidiaSpend(o: NvidiaOrder): number {
  return o.lobbying + o.rnd + (o.compliantDesign ? COMPLIANT_DESIGN_COST : 0);
}

export function checkNvidiaOrder(G: GameState, input: unknown): Rejection | null {
  const parsed = NvidiaOrderSchema.safeParse(input);
  if (!parsed.success) return shapeError(parsed.error);
  const o = parsed.data;
  return firstOf(
    () => range('China share', o.chinaShare, LIMITS.nvChinaShare.min, LIMITS.nvChinaShare.max, LIMITS.nvChinaShare.step),
    () => range('China price', o.chinaPrice, LIMITS.nvChinaPrice.min, LIMITS.nvChinaPrice.max, LIMITS.nvChinaPrice.step),
    () => range('Lobbying', o.lobbying, LIMITS.nvLobbying.min, LIMITS.nvLobbying.max),
    () => range('R&D', o.rnd, LIMITS.nvRnd.min, LIMITS.nvRnd.max),
    () => (o.chinaShare > 0 && G.policy.tier === 'embargo' ? reject('LEVER_LOCKED', 'The embargo forbids offering China any chips.') : null),
    () => {
      const spend = nvidiaSpend(o);
      return spend > Math.max(0, G.economy.nvCash) + 1e-9
        ? reject('OVER_BUDGET', `Spending $${fmt(spend)}B exceeds NVIDIA's cash of $${fmt(G.economy.nvCash)}B.`)
        : null;
    },
  );
}

export function chinaSpend(o: ChinaOrder): number {
  return o.nvidiaSpend + o.huaweiSpend + o.huaweiSubsidy + o.smuggling + OPEN_WEIGHTS_EFFECT[o.openWeights].cost;
}

export function checkChinaOrder(G: GameState, input: unknown): Rejection | null {
  const parsed = ChinaOrderSchema.safeParse(input);
  if (!parsed.success) return shapeError(parsed.error);
  const o = parsed.data;
  const nonNegative = (name: string, v: number) => (v < 0 ? reject('OUT_OF_RANGE', `${name} cannot be negative (got ${v}).`) : null);
  return firstOf(
    () => nonNegative('NVIDIA spend', o.nvidiaSpend),
    () => nonNegative('Huawei spend', o.huaweiSpend),
    () => nonNegative('Huawei subsidy', o.huaweiSubsidy),
    () => nonNegative('Smuggling', o.smuggling),
    () => range('Mandate', o.mandate, LIMITS.cnMandate.min, LIMITS.cnMandate.max, LIMITS.cnMandate.step),
    () => {
      const spend = chinaSpend(o);
      return spend > G.economy.cnBudget + 1e-9
        ? reject('OVER_BUDGET', `Orders of $${fmt(spend)}B exceed China's budget of $${fmt(G.economy.cnBudget)}B.`)
        : null;
    },
  );
}

export function checkHuaweiOrder(G: GameState, input: unknown): Rejection | null {
  const parsed = HuaweiOrderSchema.safeParse(input);
  if (!parsed.success) return shapeError(parsed.error);
  const o = parsed.data;
  return firstOf(
    () => (o.rnd < 0 ? reject('OUT_OF_RANGE', `R&D cannot be negative (got ${o.rnd}).`) : null),
    () => (o.capacity < 0 ? reject('OUT_OF_RANGE', `Capacity spend cannot be negative (got ${o.capacity}).`) : null),
    () => range('Price', o.price, LIMITS.hwPrice.min, LIMITS.hwPrice.max),
    () => {
      const spend = o.rnd + o.capacity;
      return spend > Math.max(0, G.economy.hwCash) + 1e-9
        ? reject('OVER_BUDGET', `Spending $${fmt(spend)}B exceeds Huawei's cash of $${fmt(G.economy.hwCash)}B.`)
        : null;
    },
  );
}

export const CHECK_ORDER: { [S in keyof Orders]: (G: GameState, input: unknown) => Rejection | null } = {
  nvidia: checkNvidiaOrder,
  china: checkChinaOrder,
  huawei: checkHuaweiOrder,
};

export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

