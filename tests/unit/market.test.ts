/**
 * Market clearing (GAME.md section 3, step 4): the mandate first, then China's demand against
 * NVIDIA's China allocation (export tier, volume cap, trust, delivery) and Huawei's capacity.
 */
import { describe, expect, it } from 'vitest';
import { capLimit, clearMarket, trustFactor, type MarketInput } from '../../src/game/market.js';
import { TIER_PRICE, TIER_YIELD, TRUST_HALF, US_PRICE, GLUT_PRICE_FACTOR, US_DEMAND_SHARE } from '../../src/game/params.js';
import { resolveYear } from '../../src/game/resolve.js';
import { huaweiPerf } from '../../src/game/model.js';
import { fixedRandom, makeState, orders } from './helpers/fixture.js';

/**
 * NVIDIA offers half of 20 CP of output at list price; China brings $70B for NVIDIA and $20B
 * for Huawei, whose 10 CP of capacity sell at $10B per CP.
 */
const BASE: MarketInput = {
  tier: 'previous-gen',
  volumeCap: null,
  nvOutput: 20,
  chinaShare: 50,
  chinaPrice: 100,
  compliantDesign: false,
  trust: 5,
  deliveryMult: 1,
  boycott: false,
  nvidiaSpend: 70,
  huaweiSpend: 20,
  huaweiCapacity: 10,
  huaweiPrice: 10,
  mandate: 0,
};
const market = (m: Partial<MarketInput> = {}) => clearMarket({ ...BASE, ...m });

describe('volume cap: China ≤ cap% of what NVIDIA keeps for the US', () => {
  it.each([
    // With 25 CP of output: no cap → 25; 50% → 25 x 50/150 = 8.33; 25% → 5; 10% → 2.27.
    [25, null, 25],
    [25, 50, (25 * 50) / 150],
    [25, 25, 5],
    [25, 10, (25 * 10) / 110],
  ] as const)('capLimit(%d, %s)', (out, cap, expected) => {
    expect(capLimit(out, cap)).toBeCloseTo(expected, 12);
    if (cap !== null) expect(capLimit(out, cap)).toBeCloseTo((cap / 100) * (out - capLimit(out, cap)), 12);
  });
});

describe('trust: ≥ TRUST_HALF full, below half, 0 none', () => {
  it.each([
    [10, 1],
    [TRUST_HALF, 1],
    [TRUST_HALF - 0.01, 0.5],
    [0.5, 0.5],
    [0, 0],
    [-1, 0],
  ])('trustFactor(%d) = %d', (trust, factor) => {
    expect(trustFactor(trust)).toBe(factor);
  });
});

