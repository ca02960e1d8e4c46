/**
 * Huawei's climb (GAME.md section 4): progress towards the next tech level is paid by Huawei's
 * R&D, China's subsidy (at SUBSIDY_EFFICIENCY) and learning from its own revenue
 * (HW_REVENUE_LEARNING), each $B worth 1 / levelCost(level) of a level. Whole levels launch
 * publicly; the top level is HW_MAX_LEVEL; perf per chip is HW_PERF_BASE x HW_PERF_STEP^level.
 */
import { describe, expect, it } from 'vitest';
import { resolveYear } from '../../src/game/resolve.js';
import { huaweiPerf, levelCost } from '../../src/game/model.js';
import {
  AGGREGATION_COST,
  AGGREGATION_OUTPUT,
  HW_CHIPS_PER_B,
  HW_COST_PER_MCHIP,
  HW_MAX_LEVEL,
  HW_REVENUE_LEARNING,
  SUBSIDY_EFFICIENCY,
} from '../../src/game/params.js';
import { fixedRandom, makeState, orders } from './helpers/fixture.js';
import type { HuaweiOrder } from '../../src/game/types.js';

const board = (level: number, progress: number, hwChips = 0.6) =>
  makeState({ meters: { huaweiLevel: level }, secret: { huaweiProgress: progress }, economy: { hwChips, hwCash: 100, cnBudget: 200 } });

/**
 * Where $B of progress lands, climbing level by level at each level's own price: the rule
 * "climbing from L to L+1 costs levelCost(L)", applied to the money, not to fractions.
 */
function climb(level: number, progress: number, dollars: number): { level: number; progress: number } {
  let money = progress * levelCost(level) + dollars;
  while (level < HW_MAX_LEVEL && money >= levelCost(level) - 1e-12) {
    money -= levelCost(level);
    level += 1;
  }
  return level >= HW_MAX_LEVEL ? { level: HW_MAX_LEVEL, progress: 0 } : { level, progress: money / levelCost(level) };
}

describe('progress within a level', () => {
  it('R&D + subsidy x SUBSIDY_EFFICIENCY + revenue x HW_REVENUE_LEARNING, over the level cost', () => {
    // Capacity 0.6 M chips x 0.8 CP = 0.48 CP, all bought at $15B → $7.2B revenue.
    // (6 + 0.8 x 5 + 0.15 x 7.2) / 15 = 11.08 / 15 = 0.7387 of level 1.
    const G = board(0, 0);
    const record = resolveYear(G, orders({ china: { huaweiSpend: 30, huaweiSubsidy: 5 }, huawei: { rnd: 6, price: 15 } }), fixedRandom(0.5));
    const revenue = 0.6 * huaweiPerf(0) * 15;
    expect(record.trade.hwRevenue).toBeCloseTo(revenue, 12);
    expect(G.meters.huaweiLevel).toBe(0);
    expect(G.secret.huaweiProgress).toBeCloseTo((6 + SUBSIDY_EFFICIENCY * 5 + HW_REVENUE_LEARNING * revenue) / levelCost(0), 12);
  });

  it.each([
    ['R&D alone', { rnd: 3 }, 0, 3],
    ['subsidy alone', {}, 5, SUBSIDY_EFFICIENCY * 5],
  ] as const)('%s', (_name, hw, subsidy, dollars) => {
    const G = board(2, 0.1, 0);
    resolveYear(G, orders({ china: { huaweiSubsidy: subsidy }, huawei: hw as Partial<HuaweiOrder> }), fixedRandom(0.5));
    expect(G.meters.huaweiLevel).toBe(2);
    expect(G.secret.huaweiProgress).toBeCloseTo(0.1 + dollars / levelCost(2), 12);
  });

  it('no money, no progress', () => {
    const G = board(1, 0.4, 0);
    resolveYear(G, orders(), fixedRandom(0.5));
    expect(G.secret.huaweiProgress).toBeCloseTo(0.4, 12);
    expect(G.meters.huaweiLevel).toBe(1);
  });
});

