/**
 * Resolution of a year (GAME.md section 3, step 4): deterministic given the state, the orders
 * and the match's random source. Mutates G: inside boardgame.io, a writable copy (plain-state.ts).
 */
import type { GameState, Orders, YearRecord } from './types.js';
import { clearMarket } from './market.js';
import { depreciate, detectionChance, huaweiPerf, levelCost, qualityGain, stocks, usableCn, usableUs } from './model.js';
import { yearPoints } from './scoring.js';
import { SEATS } from './seats.js';
import { SCENARIOS } from './scenarios.js';
import { summarizeYear } from './summary.js';
import { announcedChinaBudget } from './view.js';
import { chinaSpend, nvidiaSpend } from './orders.js';
import {
  AGGREGATION_COST,
  AGGREGATION_OUTPUT,
  CHIP_SECURITY_TRUST,
  CN_POWER_GROWTH,
  CN_SAVINGS_CAP,
  ENERGY_CP_PER_B,
  GLUT_PRICE_FACTOR,
  HW_CHIPS_PER_B,
  HW_COST_PER_MCHIP,
  HW_MAX_LEVEL,
  HW_REVENUE_LEARNING,
  LOBBY_DECAY,
  LOBBY_ENERGY_CP_PER_B,
  LOBBY_PER_B,
  MAX_LOBBY,
  MAX_TRUST,
  NV_BASE_GROWTH,
  NV_COST_PER_CP,
  NV_FAB_GROWTH_PER_B,
  NV_MAX_GROWTH,
  NV_RND_GROWTH_PER_B,
  OPEN_WEIGHTS_EFFECT,
  OPEN_WEIGHTS_FULL_GAP,
  OPEN_WEIGHTS_MIN_FACTOR,
  PC_CARRY,
  SMUGGLING_PRICE_FACTOR,
  SUBSIDY_EFFICIENCY,
  TENSION_CRISIS,
  US_DEMAND_SHARE,
  US_POWER_GROWTH,
  US_PRICE,
} from './params.js';

/** Points for a year on the summit track: both at the table, or the US there alone. */
export const SUMMIT_POINTS = { usg: 8, china: 1, usgAlone: 4 };