describe('clearMarket', () => {
  it('the base case: China spends its NVIDIA budget in full', () => {
    // 50% of 20 CP = 10 CP allocated; H200-class yield 0.5 → 5 CP offered at $14B = $70B.
    const r = market();
    const offered = 10 * TIER_YIELD['previous-gen'];
    const price = TIER_PRICE['previous-gen'];
    expect(r.chinaAllocation).toBeCloseTo(10, 12);
    expect(r.nvidiaPrice).toBeCloseTo(price, 12);
    expect(r.nvidiaAvailable).toBeCloseTo(offered, 12);
    expect(r.nvidiaBought).toBeCloseTo(Math.min(70 / price, offered), 12);
    expect(r.huaweiBought).toBeCloseTo(2, 12);
    expect(r.unsoldAllocation).toBeCloseTo(10 - r.nvidiaBought / TIER_YIELD['previous-gen'], 12);
  });

  it('NVIDIA\'s price is the tier\'s list price times its percentage', () => {
    expect(market({ chinaPrice: 130 }).nvidiaPrice).toBeCloseTo((TIER_PRICE['previous-gen'] * 130) / 100, 12);
    expect(market({ chinaPrice: 130 }).nvidiaBought).toBeCloseTo(
      Math.min(70 / ((TIER_PRICE['previous-gen'] * 130) / 100), 10 * TIER_YIELD['previous-gen']),
      12,
    );
  });

  describe('the domestic mandate: Huawei share of new chips ≥ mandate%', () => {
    // Huawei sells 2 CP ($20B at $10B). NVIDIA may sell at most 2 x (100 - m) / m.
    const hw = 2;
    it.each([
      [0, Infinity],
      [30, (hw * 70) / 30], // the event floor: 4.67 CP
      [50, hw], // 2 CP
      [100, 0],
    ])('mandate %d%%', (mandate, limit) => {
      const r = market({ mandate, nvidiaSpend: 200 });
      const unlimited = 10 * TIER_YIELD['previous-gen'];
      expect(r.huaweiBought).toBeCloseTo(hw, 12);
      expect(r.nvidiaBought).toBeCloseTo(Math.min(unlimited, limit), 12);
      if (limit < unlimited) {
        expect(r.limitedBy).toBe('mandate');
        expect(r.huaweiBought / (r.huaweiBought + r.nvidiaBought)).toBeGreaterThanOrEqual(mandate / 100 - 1e-12);
      }
    });

    it('a 100% mandate with no Huawei purchase shuts NVIDIA out', () => {
      expect(market({ mandate: 100, huaweiSpend: 0 }).nvidiaBought).toBe(0);
      expect(market({ mandate: 50, huaweiSpend: 0 }).nvidiaBought).toBe(0);
    });
  });

  it('the volume cap holds NVIDIA back', () => {
    // 50% cap on 20 CP: at most 6.67 CP allocated, 3.33 CP delivered, though China would buy 5.
    const r = market({ volumeCap: 50 });
    const allocation = capLimit(20, 50);
    expect(r.chinaAllocation).toBeCloseTo(allocation, 12);
    expect(r.nvidiaBought).toBeCloseTo(allocation * TIER_YIELD['previous-gen'], 12);
    expect(r.limitedBy).toBe('cap');
  });

  it.each([
    [TRUST_HALF, 1],
    [TRUST_HALF - 1, 0.5],
    [0, 0],
  ])('trust %d: buyers take %d of the offer', (trust, factor) => {
    const r = market({ trust, nvidiaSpend: 1000 });
    expect(r.nvidiaAvailable).toBeCloseTo(10 * TIER_YIELD['previous-gen'] * factor, 12);
    expect(r.nvidiaBought).toBeCloseTo(10 * TIER_YIELD['previous-gen'] * factor, 12);
    if (factor === 0.5) expect(r.limitedBy).toBe('trust');
  });

  it('delivery failures (customs, licence delays) scale what arrives', () => {
    expect(market({ deliveryMult: 0.5, nvidiaSpend: 1000 }).nvidiaBought).toBeCloseTo(10 * TIER_YIELD['previous-gen'] * 0.5, 12);
  });

  it('a boycott refuses every NVIDIA chip, and Huawei still sells', () => {
    const r = market({ boycott: true });
    expect(r.nvidiaBought).toBe(0);
    expect(r.huaweiBought).toBeCloseTo(2, 12);
    expect(r.limitedBy).toBe('boycott');
    expect(r.unsoldAllocation).toBeCloseTo(10, 12);
  });

  it('the compliant tier sells nothing without a compliant design', () => {
    const r = market({ tier: 'compliant' });
    expect(r.chinaAllocation).toBe(0);
    expect(r.nvidiaBought).toBe(0);
    expect(r.limitedBy).toBe('rule');
  });

  it('the compliant tier with a compliant design sells H20-class chips', () => {
    // 10 CP of output at 0.15 yield → 1.5 CP offered at $40B; $70B would buy 1.75: supply binds.
    const r = market({ tier: 'compliant', compliantDesign: true });
    expect(r.chinaAllocation).toBeCloseTo(10, 12);
    expect(r.nvidiaPrice).toBe(TIER_PRICE.compliant);
    expect(r.nvidiaBought).toBeCloseTo(Math.min(70 / TIER_PRICE.compliant, 10 * TIER_YIELD.compliant), 12);
    expect(r.limitedBy).toBe('supply');
  });

  it('the embargo sells nothing whatever NVIDIA offers', () => {
    const r = market({ tier: 'embargo', compliantDesign: true, chinaShare: 50 });
    expect(r.chinaAllocation).toBe(0);
    expect(r.nvidiaBought).toBe(0);
    expect(r.limitedBy).toBe('rule');
  });

  it('Huawei sells at most its capacity, and nothing at a zero price', () => {
    expect(market({ huaweiSpend: 500 }).huaweiBought).toBe(10);
    expect(market({ huaweiPrice: 0 }).huaweiBought).toBe(0);
  });

  it('China never pays NVIDIA more than it offered', () => {
    for (const nvidiaSpend of [0, 5, 70, 500]) {
      const r = market({ nvidiaSpend });
      expect(r.nvidiaBought * r.nvidiaPrice).toBeLessThanOrEqual(nvidiaSpend + 1e-9);
    }
  });
});