describe('level-ups', () => {
  it('reaching 1 launches the next level, announced in the summary', () => {
    const G = board(0, 0.9, 0);
    const record = resolveYear(G, orders({ huawei: { rnd: 0.1 * levelCost(0) } }), fixedRandom(0.5));
    expect(G.meters.huaweiLevel).toBe(1);
    expect(G.secret.huaweiProgress).toBeCloseTo(0, 9);
    expect(record.summary.some((line) => line.includes('tech level 1'))).toBe(true);
  });

  it('carry-over: money beyond the level is worth its share of the NEXT level\'s cost', () => {
    // 0.9 of level 1 done and $3B of R&D: $1.5B finishes it (15 x 0.1), $1.5B is left for
    // level 2, which costs $24B → 1.5 / 24 = 0.0625 of it.
    const G = board(0, 0.9, 0);
    resolveYear(G, orders({ huawei: { rnd: 3 } }), fixedRandom(0.5));
    const expected = climb(0, 0.9, 3);
    expect(G.meters.huaweiLevel).toBe(expected.level);
    expect(G.secret.huaweiProgress).toBeCloseTo(expected.progress, 9);
  });

  it('a big year climbs several levels, each at its own price', () => {
    // $45B from level 0: 15 + 24 = 39 reach level 2, the $6B left is 6 / 38.4 of level 3.
    const G = board(0, 0, 0);
    resolveYear(G, orders({ huawei: { rnd: 45 } }), fixedRandom(0.5));
    const expected = climb(0, 0, 45);
    expect(G.meters.huaweiLevel).toBe(expected.level);
    expect(G.secret.huaweiProgress).toBeCloseTo(expected.progress, 9);
  });

  it('stops at HW_MAX_LEVEL with no progress left over', () => {
    const G = board(HW_MAX_LEVEL - 1, 0.9, 0);
    resolveYear(G, orders({ huawei: { rnd: 100 } }), fixedRandom(0.5));
    expect(G.meters.huaweiLevel).toBe(HW_MAX_LEVEL);
    expect(G.secret.huaweiProgress).toBe(0);
  });

  it('at the top level, spending adds no progress', () => {
    const G = board(HW_MAX_LEVEL, 0, 0);
    resolveYear(G, orders({ china: { huaweiSubsidy: 20 }, huawei: { rnd: 30 } }), fixedRandom(0.5));
    expect(G.meters.huaweiLevel).toBe(HW_MAX_LEVEL);
    expect(G.secret.huaweiProgress).toBe(0);
  });
});

describe('chips, capacity and cash', () => {
  it.each([0, 1, 3, 5])('at level %d each million chips is 0.8 x 1.6^level CP', (level) => {
    const G = board(level, 0, 2);
    const record = resolveYear(G, orders({ china: { huaweiSpend: 10_000 }, huawei: { price: 10 } }), fixedRandom(0.5));
    expect(record.trade.huaweiSold).toBeCloseTo(2 * huaweiPerf(level), 12);
  });

  it('aggregation: AGGREGATION_OUTPUT more compute per chip at AGGREGATION_COST more cost per chip', () => {
    // 2 M chips at level 1: 2 x 1.28 x 1.4 = 3.584 CP at $12B = $43.0B; cost 2 x 8 x 1.3 = $20.8B.
    const price = 12;
    const G = board(1, 0, 2);
    const cashBefore = G.economy.hwCash;
    const order = { price, aggregation: true, rnd: 1, capacity: 2 };
    const record = resolveYear(G, orders({ china: { huaweiSpend: 10_000 }, huawei: order }), fixedRandom(0.5));
    const sold = 2 * huaweiPerf(1) * AGGREGATION_OUTPUT;
    expect(record.trade.huaweiSold).toBeCloseTo(sold, 12);
    expect(record.trade.hwRevenue).toBeCloseTo(sold * price, 9);
    expect(G.economy.hwCash).toBeCloseTo(cashBefore - 1 - 2 + sold * price - 2 * HW_COST_PER_MCHIP * AGGREGATION_COST, 9);
  });

  it('without aggregation Huawei pays HW_COST_PER_MCHIP per million chips sold', () => {
    const G = board(0, 0, 1);
    const cashBefore = G.economy.hwCash;
    const record = resolveYear(G, orders({ china: { huaweiSpend: 4 }, huawei: { price: 10 } }), fixedRandom(0.5));
    // $4B at $10B per CP buys 0.4 CP = 0.5 M chips at level 0 → cost $4B, revenue $4B.
    const sold = 4 / 10;
    expect(record.trade.huaweiSold).toBeCloseTo(sold, 12);
    expect(G.economy.hwCash).toBeCloseTo(cashBefore + 4 - (sold / huaweiPerf(0)) * HW_COST_PER_MCHIP, 9);
  });

  it('capacity spend adds HW_CHIPS_PER_B million chips a year per $B', () => {
    const G = board(0, 0, 1);
    resolveYear(G, orders({ huawei: { capacity: 10 } }), fixedRandom(0.5));
    expect(G.economy.hwChips).toBeCloseTo(1 + 10 * HW_CHIPS_PER_B, 12);
  });
});
