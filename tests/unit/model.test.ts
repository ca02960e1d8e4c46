/**
 * The compute-stock model (GAME.md section 1), formula by formula. Expected values are computed
 * here from the exported constants, so recalibrating params.ts keeps these green while a wrong
 * formula turns them red; each block also states one worked example with today's constants.
 */
import { describe, expect, it } from 'vitest';
import {
  depreciate,
  detectionChance,
  huaweiPerf,
  levelCost,
  qualityGain,
  stocks,
  usable,
  usableCn,
  usableUs,
} from '../../src/game/model.js';
import {
  DEPRECIATION,
  DETECT_BASE,
  DETECT_CHIP_SECURITY,
  DETECT_PER_ENFORCEMENT,
  HW_LEVEL_COST,
  HW_LEVEL_COST_GROWTH,
  HW_MAX_LEVEL,
  HW_PERF_BASE,
  HW_PERF_STEP,
  HW_POWER_PER_CP,
  QUALITY_GAIN,
} from '../../src/game/params.js';
import { SCENARIOS } from '../../src/game/scenarios.js';
import { makeState } from './helpers/fixture.js';

describe('depreciation: C(next) = C x (1 - DEPRECIATION) + installed', () => {
  it.each([
    // Worked example with DEPRECIATION = 0.15: 30 x 0.85 + 25 = 50.5.
    [30, 25],
    [0, 5],
    [10, 0],
    [2.2, 0.4],
  ])('depreciate(%d, %d)', (stock, installed) => {
    expect(depreciate(stock, installed)).toBeCloseTo(stock * (1 - DEPRECIATION) + installed, 12);
  });

  it('an idle stock shrinks geometrically', () => {
    let c = 30;
    for (let year = 0; year < 5; year++) c = depreciate(c, 0);
    expect(c).toBeCloseTo(30 * (1 - DEPRECIATION) ** 5, 12);
  });
});

describe('usable compute: min(C, power / power per CP)', () => {
  it.each([
    // [compute, power, expected]: the power cap binds only when power is short.
    [30, 36, 30],
    [40, 36, 36],
    [0, 10, 0],
    [-1, 10, 0],
  ])('usable(%d, %d) = %d for NVIDIA-class chips', (compute, power, expected) => {
    expect(usable(compute, power)).toBe(expected);
  });

  it('US chips draw one unit of power per CP; the year modifier scales the power', () => {
    expect(usableUs({ compute: 40, power: 36, quality: 1 })).toBe(36);
    // Grid crunch, x0.88: 36 x 0.88 = 31.68 CP usable of 40.
    expect(usableUs({ compute: 40, power: 36, quality: 1 }, 0.88)).toBeCloseTo(36 * 0.88, 12);
  });

  it("China's mixed stock: Huawei chips draw HW_POWER_PER_CP times the power of NVIDIA's", () => {
    // 10 CP NVIDIA + 10 CP Huawei on 20 units of power. With HW_POWER_PER_CP = 2.3 the stock
    // needs (10 + 23) / 20 = 1.65 power per CP, so 20 / 1.65 = 12.12 CP can run.
    const cn = { foreign: 10, domestic: 10, quality: 1, power: 20 };
    const perCP = (10 + 10 * HW_POWER_PER_CP) / 20;
    expect(usableCn(cn)).toBeCloseTo(20 / perCP, 12);
    // The same power runs all of an NVIDIA stock but less than half of a Huawei one.
    expect(usableCn({ ...cn, foreign: 20, domestic: 0 })).toBe(20);
    expect(usableCn({ ...cn, foreign: 0, domestic: 20 })).toBeCloseTo(20 / HW_POWER_PER_CP, 12);
    // With ample power nothing is lost.
    expect(usableCn({ foreign: 2.2, domestic: 0.8, quality: 1, power: 20 })).toBeCloseTo(3, 12);
    expect(usableCn({ foreign: 0, domestic: 0, quality: 1, power: 20 })).toBe(0);
  });

  it('smuggled chips count as NVIDIA-class chips when added to China\'s stock', () => {
    const cn = { foreign: 10, domestic: 10, quality: 1, power: 20 };
    const perCP = (10 + 2 + 10 * HW_POWER_PER_CP) / 22;
    expect(usableCn(cn, 1, 2)).toBeCloseTo(20 / perCP, 12);
    expect(usableCn(cn, 0.5)).toBeCloseTo((20 * 0.5) / ((10 + 10 * HW_POWER_PER_CP) / 20), 12);
  });
});

