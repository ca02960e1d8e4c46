/**
 * Market clearing for China's new chips (GAME.md section 3, step 4): the mandate first, then
 * China's demand against NVIDIA's China allocation (within the export rule, the volume cap and
 * trust) and Huawei's capacity.
 */
import type { ExportTier, VolumeCap } from './types.js';
import { TIER_PRICE, TIER_YIELD, TRUST_HALF } from './params.js';

export interface MarketInput {
  tier: ExportTier;
  volumeCap: VolumeCap;
  /** NVIDIA output this year, CP of current-generation chips. */
  nvOutput: number;
  /** % of output NVIDIA offers China. */
  chinaShare: number;
  /** % of the tier's list price. */
  chinaPrice: number;
  compliantDesign: boolean;
  trust: number;
  /** Share of NVIDIA chips that reach China this year (customs, licence delays). */
  deliveryMult: number;
  boycott: boolean;
  nvidiaSpend: number;
  huaweiSpend: number;
  /** Huawei CP available this year. */
  huaweiCapacity: number;
  huaweiPrice: number;
  /** % of new chips that must be domestic. */
  mandate: number;
}

export interface MarketResult {
  /** Output units (CP of current-generation capacity) NVIDIA set aside for China. */
  chinaAllocation: number;
  /** CP China could have bought from NVIDIA (after tier, cap, trust, delivery). */
  nvidiaAvailable: number;
  /** $B per CP China pays NVIDIA. */
  nvidiaPrice: number;
  nvidiaBought: number;
  huaweiBought: number;
  /** Output units of China allocation left unsold. */
  unsoldAllocation: number;
  /** What limited NVIDIA's China sales, for the year summary. */
  limitedBy: 'none' | 'rule' | 'cap' | 'trust' | 'boycott' | 'mandate' | 'budget' | 'supply';
}

/** The largest China allocation the volume cap allows: china <= cap% x (output - china). */
export function capLimit(nvOutput: number, cap: VolumeCap): number {
  return cap === null ? nvOutput : (nvOutput * cap) / (100 + cap);
}

export function trustFactor(trust: number): number {
  if (trust <= 0) return 0;
  return trust < TRUST_HALF ? 0.5 : 1;
}

export function clearMarket(m: MarketInput): MarketResult {
  const ruleAllows = m.tier !== 'embargo' && (m.tier !== 'compliant' || m.compliantDesign);
  const wanted = ruleAllows ? (m.nvOutput * m.chinaShare) / 100 : 0;
  const cap = capLimit(m.nvOutput, m.volumeCap);
  const chinaAllocation = Math.min(wanted, cap);
  const yieldPerUnit = TIER_YIELD[m.tier];
  const nvidiaPrice = (TIER_PRICE[m.tier] * m.chinaPrice) / 100;
  const offered = chinaAllocation * yieldPerUnit;
  const nvidiaAvailable = offered * trustFactor(m.trust) * m.deliveryMult;

  const huaweiBought = m.huaweiPrice > 0 ? Math.min(m.huaweiSpend / m.huaweiPrice, m.huaweiCapacity) : 0;
  const mandateLimit =
    m.mandate <= 0 ? Infinity : m.mandate >= 100 ? 0 : (huaweiBought * (100 - m.mandate)) / m.mandate;
  const demand = m.boycott || nvidiaPrice <= 0 ? 0 : m.nvidiaSpend / nvidiaPrice;
  const nvidiaBought = Math.max(0, Math.min(demand, nvidiaAvailable, mandateLimit));

  const limits: [MarketResult['limitedBy'], boolean][] = [
    ['rule', !ruleAllows],
    ['boycott', m.boycott],
    ['cap', wanted > cap && nvidiaBought >= nvidiaAvailable],
    ['trust', trustFactor(m.trust) < 1 && nvidiaBought >= nvidiaAvailable],
    ['mandate', nvidiaBought >= mandateLimit && mandateLimit < demand],
    ['supply', nvidiaBought >= nvidiaAvailable && demand > nvidiaAvailable],
    ['budget', nvidiaBought >= demand && demand > 0],
  ];
  const limitedBy = limits.find(([, hit]) => hit)?.[0] ?? 'none';
  const unsoldAllocation = yieldPerUnit > 0 ? Math.max(0, chinaAllocation - nvidiaBought / yieldPerUnit) : chinaAllocation;
  return { chinaAllocation, nvidiaAvailable, nvidiaPrice, nvidiaBought, huaweiBought, unsoldAllocation, limitedBy };
}
