/**
 * Invariants of any reachable state, and the money balance of a resolved year, written as
 * assertions so property tests can call them on every step of random play.
 */
import { expect } from 'vitest';
import {
  chinaSpend,
  nvidiaSpend,
  SCENARIOS,
  type GameState,
  type Orders,
  type YearRecord,
} from '../../../src/game/index.js';
import { huaweiPerf } from '../../../src/game/model.js';
import {
  AGGREGATION_COST,
  AGGREGATION_OUTPUT,
  CN_BUDGET_GROWTH,
  CN_SAVINGS_CAP,
  HW_COST_PER_MCHIP,
  HW_MAX_LEVEL,
  MAX_LOBBY,
  MAX_TRUST,
  NV_COST_PER_CP,
  TENSION_CRISIS,
  TIER_PRICE,
  TIER_YIELD,
  US_PRICE,
} from '../../../src/game/params.js';

const EPS = 1e-6;

/** Every number anywhere in `value` is finite (no NaN, no Infinity). */
export function expectAllFinite(value: unknown, path = 'G'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) expect.fail(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  }
}

/** Stocks, qualities, power and meters stay in their ranges. */
export function expectSaneState(G: GameState): void {
  expectAllFinite(G);
  for (const [name, v] of [
    ['us.compute', G.us.compute],
    ['cn.foreign', G.cn.foreign],
    ['cn.domestic', G.cn.domestic],
    ['secret.smuggledStock', G.secret.smuggledStock],
    ['secret.huaweiProgress', G.secret.huaweiProgress],
    ['economy.usgBudget', G.economy.usgBudget],
    ['economy.cnBudget', G.economy.cnBudget],
    ['meters.politicalCapital', G.meters.politicalCapital],
  ] as const) {
    expect(v, name).toBeGreaterThanOrEqual(-EPS);
  }
  for (const [name, v] of [
    ['us.quality', G.us.quality],
    ['cn.quality', G.cn.quality],
    ['us.power', G.us.power],
    ['cn.power', G.cn.power],
    ['economy.nvOutput', G.economy.nvOutput],
    ['economy.hwChips', G.economy.hwChips],
  ] as const) {
    expect(v, name).toBeGreaterThan(0);
  }
  const m = G.meters;
  expect(m.tension).toBeGreaterThanOrEqual(0);
  expect(m.tension).toBeLessThanOrEqual(TENSION_CRISIS);
  expect(m.trust).toBeGreaterThanOrEqual(0);
  expect(m.trust).toBeLessThanOrEqual(MAX_TRUST);
  expect(Number.isInteger(m.huaweiLevel) && m.huaweiLevel >= 0 && m.huaweiLevel <= HW_MAX_LEVEL).toBe(true);
  expect(m.lobbyInfluence).toBeGreaterThanOrEqual(0);
  expect(m.lobbyInfluence).toBeLessThanOrEqual(MAX_LOBBY);
  expect(m.nvValuation).toBeGreaterThan(0);
}

/** Quality never falls; stocks only move at resolution (events aside). */
export function expectMonotone(prev: GameState, next: GameState): void {
  expect(next.us.quality).toBeGreaterThanOrEqual(prev.us.quality);
  expect(next.cn.quality).toBeGreaterThanOrEqual(prev.cn.quality);
  expect(next.history.length).toBeGreaterThanOrEqual(prev.history.length);
}

/**
 * The year's money, from the state before the final order, the orders and the public record:
 * nobody's purse grows by more than what another paid it or the rules give it.
 */
export function expectYearBalances(prev: GameState, orders: Orders, rec: YearRecord, next: GameState): void {
  const { nvidia: nv, china: cn, huawei: hw } = orders;
  const policy = prev.policy;
  const mods = prev.modifiers;
  const scenario = SCENARIOS[prev.scenario];
  const t = rec.trade;

  // Chips: NVIDIA sells no more than it made.
  const nvOutput = prev.economy.nvOutput * mods.nvOutputMult;
  const yieldPerUnit = TIER_YIELD[policy.tier];
  const chinaUnits = yieldPerUnit > 0 ? t.nvidiaToChina / yieldPerUnit : 0;
  expect(t.nvidiaToUs + chinaUnits).toBeLessThanOrEqual(nvOutput + EPS);

  // China pays NVIDIA and Huawei no more than it offered; the fee comes out of what it paid.
  const chinaPaidNvidia = t.nvidiaToChina * ((TIER_PRICE[policy.tier] * nv.chinaPrice) / 100);
  expect(chinaPaidNvidia).toBeLessThanOrEqual(cn.nvidiaSpend + EPS);
  expect(t.hwRevenue).toBeCloseTo(t.huaweiSold * hw.price, 6);
  expect(t.hwRevenue).toBeLessThanOrEqual(cn.huaweiSpend + EPS);
  expect(t.feesCollected).toBeCloseTo((chinaPaidNvidia * policy.licenseFee) / 100, 6);

  // NVIDIA: cash moves by revenue minus cost of goods minus its spending; US revenue is at most list price.
  const usRevenue = t.nvRevenue - (chinaPaidNvidia - t.feesCollected);
  expect(usRevenue).toBeGreaterThanOrEqual(-EPS);
  expect(usRevenue).toBeLessThanOrEqual(t.nvidiaToUs * US_PRICE * mods.usPriceMult + EPS);
  expect(next.economy.nvCash).toBeCloseTo(prev.economy.nvCash - nvidiaSpend(nv) + t.nvRevenue - nvOutput * NV_COST_PER_CP, 6);

  // Huawei: cash moves by revenue minus chip costs minus its spending; it sells no more than it can make.
  const perf = huaweiPerf(prev.meters.huaweiLevel) * (hw.aggregation ? AGGREGATION_OUTPUT : 1);
  const chipsSold = t.huaweiSold / perf;
  expect(chipsSold).toBeLessThanOrEqual(prev.economy.hwChips * mods.hwCapacityMult + EPS);
  const chipCost = chipsSold * HW_COST_PER_MCHIP * (hw.aggregation ? AGGREGATION_COST : 1);
  expect(next.economy.hwCash).toBeCloseTo(prev.economy.hwCash - hw.rnd - hw.capacity + t.hwRevenue - chipCost, 6);

  // China: it never spends more than its budget; next year's is the base plus capped savings.
  const leftover = prev.economy.cnBudget - chinaSpend(cn) + (cn.nvidiaSpend - chinaPaidNvidia) + (cn.huaweiSpend - t.hwRevenue);
  expect(leftover).toBeGreaterThanOrEqual(-EPS);
  const base = scenario.economy.cnBudget * (1 + CN_BUDGET_GROWTH) ** prev.round;
  expect(next.economy.cnBudget).toBeCloseTo(base + Math.min(leftover, CN_SAVINGS_CAP * base), 6);
  expect(next.economy.cnBudget).toBeLessThanOrEqual(base * (1 + CN_SAVINGS_CAP) + EPS);

  // The US Government: next year's budget is its base plus the fees China paid.
  expect(next.economy.usgBudget).toBeCloseTo(scenario.usgBudget + t.feesCollected, 6);
}
