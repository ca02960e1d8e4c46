/**
 * The model's constants, in one place so that the simulator can calibrate them and the rules page
 * can quote them. Units: compute in CP (1 CP = one million H100-equivalents), money in $B.
 */
import type { ExportTier } from './types.js';

export const RULES_VERSION = 2;

/** Share of a compute stock lost each year (chips age out). */
export const DEPRECIATION = 0.15;
/** Q += QUALITY_GAIN x log2(1 + new usable compute). */
export const QUALITY_GAIN = 0.04;

/** Compute an export tier delivers per CP of NVIDIA output offered to China. */
export const TIER_YIELD: Record<ExportTier, number> = {
  embargo: 0,
  compliant: 0.15, // H20-class: 0.15 H100e per chip
  'previous-gen': 0.5, // H200-class: older chips, still aggregatable
  open: 1,
};
/** China list price per CP delivered, $B, before NVIDIA's markup. */
export const TIER_PRICE: Record<ExportTier, number> = {
  embargo: 0,
  compliant: 40, // an H20 cost ~$12k for 0.15 H100e
  'previous-gen': 14, // an H200 ~$25k for 1 H100e, against ~$16k per H100e for Blackwell
  open: 9,
};
/** NVIDIA's US list price, $B per CP. */
export const US_PRICE = 8;
/** US buyers take this share of NVIDIA's output at list price; the rest sells at a glut discount. */
export const US_DEMAND_SHARE = 0.75;
export const GLUT_PRICE_FACTOR = 0.5;
/** NVIDIA's cost of goods, $B per CP of output. */
export const NV_COST_PER_CP = 2;
export const NV_BASE_GROWTH = 0.18;
export const NV_RND_GROWTH_PER_B = 0.0015;
export const NV_FAB_GROWTH_PER_B = 0.005;
export const NV_MAX_GROWTH = 0.45;
export const COMPLIANT_DESIGN_COST = 1;

/** Huawei: CP per million chips is HW_PERF_BASE x HW_PERF_STEP^level. */
export const HW_PERF_BASE = 0.8;
export const HW_PERF_STEP = 1.6;
export const HW_MAX_LEVEL = 5;
/** Huawei's chips draw this much more power per CP than NVIDIA's. */
export const HW_POWER_PER_CP = 2.3;
/** With cluster aggregation: more chips and power for more compute. */
export const AGGREGATION_OUTPUT = 1.4;
export const AGGREGATION_COST = 1.3;
/** Huawei cost per chip, $B per million chips. */
export const HW_COST_PER_MCHIP = 8;
/** Million chips of yearly capacity added per $B of capacity spend. */
export const HW_CHIPS_PER_B = 0.1;
/** $B to climb from level L to L+1 is HW_LEVEL_COST x HW_LEVEL_COST_GROWTH^L. */
export const HW_LEVEL_COST = 15;
export const HW_LEVEL_COST_GROWTH = 1.6;
/** Share of Huawei's revenue that feeds R&D by itself (learning by selling). */
export const HW_REVENUE_LEARNING = 0.15;
export const SUBSIDY_EFFICIENCY = 0.8;

/** Smuggled chips cost this multiple of the US list price. */
export const SMUGGLING_PRICE_FACTOR = 2;
export const DETECT_BASE = 0.15;
export const DETECT_PER_ENFORCEMENT = 0.2;
export const DETECT_CHIP_SECURITY = 0.15;

export const OPEN_WEIGHTS_EFFECT = {
  none: { cost: 0, cnQuality: 0, usQuality: 0, valuationHit: 0, tension: 0 },
  release: { cost: 4, cnQuality: 0.02, usQuality: 0.01, valuationHit: 0.04, tension: 0.4 },
  major: { cost: 12, cnQuality: 0.04, usQuality: 0.02, valuationHit: 0.12, tension: 0.8 },
} as const;

/** An open-weight release lifts China's Q in full while the US leads by this much Q or more,
 * and by no less than OPEN_WEIGHTS_MIN_FACTOR of it when the models are level. */
export const OPEN_WEIGHTS_FULL_GAP = 0.3;
export const OPEN_WEIGHTS_MIN_FACTOR = 0.25;

/** Trust below this: Chinese buyers take at most half of what NVIDIA offers. */
export const TRUST_HALF = 4;
export const CHIP_SECURITY_TRUST = 1.5;

export const US_POWER_GROWTH = 5;
export const CN_POWER_GROWTH = 8;
export const ENERGY_CP_PER_B = 0.6;
export const LOBBY_ENERGY_CP_PER_B = 0.15;
export const LOBBY_DECAY = 0.7;
export const LOBBY_PER_B = 0.25;
export const MAX_LOBBY = 5;

export const CN_BUDGET_GROWTH = 0.08;
/** China may carry over at most this share of a year's budget. */
export const CN_SAVINGS_CAP = 0.5;

export const TENSION_CRISIS = 10;
export const MAX_TRUST = 10;

/** Political capital costs. */
export const PC_ENFORCEMENT = 1;
export const PC_INTELLIGENCE = 1;
export const PC_COLLABORATE = 1;
/** Share of unspent political capital kept for next year. */
export const PC_CARRY = 0.5;

/** Limits of the order levers (the order panels read these). */
export const LIMITS = {
  enforcement: { min: 0, max: 3 },
  usgSubsidy: { min: 0, max: 40 },
  nvChinaShare: { min: 0, max: 50, step: 5 },
  nvChinaPrice: { min: 80, max: 160, step: 5 },
  nvLobbying: { min: 0, max: 10 },
  nvRnd: { min: 0, max: 40 },
  cnMandate: { min: 0, max: 100, step: 10 },
  hwPrice: { min: 6, max: 40 },
} as const;
