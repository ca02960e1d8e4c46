/**
 * The second half of the worked example (docs/rules.md section 11): stocks, power, quality and K;
 * the meters and next year's purses; the year's points; the summary. Every figure is worked out
 * from the formulas of sections 5 and 6 and checked against the engine with `ok`.
 */
import * as P from '../../src/game/params.js';
import { SCENARIOS } from '../../src/game/scenarios.js';
import { WEIGHTS as W } from '../../src/game/scoring.js';
import { SUMMIT_POINTS, TENSION } from '../../src/game/resolve.js';
import { tighteningPrice } from '../../src/game/orders.js';
import { SEATS, type Seat } from '../../src/game/seats.js';
import type { FirstYear } from './worked-example-replay.js';
import { type Lines, n, term } from './format.js';

const NAMES: Record<Seat, string> = { usg: 'the US Government', nvidia: 'NVIDIA', china: 'China', huawei: 'Huawei' };
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Figures from the first half of the year, already checked there. */
export interface FirstHalf {
  year: Pick<FirstYear, 'G0' | 'Gpre' | 'Gpost' | 'record' | 'orders' | 'caught' | 'played'>;
  usSupply: number;
  nvBought: number;
  hwBought: number;
  /** Huawei's level after this year's R&D. */
  level: number;
  fees: number;
  nvRevenue: number;
  nvProfit: number;
  hwRevenue: number;
  /** China's budget left over after paying for what it got. */
  cnLeft: number;
}