describe('K = usable compute x quality', () => {
  it('on the default scenario\'s first board', () => {
    // US: 30 CP on 36 power, Q 1.00 → K 30. China: 2.2 + 0.8 CP on 20 power (not binding), Q 0.92 → K 2.76.
    const G = makeState();
    const s = SCENARIOS['2026-h200'];
    const k = stocks(G);
    expect(k.usableUs).toBe(Math.min(s.us.compute, s.us.power));
    expect(k.kUs).toBeCloseTo(Math.min(s.us.compute, s.us.power) * s.us.quality, 12);
    expect(k.kCn).toBeCloseTo((s.cn.foreign + s.cn.domestic) * s.cn.quality, 12);
    expect(k.selfReliance).toBeCloseTo(s.cn.domestic / (s.cn.foreign + s.cn.domestic), 12);
  });

  it('the power cap limits K, not the stock', () => {
    const G = makeState({ us: { compute: 50, power: 36, quality: 1.2 }, cn: { foreign: 10, domestic: 10, power: 20, quality: 0.9 } });
    const k = stocks(G);
    expect(k.kUs).toBeCloseTo(36 * 1.2, 12);
    expect(k.kCn).toBeCloseTo((20 / ((10 + 10 * HW_POWER_PER_CP) / 20)) * 0.9, 12);
    expect(G.us.compute).toBe(50);
  });

  it('smuggled stock raises K only when passed in (the final tally)', () => {
    const G = makeState({ cn: { foreign: 2, domestic: 1, power: 100, quality: 1 } });
    expect(stocks(G).kCn).toBeCloseTo(3, 12);
    expect(stocks(G, 1.5).kCn).toBeCloseTo(4.5, 12);
    expect(stocks(G, 1.5).selfReliance).toBeCloseTo(1 / 4.5, 12);
  });

  it('an empty China stock has K 0 and self-reliance 0, not NaN', () => {
    const k = stocks(makeState({ cn: { foreign: 0, domestic: 0 } }));
    expect(k.kCn).toBe(0);
    expect(k.selfReliance).toBe(0);
  });
});

describe('quality gain: QUALITY_GAIN x log2(1 + new usable compute)', () => {
  it.each([
    // With QUALITY_GAIN = 0.04: 3 new CP → 0.04 x log2(4) = 0.08; 7 → 0.12; 0 → 0.
    [3, 2],
    [7, 3],
    [0, 0],
    [1, 1],
  ])('qualityGain(%d) = QUALITY_GAIN x %d', (added, log2) => {
    expect(qualityGain(added)).toBeCloseTo(QUALITY_GAIN * log2, 12);
  });

  it('never negative', () => {
    expect(qualityGain(-5)).toBe(0);
  });
});

describe('Huawei performance and level costs', () => {
  it.each([0, 1, 2, 3, 4, 5])('perf at level %d is HW_PERF_BASE x HW_PERF_STEP^level', (level) => {
    expect(huaweiPerf(level)).toBeCloseTo(HW_PERF_BASE * HW_PERF_STEP ** level, 12);
  });

  it('worked example: 0.8 x 1.6^5 = 8.388608 CP per million chips at the top level', () => {
    expect(huaweiPerf(HW_MAX_LEVEL)).toBeCloseTo(HW_PERF_BASE * HW_PERF_STEP ** HW_MAX_LEVEL, 12);
    expect(huaweiPerf(1) / huaweiPerf(0)).toBeCloseTo(HW_PERF_STEP, 12);
  });

  it.each([0, 1, 2, 4])('level %d → next costs HW_LEVEL_COST x HW_LEVEL_COST_GROWTH^level', (level) => {
    // With 15 and 1.6: 15, 24, 38.4, ..., 98.304 $B.
    expect(levelCost(level)).toBeCloseTo(HW_LEVEL_COST * HW_LEVEL_COST_GROWTH ** level, 9);
  });
});

describe('smuggling detection chance', () => {
  const raw = (enforcement: number, security: boolean, bonus: number) =>
    DETECT_BASE + DETECT_PER_ENFORCEMENT * enforcement + (security ? DETECT_CHIP_SECURITY : 0) + bonus;

  // With 0.15 base, 0.2 per enforcement level, 0.15 for chip security: 0.15, 0.35, 0.55, 0.75
  // without security, 0.30 ... 0.90 with it; the smuggling-ring card adds 0.3; clamp [0, 0.95].
  const cases = [0, 1, 2, 3].flatMap((enforcement) =>
    [false, true].flatMap((security) => [0, 0.3].map((bonus) => [enforcement, security, bonus] as const)),
  );
  it.each(cases)('enforcement %d, chip security %s, event bonus %d', (enforcement, security, bonus) => {
    const expected = Math.min(0.95, Math.max(0, raw(enforcement, security, bonus)));
    expect(detectionChance(enforcement, security, bonus)).toBeCloseTo(expected, 12);
  });

  it('grows with every lever', () => {
    expect(detectionChance(1, false, 0)).toBeGreaterThan(detectionChance(0, false, 0));
    expect(detectionChance(1, true, 0)).toBeGreaterThan(detectionChance(1, false, 0));
  });

  it('is clamped to [0, 0.95]', () => {
    expect(detectionChance(3, true, 0.3)).toBe(0.95);
    expect(detectionChance(0, false, -1)).toBe(0);
  });
});