export interface RandomSource {
  Number(): number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Tension moves of one year, named so the summary can explain them. */
export const TENSION = {
  perTighteningStep: 0.7,
  maxTightening: 2,
  usgHawk: 0.7,
  cnHawk: 0.5,
  caughtSmuggling: 0.8,
  boycott: 0.5,
  bothCollaborate: -1.5,
  summitBonus: -1,
  oneCollaborates: -0.3,
  yearlyEase: 0,
};

/**
 * Huawei's R&D: money is carried in dollars, so every level costs its own price
 * (levelCost(L) to go from L to L + 1), however much arrives in one year.
 */
export function climbTechLevels(G: GameState, inflow: number): void {
  if (G.meters.huaweiLevel >= HW_MAX_LEVEL) {
    G.secret.huaweiProgress = 0;
    return;
  }
  let money = G.secret.huaweiProgress * levelCost(G.meters.huaweiLevel) + inflow;
  while (G.meters.huaweiLevel < HW_MAX_LEVEL && money >= levelCost(G.meters.huaweiLevel)) {
    money -= levelCost(G.meters.huaweiLevel);
    G.meters.huaweiLevel += 1;
  }
  G.secret.huaweiProgress = G.meters.huaweiLevel >= HW_MAX_LEVEL ? 0 : money / levelCost(G.meters.huaweiLevel);
}

export function resolveYear(G: GameState, orders: Orders, random: RandomSource): YearRecord {
  const { nvidia: nv, china: cn, huawei: hw } = orders;
  const policy = G.policy;
  const mods = G.modifiers;
  const scenario = SCENARIOS[G.scenario];
  const year = G.startYear + G.round - 1;
  const before = stocks(G);

  // Spending that does not depend on the market.
  G.economy.nvCash -= nvidiaSpend(nv);
  G.economy.hwCash -= hw.rnd + hw.capacity;
  const ow = OPEN_WEIGHTS_EFFECT[cn.openWeights];
  const cnBudgetStart = G.economy.cnBudget;

  // The market.
  const nvOutput = G.economy.nvOutput * mods.nvOutputMult;
  const aggregation = hw.aggregation ? AGGREGATION_OUTPUT : 1;
  const perf = huaweiPerf(G.meters.huaweiLevel) * aggregation;
  const hwCapacity = G.economy.hwChips * mods.hwCapacityMult * perf;
  const market = clearMarket({
    tier: policy.tier,
    volumeCap: policy.volumeCap,
    nvOutput,
    chinaShare: nv.chinaShare,
    chinaPrice: nv.chinaPrice,
    compliantDesign: nv.compliantDesign,
    trust: G.meters.trust,
    deliveryMult: mods.cnNvidiaDemandMult,
    boycott: cn.boycott,
    nvidiaSpend: cn.nvidiaSpend,
    huaweiSpend: cn.huaweiSpend,
    huaweiCapacity: hwCapacity,
    huaweiPrice: hw.price,
    mandate: Math.max(cn.mandate, mods.mandateFloor),
  });
  const nvChinaRevenue = market.nvidiaBought * market.nvidiaPrice;
  const hwRevenue = market.huaweiBought * hw.price;

  // NVIDIA: US buyers take their demand at list price; the rest, and unsold China chips that
  // are of use in the US, go at a glut discount. Compliant chips nobody wants are written off.
  const usPrice = US_PRICE * mods.usPriceMult;
  const usAllocation = nvOutput - market.chinaAllocation;
  const returned = policy.tier === 'compliant' ? 0 : market.unsoldAllocation;
  const usSupply = usAllocation + returned;
  const usDemand = nvOutput * US_DEMAND_SHARE;
  const usRevenue = Math.min(usSupply, usDemand) * usPrice + Math.max(0, usSupply - usDemand) * usPrice * GLUT_PRICE_FACTOR;
  const fees = (nvChinaRevenue * policy.licenseFee) / 100;
  const nvRevenue = usRevenue + nvChinaRevenue - fees;
  const nvProfit = nvRevenue - nvOutput * NV_COST_PER_CP - nvidiaSpend(nv);
  G.economy.nvCash += nvRevenue - nvOutput * NV_COST_PER_CP;

  // China pays for what it got; what it did not spend stays in its budget.
  G.economy.cnBudget -= chinaSpend(cn) - (cn.nvidiaSpend - nvChinaRevenue) - (cn.huaweiSpend - hwRevenue);

  // Smuggling, checked against enforcement. Chips that get through join China's secret stock,
  // which ages like installed chips.
  let smugglingCaught = 0;
  let smuggledArrived = 0;
  if (cn.smuggling > 0) {
    const cp = cn.smuggling / (US_PRICE * SMUGGLING_PRICE_FACTOR);
    const caught = random.Number() < detectionChance(policy.enforcement, policy.chipSecurity, mods.smugglingDetectBonus);
    G.secret.smugglingLog.push({ year, spend: cn.smuggling, caught, cp });
    if (caught) smugglingCaught = cp;
    else smuggledArrived = cp;
  }
  G.secret.smuggledStock = depreciate(G.secret.smuggledStock, smuggledArrived);

  // Huawei: revenue pays for chips and, with subsidy, for the climb up the tech levels.
  const chipsSold = perf > 0 ? market.huaweiBought / perf : 0;
  G.economy.hwCash += hwRevenue - chipsSold * HW_COST_PER_MCHIP * (hw.aggregation ? AGGREGATION_COST : 1);
  const levelBefore = G.meters.huaweiLevel;
  climbTechLevels(G, hw.rnd + SUBSIDY_EFFICIENCY * cn.huaweiSubsidy + HW_REVENUE_LEARNING * hwRevenue);
  G.economy.hwChips += hw.capacity * HW_CHIPS_PER_B;

  // Stocks, power and quality.
  const usInstalled = usSupply;
  G.us.compute = depreciate(G.us.compute, usInstalled);
  G.us.power += US_POWER_GROWTH + policy.energySubsidy * ENERGY_CP_PER_B + nv.lobbying * LOBBY_ENERGY_CP_PER_B;
  G.cn.foreign = depreciate(G.cn.foreign, market.nvidiaBought);
  G.cn.domestic = depreciate(G.cn.domestic, market.huaweiBought);
  G.cn.power += CN_POWER_GROWTH;
  const usUsableShare = G.us.compute > 0 ? usableUs(G.us, mods.usPowerMult) / G.us.compute : 0;
  const cnTotal = G.cn.foreign + G.cn.domestic;
  const cnUsableShare = cnTotal > 0 ? usableCn(G.cn, mods.cnPowerMult) / cnTotal : 0;
  G.us.quality += qualityGain(usInstalled * usUsableShare) + ow.usQuality;
  // Open models close a gap in quality; they add little once China's models are level.
  const qualityGap = clamp((G.us.quality - G.cn.quality) / OPEN_WEIGHTS_FULL_GAP, OPEN_WEIGHTS_MIN_FACTOR, 1);
  G.cn.quality += qualityGain((market.nvidiaBought + market.huaweiBought) * cnUsableShare) + ow.cnQuality * qualityGap;

  // Meters.
  const m = G.meters;
  const usgCollab = policy.stance === 'collaborate';
  const cnCollab = cn.stance === 'collaborate';
  let trust = m.trust;
  if (policy.chipSecurity) trust -= CHIP_SECURITY_TRUST;
  if (market.nvidiaBought > 0 && nv.chinaPrice <= 100) trust += 0.5;
  if (usgCollab) trust += 0.5;
  if (policy.stance === 'hawk') trust -= 0.5;
  m.trust = clamp(trust, 0, MAX_TRUST);

  // Each capital's own pushes are kept apart: a crisis is laid at the door of the one that
  // pushed hardest in the year it broke.
  const tensionPush = {
    // On the summit track, the US Government's pushes (tightening in the middle of talks,
    // walking away from the table) count twice.
    usg: (mods.usgTightening + (policy.stance === 'hawk' ? TENSION.usgHawk : 0)) * (scenario.summitTrack ? 2 : 1),
    china:
      (cn.stance === 'hawk' ? TENSION.cnHawk : 0) +
      (smugglingCaught > 0 ? TENSION.caughtSmuggling : 0) +
      (cn.boycott ? TENSION.boycott : 0) +
      ow.tension,
  };
  let tension = m.tension + mods.tensionDelta + TENSION.yearlyEase + tensionPush.usg + tensionPush.china;
  if (usgCollab && cnCollab) tension += TENSION.bothCollaborate + (scenario.summitTrack ? TENSION.summitBonus : 0);
  else if (usgCollab || cnCollab) tension += TENSION.oneCollaborates;
  m.tension = clamp(tension, 0, TENSION_CRISIS);

  m.lobbyInfluence = clamp(m.lobbyInfluence * LOBBY_DECAY + nv.lobbying * LOBBY_PER_B, 0, MAX_LOBBY);
  const cnNew = market.nvidiaBought + market.huaweiBought;
  const nvChinaMarketShare = cnNew > 0 ? market.nvidiaBought / cnNew : 0;
  const growth = G.economy.nvRevenue > 0 ? nvRevenue / G.economy.nvRevenue - 1 : 0;
  m.nvValuation = Math.max(
    0.5,
    m.nvValuation * (1 + 0.5 * clamp(growth, -0.5, 0.5)) * (1 + 0.05 * (nvChinaMarketShare - 0.3)) * (1 - ow.valuationHit),
  );
  G.economy.nvRevenue = nvRevenue;
  G.economy.nvOutput *= 1 + Math.min(NV_MAX_GROWTH, NV_BASE_GROWTH + nv.rnd * NV_RND_GROWTH_PER_B + policy.fabSubsidy * NV_FAB_GROWTH_PER_B);

  // Next year's purses.
  // setPolicy already paid this year's cost out of politicalCapital.
  const unspentCapital = Math.max(0, m.politicalCapital);
  m.politicalCapital = scenario.politicalCapital + PC_CARRY * unspentCapital + (smugglingCaught > 0 ? 1 : 0);
  G.economy.usgBudget = scenario.usgBudget + fees;
  const cnBase = announcedChinaBudget({ scenario: G.scenario, round: G.round + 1 });
  G.economy.cnBudget = cnBase + Math.min(Math.max(0, G.economy.cnBudget), CN_SAVINGS_CAP * cnBase);

  // Points, from what everybody can see.
  const after = stocks(G);
  const points = yearPoints(G, {
    kUs: after.kUs,
    kCn: after.kCn,
    selfReliance: after.selfReliance,
    nvProfit,
    nvBought: market.nvidiaBought,
    hwBought: market.huaweiBought,
    hwRevenue,
    feesCollected: fees,
  });
  // The summit track: both capitals that chose to collaborate gain standing at home and abroad.
  if (scenario.summitTrack && usgCollab && cnCollab) {
    points.usg += SUMMIT_POINTS.usg;
    points.china += SUMMIT_POINTS.china;
  } else if (scenario.summitTrack && usgCollab) {
    points.usg += SUMMIT_POINTS.usgAlone;
  }
  for (const seat of SEATS) G.points[seat] += points[seat];

  const record: YearRecord = {
    year,
    event: G.event!,
    policy: { ...policy },
    orders: {
      nvidia: { ...nv },
      china: { ...cn, smuggling: smugglingCaught > 0 ? cn.smuggling : null },
      huawei: { ...hw },
    },
    trade: {
      nvidiaToChina: market.nvidiaBought,
      nvidiaToUs: usInstalled,
      huaweiSold: market.huaweiBought,
      smugglingCaught,
      nvRevenue,
      hwRevenue,
      feesCollected: fees,
    },
    kUs: after.kUs,
    kCn: after.kCn,
    tension: m.tension,
    trust: m.trust,
    selfReliance: after.selfReliance,
    nvValuation: m.nvValuation,
    tensionPush,
    points,
    summary: [],
  };
  record.summary = summarizeYear({
    record,
    market,
    before,
    levelBefore,
    levelAfter: G.meters.huaweiLevel,
    cnBudgetStart,
  });
  G.history.push(record);
  return record;
}