export function yearEnd(out: Lines, ok: (label: string, mine: number, engine: number) => string, f: FirstHalf): void {
  const { Gpre, Gpost, record: rec, orders, caught, played } = f.year;
  const { nvidia: nv, china: cn } = orders;
  const pol = rec.policy;
  const mods = Gpre.modifiers;
  const s = SCENARIOS[Gpre.scenario];
  const p = out.w;
  const keep = 1 - P.DEPRECIATION;
  const ow = P.OPEN_WEIGHTS_EFFECT[cn.openWeights];

  // ---- stocks, power, quality, K (this year's power modifiers apply to usable compute) ----
  const usC = Gpre.us.compute * keep + f.usSupply;
  const usPower = Gpre.us.power + P.US_POWER_GROWTH + pol.energySubsidy * P.ENERGY_CP_PER_B + nv.lobbying * P.LOBBY_ENERGY_CP_PER_B;
  const usUsable = Math.min(usC, usPower * mods.usPowerMult);
  const usShare = usUsable / usC;
  const usQ = Gpre.us.quality + P.QUALITY_GAIN * Math.log2(1 + f.usSupply * usShare) + ow.usQuality;
  const kUs = usUsable * usQ;
  const fo = Gpre.cn.foreign * keep + f.nvBought;
  const dom = Gpre.cn.domestic * keep + f.hwBought;
  const cnPower = Gpre.cn.power + P.CN_POWER_GROWTH;
  const cnC = fo + dom;
  const ppc = (fo + dom * P.HW_POWER_PER_CP) / cnC;
  const cnUsable = Math.min(cnC, (cnPower * mods.cnPowerMult) / ppc);
  const cnShare = cnUsable / cnC;
  const cnNew = f.nvBought + f.hwBought;
  const gap = clamp((usQ - Gpre.cn.quality) / P.OPEN_WEIGHTS_FULL_GAP, P.OPEN_WEIGHTS_MIN_FACTOR, 1);
  const cnQ = Gpre.cn.quality + P.QUALITY_GAIN * Math.log2(1 + cnNew * cnShare) + ow.cnQuality * gap;
  const kCn = cnUsable * cnQ;
  const selfReliance = dom / cnC;
  const powerMod = (m: number) => (m === 1 ? '' : ` × ${n(m)}`);
  const owUs = ow.usQuality ? ` + ${ow.usQuality} (open weights)` : '';
  const owCn = ow.cnQuality ? ` + ${ow.cnQuality} × gap factor ${n(gap)} (open weights)` : '';
  p('### 8. Stocks, power, quality and K');
  p();
  p('| | US | China |');
  p('|---|---|---|');
  p(`| installed this year | ${n(f.usSupply)} CP | ${n(f.nvBought)} NVIDIA + ${n(f.hwBought)} Huawei |`);
  p(`| C after depreciation | ${n(Gpre.us.compute)} × ${keep} + ${n(f.usSupply)} = ${n(usC)} ${ok('usC', usC, Gpost.us.compute)} | NVIDIA ${n(Gpre.cn.foreign)} × ${keep} + ${n(f.nvBought)} = ${n(fo)} ${ok('cnF', fo, Gpost.cn.foreign)}; Huawei ${n(Gpre.cn.domestic)} × ${keep} + ${n(f.hwBought)} = ${n(dom)} ${ok('cnD', dom, Gpost.cn.domestic)} |`);
  p(`| power | ${n(Gpre.us.power)} + ${P.US_POWER_GROWTH} + ${n(pol.energySubsidy)} × ${P.ENERGY_CP_PER_B} + ${n(nv.lobbying)} × ${P.LOBBY_ENERGY_CP_PER_B} = ${n(usPower)} ${ok('usPower', usPower, Gpost.us.power)} | ${n(Gpre.cn.power)} + ${P.CN_POWER_GROWTH} = ${n(cnPower)} ${ok('cnPower', cnPower, Gpost.cn.power)} |`);
  p(`| usable | min(${n(usC)}, ${n(usPower)}${powerMod(mods.usPowerMult)}) = ${n(usUsable)} | power per CP (${n(fo)} + ${n(dom)} × ${P.HW_POWER_PER_CP}) / ${n(cnC)} = ${n(ppc)}; min(${n(cnC)}, ${n(cnPower)}${powerMod(mods.cnPowerMult)} / ${n(ppc)} = ${n((cnPower * mods.cnPowerMult) / ppc)}) = ${n(cnUsable)} |`);
  p(`| Q | ${n(Gpre.us.quality)} + ${P.QUALITY_GAIN} × log2(1 + ${n(f.usSupply)} × ${n(usShare)})${owUs} = ${n(Gpre.us.quality)} + ${n(usQ - Gpre.us.quality)} = ${n(usQ)} ${ok('usQ', usQ, Gpost.us.quality)} | ${n(Gpre.cn.quality)} + ${P.QUALITY_GAIN} × log2(1 + ${n(cnNew)} × ${n(cnShare)})${owCn} = ${n(Gpre.cn.quality)} + ${n(cnQ - Gpre.cn.quality)} = ${n(cnQ)} ${ok('cnQ', cnQ, Gpost.cn.quality)} |`);
  p(`| **K** | ${n(usUsable)} × ${n(usQ)} = **${n(kUs)}** ${ok('kUs', kUs, rec.kUs)} | ${n(cnUsable)} × ${n(cnQ)} = **${n(kCn)}** ${ok('kCn', kCn, rec.kCn)} |`);
  p();
  p(`Usable share for the quality gain: US ${n(usUsable)} / ${n(usC)} = ${n(usShare)}, China ${n(cnUsable)} / ${n(cnC)} = ${n(cnShare)}${usShare === 1 && cnShare === 1 ? ' (neither bloc is short of power)' : ''}. ` +
    (cn.openWeights !== 'none'
      ? `China's open-weight release: gap factor clamp((${n(usQ)} − ${n(Gpre.cn.quality)}) / ${P.OPEN_WEIGHTS_FULL_GAP}, ${P.OPEN_WEIGHTS_MIN_FACTOR}, 1) = ${n(gap)}. `
      : '') +
    `Self-reliance: ${n(dom)} / ${n(cnC)} = **${n(selfReliance)}** ${ok('selfReliance', selfReliance, rec.selfReliance)}. The board shows China's K without any smuggled chips; those count only at the end.`);
  p();

  // ---- meters and purses ----
  const m = Gpre.meters;
  const trustTerms: string[] = [n(m.trust)];
  let trust = m.trust;
  if (pol.chipSecurity) { trust -= P.CHIP_SECURITY_TRUST; trustTerms.push(`− ${P.CHIP_SECURITY_TRUST} (chip security)`); }
  if (f.nvBought > 0 && nv.chinaPrice <= 100) { trust += 0.5; trustTerms.push('+ 0.5 (chips delivered at no more than list price)'); }
  if (pol.stance === 'collaborate') { trust += 0.5; trustTerms.push('+ 0.5 (US collaborates)'); }
  if (pol.stance === 'hawk') { trust -= 0.5; trustTerms.push('− 0.5 (US hawk)'); }
  trust = clamp(trust, 0, P.MAX_TRUST);
  const smugglingCaught = caught && cn.smuggling > 0;
  let tension = m.tension + mods.tensionDelta + TENSION.yearlyEase;
  const tTerms: string[] = [n(m.tension), `${term(mods.tensionDelta)} (the news)`];
  const add = (d: number, why: string) => { tension += d; tTerms.push(`${term(d)} (${why})`); };
  // Each capital's push, summed in the engine's order (4.1: the crisis is laid at the door of the
  // one that pushed more).
  const summitFactor = s.summitTrack ? 2 : 1;
  const tightening = mods.usgTightening * summitFactor;
  const usHawk = pol.stance === 'hawk' ? TENSION.usgHawk * summitFactor : 0;
  const pushUsg = tightening + usHawk;
  const pushCn =
    (cn.stance === 'hawk' ? TENSION.cnHawk : 0) + (smugglingCaught ? TENSION.caughtSmuggling : 0) + (cn.boycott ? TENSION.boycott : 0) + ow.tension;
  const usParts = [tightening ? `${n(tightening)} tightening` : '', usHawk ? `${n(usHawk)} hawk` : ''].filter(Boolean);
  const cnParts = [
    cn.stance === 'hawk' ? `${n(TENSION.cnHawk)} hawk` : '',
    smugglingCaught ? `${n(TENSION.caughtSmuggling)} smuggling caught` : '',
    cn.boycott ? `${n(TENSION.boycott)} boycott` : '',
    ow.tension ? `${n(ow.tension)} open weights` : '',
  ].filter(Boolean);
  add(pushUsg, `US push${usParts.length ? ': ' + usParts.join(' + ') : ''}`);
  add(pushCn, `China's push${cnParts.length ? ': ' + cnParts.join(' + ') : ''}`);
  const pushOk = `${ok('usgPush', pushUsg, rec.tensionPush.usg)} ${ok('cnPush', pushCn, rec.tensionPush.china)}`;
  const usgCollab = pol.stance === 'collaborate';
  const cnCollab = cn.stance === 'collaborate';
  if (usgCollab && cnCollab) add(TENSION.bothCollaborate + (s.summitTrack ? TENSION.summitBonus : 0), 'both collaborate');
  else if (usgCollab || cnCollab) add(TENSION.oneCollaborates, 'one side collaborates');
  tension = clamp(tension, 0, P.TENSION_CRISIS);
  const lobby = clamp(m.lobbyInfluence * P.LOBBY_DECAY + nv.lobbying * P.LOBBY_PER_B, 0, P.MAX_LOBBY);
  const nvShare = cnNew > 0 ? f.nvBought / cnNew : 0;
  const growth = Gpre.economy.nvRevenue > 0 ? f.nvRevenue / Gpre.economy.nvRevenue - 1 : 0;
  const g = clamp(growth, -0.5, 0.5);
  const valuation = Math.max(0.5, m.nvValuation * (1 + 0.5 * g) * (1 + 0.05 * (nvShare - 0.3)) * (1 - ow.valuationHit));
  const outGrowth = Math.min(P.NV_MAX_GROWTH, P.NV_BASE_GROWTH + nv.rnd * P.NV_RND_GROWTH_PER_B + pol.fabSubsidy * P.NV_FAB_GROWTH_PER_B);
  const nextOutput = Gpre.economy.nvOutput * (1 + outGrowth);
  const pcLeft = Math.max(0, m.politicalCapital);
  const pcNext = s.politicalCapital + P.PC_CARRY * pcLeft + (smugglingCaught ? 1 : 0);
  const usgBudgetNext = s.usgBudget + f.fees;
  const announcedNext = s.economy.cnBudget * (1 + P.CN_BUDGET_GROWTH) ** Gpre.round;
  const savings = Math.min(Math.max(0, f.cnLeft), P.CN_SAVINGS_CAP * announcedNext);
  const cnNext = announcedNext + savings;
  p("### 9. Meters and next year's purses");
  p();
  p(`- Trust: ${trustTerms.length === 1 ? 'no term applies, so it stays' : `${trustTerms.join(' ')} =`} **${n(trust)}** ${ok('trust', trust, rec.trust)}${f.nvBought > 0 && nv.chinaPrice > 100 ? ` (NVIDIA priced above list, ${nv.chinaPrice}%, so no goodwill)` : ''}.`);
  p(`- Tension: ${tTerms.join(' ')} = **${n(tension)}** ${ok('tension', tension, rec.tension)} (pushes ${pushOk}). ${tension >= P.TENSION_CRISIS ? 'A crisis: the game ends.' : `Below ${P.TENSION_CRISIS}: no crisis.`}`);
  p(`- Lobbying influence: ${n(m.lobbyInfluence)} × ${P.LOBBY_DECAY} + ${n(nv.lobbying)} × ${P.LOBBY_PER_B} = **${n(lobby)}** ${ok('lobby', lobby, Gpost.meters.lobbyInfluence)}: next year each tightening step costs max(1, round(${n(lobby)})) = ${tighteningPrice(lobby)} political capital.`);
  p(`- NVIDIA valuation: revenue growth ${n(f.nvRevenue)} / ${n(Gpre.economy.nvRevenue)} − 1 = ${n(growth)}; China market share ${n(f.nvBought)} / ${n(cnNew)} = ${n(nvShare)}. ` +
    `${n(m.nvValuation)} × (1 + 0.5 × ${n(g)}) × (1 + 0.05 × (${n(nvShare)} − 0.3)) × (1 − ${ow.valuationHit}) = **$${n(valuation)}T** ${ok('valuation', valuation, rec.nvValuation)}.`);
  p(`- NVIDIA output next year: growth min(${P.NV_MAX_GROWTH}, ${P.NV_BASE_GROWTH} + ${n(nv.rnd)} × ${P.NV_RND_GROWTH_PER_B} + ${n(pol.fabSubsidy)} × ${P.NV_FAB_GROWTH_PER_B}) = ${n(outGrowth)}; ${n(Gpre.economy.nvOutput)} × ${n(1 + outGrowth, 5)} = ${n(nextOutput)} CP ${ok('nvOutput', nextOutput, Gpost.economy.nvOutput)}.`);
  p(`- Political capital: ${s.politicalCapital} + ${P.PC_CARRY} × ${n(pcLeft)}${smugglingCaught ? ' + 1' : ''} = ${n(pcNext)} ${ok('pcNext', pcNext, Gpost.meters.politicalCapital)}. US subsidy budget: ${s.usgBudget} + ${n(f.fees)} (fees) = $${n(usgBudgetNext)}B ${ok('usgBudgetNext', usgBudgetNext, Gpost.economy.usgBudget)}.`);
  p(`- China's budget: announced ${s.economy.cnBudget} × ${1 + P.CN_BUDGET_GROWTH}^${Gpre.round} = $${n(announcedNext)}B, plus savings min(${n(Math.max(0, f.cnLeft))}, ${P.CN_SAVINGS_CAP} × ${n(announcedNext)}) = ${n(savings)}: **$${n(cnNext)}B** ${ok('cnBudget', cnNext, Gpost.economy.cnBudget)}. ` +
    (savings > 0
      ? `Only China sees that figure; the other seats see the announced $${n(announcedNext)}B, since the savings would betray what China spent in secret.`
      : 'China saved nothing, so the other seats, who see the announced budget, see the real one.'));
  p();

  // ---- points ----
  const ratio = kCn / kUs;
  const base = Gpre.baseline;
  const lead = W.usgLead * Math.log2(base.kRatio / Math.max(ratio, 1e-6));
  const economy = W.usgEconomy * Math.log(valuation / base.nvValuation);
  const tensionPenalty = Math.max(0, tension - W.usgTensionFree);
  const summit = s.summitTrack && usgCollab ? (cnCollab ? SUMMIT_POINTS.usg : SUMMIT_POINTS.usgAlone) : 0;
  const cnSummit = s.summitTrack && usgCollab && cnCollab ? SUMMIT_POINTS.china : 0;
  const usgPts = W.usgBase + lead + economy + f.fees / W.usgFeesPerPoint - tensionPenalty + summit;
  const nvPts = f.nvProfit / W.nvProfitPerPoint + W.nvChinaShare * nvShare;
  const cnRatioTerm = W.cnRatio * Math.log2(Math.max(ratio, 1e-6) / base.kRatio);
  const cnPts = W.cnBase + cnRatioTerm + W.cnSelfReliance * selfReliance + cnSummit;
  const hwShare = cnNew > 0 ? f.hwBought / cnNew : 0;
  const hwRevenueTerm = W.hwRevenue * Math.log2(1 + f.hwRevenue / W.hwRevenueUnit);
  const hwPts = hwRevenueTerm + W.hwLevel * f.level + W.hwShare * hwShare;
  p('### 10. Points for the year');
  p();
  p(`The ratio K_CN / K_US is now ${n(kCn)} / ${n(kUs)} = ${n(ratio)} (baseline ${n(base.kRatio)}).`);
  p();
  p('| seat | computation | points |');
  p('|---|---|---|');
  p(`| US Government | ${W.usgBase} + ${W.usgLead} × log2(${n(base.kRatio)} / ${n(ratio)}) + ${W.usgEconomy} × ln(${n(valuation)} / ${n(base.nvValuation)}) + ${n(f.fees)} / ${W.usgFeesPerPoint} − max(0, ${n(tension)} − ${W.usgTensionFree})${summit ? ` + ${summit} (summit)` : ''} = ${W.usgBase} ${term(lead)} ${term(economy)} ${term(f.fees / W.usgFeesPerPoint)} − ${n(tensionPenalty)}${summit ? ` + ${summit}` : ''} | **${n(usgPts)}** ${ok('usgPts', usgPts, rec.points.usg)} |`);
  p(`| NVIDIA | ${n(f.nvProfit)} / ${W.nvProfitPerPoint} + ${W.nvChinaShare} × ${n(nvShare)} = ${n(f.nvProfit / W.nvProfitPerPoint)} ${term(W.nvChinaShare * nvShare)} | **${n(nvPts)}** ${ok('nvPts', nvPts, rec.points.nvidia)} |`);
  p(`| China | ${W.cnBase} + ${W.cnRatio} × log2(${n(ratio)} / ${n(base.kRatio)}) + ${W.cnSelfReliance} × ${n(selfReliance)}${cnSummit ? ` + ${cnSummit} (summit)` : ''} = ${W.cnBase} ${term(cnRatioTerm)} ${term(W.cnSelfReliance * selfReliance)}${cnSummit ? ` + ${cnSummit}` : ''} | **${n(cnPts)}** ${ok('cnPts', cnPts, rec.points.china)} |`);
  p(`| Huawei | ${W.hwRevenue} × log2(1 + ${n(f.hwRevenue)} / ${W.hwRevenueUnit}) + ${W.hwLevel} × ${f.level} + ${W.hwShare} × ${n(f.hwBought)} / ${n(cnNew)} = ${n(hwRevenueTerm)} + ${n(W.hwLevel * f.level)} + ${n(W.hwShare * hwShare)} | **${n(hwPts)}** ${ok('hwPts', hwPts, rec.points.huawei)} |`);
  p();
  const pts = rec.points;
  const top = SEATS.reduce<Seat>((a, b) => (pts[b] > pts[a] ? b : a), 'usg');
  p((ratio < base.kRatio
      ? `China's K grew, but the US K grew faster, so the ratio fell from ${n(base.kRatio)} to ${n(ratio)}: the US Government's lead term is positive and China's ratio term negative.`
      : `China's K grew faster than the US K, so the ratio rose from ${n(base.kRatio)} to ${n(ratio)}: China's ratio term is positive and the US Government's lead term negative.`) +
    ` In raw points ${NAMES[top]} had the best year; points of different seats are put on one scale only at the end, by the pars (section 6.3).`);
  p();
  p('### The summary the table reads aloud');
  p();
  for (const line of rec.summary) p(`> ${line}  `);
  p();
  const { outcome } = played;
  const last = played.state.G.history.at(-1);
  p(`(For the record: this game ${outcome.reason === 'crisis' ? `ended in a crisis in ${last?.year}` : `ran all ${played.state.G.rounds} years`}, and ${NAMES[outcome.winner]} won with a score of ${n(outcome.scores[outcome.winner].score, 2)} — ${n(outcome.scores[outcome.winner].score, 2)} times its par.)`);
}