describe('the market inside a resolved year', () => {
  /** 2026 board with previous-gen, no cap, full trust; NVIDIA offers 50% and China has money for all. */
  const board = (modifiers = {}) =>
    makeState({
      policy: { tier: 'previous-gen', volumeCap: null, licenseFee: 0 },
      meters: { trust: 8 },
      economy: { nvOutput: 20, hwChips: 5, cnBudget: 200 },
      modifiers,
    });
  // Huawei: 5 M chips x 0.8 CP per M chips = 4 CP of capacity at $10B; China buys $20B → 2 CP.
  const year = (mandate: number) =>
    orders({
      nvidia: { chinaShare: 50 },
      china: { nvidiaSpend: 100, huaweiSpend: 20, mandate },
      huawei: { price: 10 },
    });

  it.each([
    // [floor from the news card, China's own mandate, effective mandate]
    [0, 0, 0],
    [30, 0, 30],
    [30, 50, 50],
  ])('the event floor %d%% with China\'s mandate %d%% enforces %d%%', (floor, mandate, effective) => {
    const G = board({ mandateFloor: floor });
    const record = resolveYear(G, year(mandate), fixedRandom(0.5));
    const hw = 2;
    expect(record.trade.huaweiSold).toBeCloseTo(hw, 12);
    const limit = effective === 0 ? Infinity : (hw * (100 - effective)) / effective;
    expect(record.trade.nvidiaToChina).toBeCloseTo(Math.min(10 * TIER_YIELD['previous-gen'], limit), 12);
  });

  it('unsold previous-gen chips return to US buyers at the glut price; unsold compliant chips are written off', () => {
    // Trust 0: nothing sells in China. Previous-gen: all 20 CP reach US buyers, 15 at list, 5 at
    // half price → 15 x 8 + 5 x 8 x 0.5 = $140B. Compliant: only the 10 CP NVIDIA kept for the US.
    const prev = board();
    prev.meters.trust = 0;
    const r1 = resolveYear(prev, year(0), fixedRandom(0.5));
    const demand = 20 * US_DEMAND_SHARE;
    expect(r1.trade.nvidiaToUs).toBeCloseTo(20, 12);
    expect(r1.trade.nvRevenue).toBeCloseTo(demand * US_PRICE + (20 - demand) * US_PRICE * GLUT_PRICE_FACTOR, 9);

    const compliant = board();
    compliant.meters.trust = 0;
    compliant.policy.tier = 'compliant';
    const o = year(0);
    o.nvidia.compliantDesign = true;
    const r2 = resolveYear(compliant, o, fixedRandom(0.5));
    expect(r2.trade.nvidiaToUs).toBeCloseTo(10, 12);
    expect(r2.trade.nvRevenue).toBeCloseTo(Math.min(10, demand) * US_PRICE, 9);
  });

  it('the licence fee is taken from NVIDIA\'s China revenue and funds next year\'s US budget', () => {
    const G = board();
    G.policy.licenseFee = 25;
    const record = resolveYear(G, year(0), fixedRandom(0.5));
    const chinaRevenue = record.trade.nvidiaToChina * TIER_PRICE['previous-gen'];
    expect(record.trade.feesCollected).toBeCloseTo(chinaRevenue * 0.25, 9);
    expect(G.economy.usgBudget).toBeCloseTo(20 + record.trade.feesCollected, 9);
  });

  it('Huawei capacity is chips x perf x the year\'s capacity modifier', () => {
    const G = board({ hwCapacityMult: 0.6 });
    G.meters.huaweiLevel = 2;
    const record = resolveYear(G, orders({ china: { huaweiSpend: 1000 }, huawei: { price: 10 } }), fixedRandom(0.5));
    expect(record.trade.huaweiSold).toBeCloseTo(5 * 0.6 * huaweiPerf(2), 12);
  });
});
