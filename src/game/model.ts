/**
 * The compute-stock model (GAME.md section 1): K = usable compute x model quality.
 * Small pure functions, each one formula of docs/rules.md.
 */
import type { CnBloc, GameState, UsBloc } from './types.js';
import {
  DEPRECIATION,
  DETECT_BASE,
  DETECT_CHIP_SECURITY,
  DETECT_PER_ENFORCEMENT,
  HW_LEVEL_COST,
  HW_LEVEL_COST_GROWTH,
  HW_PERF_BASE,
  HW_PERF_STEP,
  HW_POWER_PER_CP,
  QUALITY_GAIN,
} from './params.js';
import { log2, powInt } from './portable-math.js';

/** C(next) = C x (1 - 0.15) + installed this year. */
export function depreciate(stock: number, installed: number): number {
  return stock * (1 - DEPRECIATION) + installed;
}

/** Usable compute is the stock the bloc can power: min(C, power / power per CP). */
export function usable(compute: number, power: number, powerPerCP = 1): number {
  if (compute <= 0) return 0;
  return Math.min(compute, power / powerPerCP);
}

/** US chips are all NVIDIA's: one unit of power per CP. */
export function usableUs(us: UsBloc, powerMult = 1): number {
  return usable(us.compute, us.power * powerMult);
}

/** China's stock mixes NVIDIA chips (1 power per CP) and Huawei's (2.3 per CP). */
export function usableCn(cn: CnBloc, powerMult = 1, extraForeign = 0): number {
  const compute = cn.foreign + extraForeign + cn.domestic;
  if (compute <= 0) return 0;
  const powerPerCP = (cn.foreign + extraForeign + cn.domestic * HW_POWER_PER_CP) / compute;
  return usable(compute, cn.power * powerMult, powerPerCP);
}

/** Q += 0.04 x log2(1 + new usable compute). */
export function qualityGain(newUsable: number): number {
  return QUALITY_GAIN * log2(1 + Math.max(0, newUsable));
}

/** Compute points per million Huawei chips: 0.8 x 1.6^level H100e per chip. */
export function huaweiPerf(level: number): number {
  return HW_PERF_BASE * powInt(HW_PERF_STEP, level);
}

/** $B of R&D to climb from `level` to the next. */
export function levelCost(level: number): number {
  return HW_LEVEL_COST * powInt(HW_LEVEL_COST_GROWTH, level);
}

/** Chance that a smuggling attempt is caught this year. */
export function detectionChance(enforcement: number, chipSecurity: boolean, bonus: number): number {
  const p = DETECT_BASE + DETECT_PER_ENFORCEMENT * enforcement + (chipSecurity ? DETECT_CHIP_SECURITY : 0) + bonus;
  return Math.min(0.95, Math.max(0, p));
}

export interface Stocks {
  kUs: number;
  kCn: number;
  usableUs: number;
  usableCn: number;
  /** Share of China's installed compute that is domestic. */
  selfReliance: number;
}

/**
 * K for both blocs. `withSecrets` adds China's uncaught smuggled stock, which only China sees
 * until the game ends.
 */
export function stocks(G: Pick<GameState, 'us' | 'cn' | 'modifiers'>, smuggled = 0): Stocks {
  // This year's news (a grid crunch) can cut the power a bloc has.
  const uUs = usableUs(G.us, G.modifiers.usPowerMult);
  const uCn = usableCn(G.cn, G.modifiers.cnPowerMult, smuggled);
  const total = G.cn.foreign + smuggled + G.cn.domestic;
  return {
    kUs: uUs * G.us.quality,
    kCn: uCn * G.cn.quality,
    usableUs: uUs,
    usableCn: uCn,
    selfReliance: total > 0 ? G.cn.domestic / total : 0,
  };
}
