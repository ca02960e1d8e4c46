/**
 * Section 11 of docs/rules.md: a worked example year. Bots play the default scenario; the first
 * year is then worked out by hand from the formulas of section 5 and 6 (with the constants of
 * params.ts), and every hand result is checked against the engine (worked-example-replay.ts).
 * Mismatches are returned, and the generator fails on them, so the page cannot drift from the code.
 */
import * as P from '../../src/game/params.js';
import { EVENTS } from '../../src/game/events.js';
import { SCENARIOS } from '../../src/game/scenarios.js';
import { TENSION } from '../../src/game/resolve.js';
import { tighteningSteps, tighteningPrice, policyCapitalCost, chinaSpend, nvidiaSpend } from '../../src/game/orders.js';
import { estimateProgress } from '../../src/game/view.js';
import { Checker, replayFirstYear } from './worked-example-replay.js';
import { yearEnd } from './worked-example-year-end.js';
import { cap, Lines, n } from './format.js';

const SCENARIO = '2026-h200';
const SEED = 'worked-example';
const STYLES = { usg: 'pragmatist', nvidia: 'lobbyist', china: 'buyer', huawei: 'rnd-first' } as const;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const levelCost = (level: number) => P.HW_LEVEL_COST * P.HW_LEVEL_COST_GROWTH ** level;

export interface WorkedExample {
  markdown: string;
  problems: string[];
  seed: string;
  styles: typeof STYLES;
}

export function workedExample(): WorkedExample {
  const { played, G0, Gpre, Gpost, orders, record: rec, caught: caughtReal, problems } = replayFirstYear(SCENARIO, SEED, STYLES);
  const checker = new Checker();
  const ok = checker.check;
  const s = SCENARIOS[SCENARIO];
  const ev = EVENTS[rec.event];
  const pol = rec.policy;
  const { nvidia: nv, china: cn, huawei: hw } = orders;
  const mods = Gpre.modifiers;
  const out = new Lines();
  const p = out.w;

  // ---- the state before ----
  const usUsable0 = Math.min(G0.us.compute, G0.us.power);
  const cnC0 = G0.cn.foreign + G0.cn.domestic;
  const ppc0 = (G0.cn.foreign + G0.cn.domestic * P.HW_POWER_PER_CP) / cnC0;
  const cnUsable0 = Math.min(cnC0, G0.cn.power / ppc0);
  const kUs0 = usUsable0 * G0.us.quality;
  const kCn0 = cnUsable0 * G0.cn.quality;

  p(`The bots below play the \`${SCENARIO}\` scenario with the seed \`${SEED}\`: US Government *${STYLES.usg}*, NVIDIA *${STYLES.nvidia}*, China *${STYLES.china}*, Huawei *${STYLES.huawei}*. The numbers were produced by running the game (\`playGame\` in \`src/bots/play.ts\`) and each one was then worked out by hand from the formulas above; a ✓ marks a hand result that equals the engine's. Figures are rounded to four decimals in the text; the engine keeps full precision. (The page's generator, \`npm run docs:rules\`, refuses to write it if any figure disagrees.)`);
  p();
  p("### Before the year (the scenario's starting state)");
  p();
  p('| | US | China |');
  p('|---|---|---|');
  p(`| compute stock C | ${n(G0.us.compute)} CP | ${n(G0.cn.foreign)} NVIDIA + ${n(G0.cn.domestic)} Huawei = ${n(cnC0)} CP |`);
  p(`| power | ${n(G0.us.power)} | ${n(G0.cn.power)} |`);
  p(`| quality Q | ${n(G0.us.quality)} | ${n(G0.cn.quality)} |`);
  p(`| usable compute | min(${n(G0.us.compute)}, ${n(G0.us.power)}) = ${n(usUsable0)} | power per CP (${n(G0.cn.foreign)} + ${n(G0.cn.domestic)} × ${P.HW_POWER_PER_CP}) / ${n(cnC0)} = ${n(ppc0)}; min(${n(cnC0)}, ${n(G0.cn.power)} / ${n(ppc0)} = ${n(G0.cn.power / ppc0)}) = ${n(cnUsable0)} |`);
  p(`| K | ${n(usUsable0)} × ${n(G0.us.quality)} = **${n(kUs0)}** | ${n(cnUsable0)} × ${n(G0.cn.quality)} = **${n(kCn0)}** |`);
  p();
  p(`The starting ratio K_CN / K_US = ${n(kCn0)} / ${n(kUs0)} = **${n(G0.baseline.kRatio)}** ${ok('baseline', kCn0 / kUs0, G0.baseline.kRatio)} is the baseline that the US Government's and China's scores measure against. ` +
    `Meters: tension ${n(G0.meters.tension)}, trust ${n(G0.meters.trust)}, Huawei level ${G0.meters.huaweiLevel} (progress ${n(G0.secret.huaweiProgress)}), NVIDIA valuation $${n(G0.meters.nvValuation)}T, ` +
    `political capital ${n(G0.meters.politicalCapital)}, lobbying influence ${n(G0.meters.lobbyInfluence)}. ` +
    `Purses: NVIDIA cash $${n(G0.economy.nvCash)}B (last year's revenue $${n(G0.economy.nvRevenue)}B), China budget $${n(G0.economy.cnBudget)}B, Huawei cash $${n(G0.economy.hwCash)}B, US subsidy budget $${n(G0.economy.usgBudget)}B. ` +
    `NVIDIA makes ${n(G0.economy.nvOutput)} CP this year; Huawei can make ${n(G0.economy.hwChips)} million chips. ` +
    `The rule in force: ${G0.policy.tier}, cap ${cap(G0.policy.volumeCap)}, fee ${G0.policy.licenseFee}%, chip security ${G0.policy.chipSecurity ? 'on' : 'off'}.`);
  p();

  // ---- news ----
  p(`### 1. News: ${ev.title}`);
  p();
  p(`> ${ev.text}`);
  p();
  const modLines: string[] = [];
  for (const [k, v] of Object.entries(mods)) {
    const neutral = k === 'smugglingDetectBonus' || k === 'mandateFloor' || k === 'tensionDelta' ? 0 : 1;
    if (v !== neutral && k !== 'tensionDelta') modLines.push(`\`${k}\` = ${n(v)}`);
  }
  const opening = s.openingEvent === rec.event ? " (it was put on top of the shuffled deck as the scenario's opening card)" : '';
  p(`The card sets ${modLines.length ? modLines.join(', ') : 'no yearly modifier'} for this year${opening}.`);
  p();

  // ---- policy ----
  const steps = tighteningSteps(G0.policy, pol);
  const price = tighteningPrice(G0.meters.lobbyInfluence);
  const pcCost = policyCapitalCost(G0, pol);
  const summitFactor = s.summitTrack ? 2 : 1;
  p('### 2. Policy (US Government, public)');
  p();
  p(`The US Government sets: tier **${pol.tier}**, volume cap **${cap(pol.volumeCap)}**, licence fee **${pol.licenseFee}%**, chip security **${pol.chipSecurity ? 'on' : 'off'}**, enforcement **${pol.enforcement}**, fab subsidy **$${n(pol.fabSubsidy)}B**, energy subsidy **$${n(pol.energySubsidy)}B**, stance **${pol.stance}**, intelligence **${pol.intelligence ? 'on' : 'off'}**.`);
  p();
  p(`- Tightening steps against last year's rule: ${steps} (price per step max(1, round(${n(G0.meters.lobbyInfluence)})) = ${price}).`);
  p(`- Political capital: ${steps} × ${price} + enforcement ${pol.enforcement} × ${P.PC_ENFORCEMENT} + intelligence ${pol.intelligence ? P.PC_INTELLIGENCE : 0} + collaborate ${pol.stance === 'collaborate' ? P.PC_COLLABORATE : 0} = **${n(pcCost)}**; ${n(G0.meters.politicalCapital)} − ${n(pcCost)} = ${n(Gpre.meters.politicalCapital)} left ${ok('pc', G0.meters.politicalCapital - pcCost, Gpre.meters.politicalCapital)}.`);
  p(`- Subsidy budget: ${n(G0.economy.usgBudget)} − ${n(pol.fabSubsidy)} − ${n(pol.energySubsidy)} = ${n(Gpre.economy.usgBudget)} ${ok('usgBudget', G0.economy.usgBudget - pol.fabSubsidy - pol.energySubsidy, Gpre.economy.usgBudget)}.`);
  const tightTension = summitFactor * Math.min(TENSION.maxTightening, steps * TENSION.perTighteningStep);
  p(`- Tension from tightening: ${summitFactor > 1 ? `${summitFactor} × ` : ''}min(${TENSION.maxTightening}, ${steps} × ${TENSION.perTighteningStep}) = ${n(tightTension)}, added to this year's tension change (now ${n(mods.tensionDelta)} with the card's).`);
  p();

  // ---- orders ----
  p('### 3. Orders (secret until resolution)');
  p();
  p('| seat | order |');
  p('|---|---|');
  p(`| NVIDIA | China share ${nv.chinaShare}%, China price ${nv.chinaPrice}%, lobbying $${n(nv.lobbying)}B, R&D $${n(nv.rnd)}B, compliant design ${nv.compliantDesign ? 'yes' : 'no'} |`);
  p(`| China | NVIDIA $${n(cn.nvidiaSpend)}B, Huawei $${n(cn.huaweiSpend)}B, subsidy $${n(cn.huaweiSubsidy)}B, mandate ${cn.mandate}%, open weights ${cn.openWeights}, smuggling $${n(cn.smuggling)}B, boycott ${cn.boycott ? 'yes' : 'no'}, stance ${cn.stance} |`);
  p(`| Huawei | R&D $${n(hw.rnd)}B, capacity $${n(hw.capacity)}B, price $${n(hw.price)}B per CP, aggregation ${hw.aggregation ? 'on' : 'off'} |`);
  p();
  const nvSpend = nvidiaSpend(nv);
  const cnSpend = chinaSpend(cn);
  p(`Budget checks: NVIDIA spends ${n(nv.lobbying)} + ${n(nv.rnd)} + ${nv.compliantDesign ? P.COMPLIANT_DESIGN_COST : 0} = $${n(nvSpend)}B ≤ $${n(Gpre.economy.nvCash)}B cash; ` +
    `China's order totals ${n(cn.nvidiaSpend)} + ${n(cn.huaweiSpend)} + ${n(cn.huaweiSubsidy)} + ${n(cn.smuggling)} + ${P.OPEN_WEIGHTS_EFFECT[cn.openWeights].cost} = $${n(cnSpend)}B ≤ $${n(Gpre.economy.cnBudget)}B; ` +
    `Huawei spends ${n(hw.rnd)} + ${n(hw.capacity)} = $${n(hw.rnd + hw.capacity)}B ≤ $${n(Gpre.economy.hwCash)}B.`);
  p();

  // ---- market ----
  const nvOutput = Gpre.economy.nvOutput * mods.nvOutputMult;
  const ruleAllows = pol.tier !== 'embargo' && (pol.tier !== 'compliant' || nv.compliantDesign);
  const wanted = ruleAllows ? (nvOutput * nv.chinaShare) / 100 : 0;
  const capLimit = pol.volumeCap === null ? nvOutput : (nvOutput * pol.volumeCap) / (100 + pol.volumeCap);
  const alloc = Math.min(wanted, capLimit);
  const yld = P.TIER_YIELD[pol.tier];
  const nvPrice = (P.TIER_PRICE[pol.tier] * nv.chinaPrice) / 100;
  const offered = alloc * yld;
  const trust = Gpre.meters.trust;
  const tf = trust <= 0 ? 0 : trust < P.TRUST_HALF ? 0.5 : 1;
  const available = offered * tf * mods.cnNvidiaDemandMult;
  const perf = P.HW_PERF_BASE * P.HW_PERF_STEP ** Gpre.meters.huaweiLevel * (hw.aggregation ? P.AGGREGATION_OUTPUT : 1);
  const hwCap = Gpre.economy.hwChips * mods.hwCapacityMult * perf;
  const hwWant = cn.huaweiSpend / hw.price;
  const hwBought = Math.min(hwWant, hwCap);
  const mandate = Math.max(cn.mandate, mods.mandateFloor);
  const mandateLimit = mandate <= 0 ? Infinity : mandate >= 100 ? 0 : (hwBought * (100 - mandate)) / mandate;
  const demand = cn.boycott || nvPrice <= 0 ? 0 : cn.nvidiaSpend / nvPrice;
  const nvBought = Math.max(0, Math.min(demand, available, mandateLimit));
  const unsold = yld > 0 ? Math.max(0, alloc - nvBought / yld) : alloc;
  p('### 4. The market');
  p();
  p(`1. NVIDIA's output this year: ${n(Gpre.economy.nvOutput)} × ${n(mods.nvOutputMult)} = **${n(nvOutput)} CP**.`);
  p(`2. The rule ${ruleAllows ? 'allows' : 'does not allow'} sales; NVIDIA wants to send China ${n(nvOutput)} × ${nv.chinaShare}% = ${n(wanted)} units.`);
  p(`3. Volume cap: ${pol.volumeCap === null ? `none, so the limit is the whole output, ${n(capLimit)}` : `${n(nvOutput)} × ${pol.volumeCap} / (100 + ${pol.volumeCap}) = ${n(capLimit)}`}. China allocation = min(${n(wanted)}, ${n(capLimit)}) = **${n(alloc)}** units.`);
  p(`4. The ${pol.tier} tier yields ${yld} CP per unit at a list price of $${P.TIER_PRICE[pol.tier]}B per CP: offered ${n(alloc)} × ${yld} = ${n(offered)} CP, price ${P.TIER_PRICE[pol.tier]} × ${nv.chinaPrice}% = **$${n(nvPrice)}B per CP**.`);
  p(`5. Trust is ${n(trust)}, so the trust factor is ${tf}${tf === 1 ? ` (trust is not below ${P.TRUST_HALF})` : ''}; the delivery multiplier is ${n(mods.cnNvidiaDemandMult)}${mods.cnNvidiaDemandMult !== 1 ? ` (${ev.title.toLowerCase()})` : ''}. Available to China: ${n(offered)} × ${tf} × ${n(mods.cnNvidiaDemandMult)} = **${n(available)} CP**.`);
  p(`6. Huawei: perf per chip ${P.HW_PERF_BASE} × ${P.HW_PERF_STEP}^${Gpre.meters.huaweiLevel}${hw.aggregation ? ` × ${P.AGGREGATION_OUTPUT}` : ''} = ${n(perf)} CP per million chips; capacity ${n(Gpre.economy.hwChips)} × ${n(mods.hwCapacityMult)} × ${n(perf)} = ${n(hwCap)} CP. China's Huawei demand ${n(cn.huaweiSpend)} / ${n(hw.price)} = ${n(hwWant)} CP; bought = min(${n(hwWant)}, ${n(hwCap)}) = **${n(hwBought)} CP** ${ok('huaweiSold', hwBought, rec.trade.huaweiSold)}.`);
  p(`7. Mandate: ${mandate === 0 ? 'none (0%), so no mandate limit' : `${mandate}%, so NVIDIA may sell at most ${n(hwBought)} × (100 − ${mandate}) / ${mandate} = ${n(mandateLimit)} CP`}. Boycott: ${cn.boycott ? 'yes, so demand is 0' : 'no'}.`);
  p(`8. China's NVIDIA demand: ${n(cn.nvidiaSpend)} / ${n(nvPrice)} = ${n(demand)} CP. Bought = min(${n(demand)}, ${n(available)}, ${n(mandateLimit)}) = **${n(nvBought)} CP** ${ok('nvidiaToChina', nvBought, rec.trade.nvidiaToChina)}.`);
  p(`9. Unsold China allocation: ${n(alloc)} − ${n(nvBought)} / ${yld} = **${n(unsold)} units**${pol.tier === 'compliant' ? ' (written off: compliant chips are of no use in the US)' : ', which go back to the US market'}.`);
  p();

  // ---- money ----
  const cnRev = nvBought * nvPrice;
  const hwRev = hwBought * hw.price;
  const usPrice = P.US_PRICE * mods.usPriceMult;
  const usAlloc = nvOutput - alloc;
  const returned = pol.tier === 'compliant' ? 0 : unsold;
  const usSupply = usAlloc + returned;
  const usDemand = nvOutput * P.US_DEMAND_SHARE;
  const atList = Math.min(usSupply, usDemand);
  const glut = Math.max(0, usSupply - usDemand);
  const usRev = atList * usPrice + glut * usPrice * P.GLUT_PRICE_FACTOR;
  const fees = (cnRev * pol.licenseFee) / 100;
  const nvRev = usRev + cnRev - fees;
  const cogs = nvOutput * P.NV_COST_PER_CP;
  const nvProfit = nvRev - cogs - nvSpend;
  const nvCash = Gpre.economy.nvCash - nvSpend + nvRev - cogs;
  const cnLeft = Gpre.economy.cnBudget - (cnSpend - (cn.nvidiaSpend - cnRev) - (cn.huaweiSpend - hwRev));
  p('### 5. Money');
  p();
  p(`- NVIDIA's China revenue: ${n(nvBought)} × ${n(nvPrice)} = $${n(cnRev)}B. Huawei's revenue: ${n(hwBought)} × ${n(hw.price)} = $${n(hwRev)}B ${ok('hwRevenue', hwRev, rec.trade.hwRevenue)}.`);
  p(`- US market: US allocation ${n(nvOutput)} − ${n(alloc)} = ${n(usAlloc)}, plus ${n(returned)} returned = supply **${n(usSupply)} CP** ${ok('nvidiaToUs', usSupply, rec.trade.nvidiaToUs)}. US demand at list price: ${n(nvOutput)} × ${P.US_DEMAND_SHARE} = ${n(usDemand)}. ` +
    `US revenue: ${n(atList)} × ${n(usPrice)} + ${n(glut)} × ${n(usPrice)} × ${P.GLUT_PRICE_FACTOR} = $${n(usRev)}B${glut > 0 ? ' (the glut sells at a discount)' : ''}.`);
  p(`- Licence fee: ${n(cnRev)} × ${pol.licenseFee}% = **$${n(fees)}B** to the US budget ${ok('fees', fees, rec.trade.feesCollected)}.`);
  p(`- NVIDIA's revenue: ${n(usRev)} + ${n(cnRev)} − ${n(fees)} = **$${n(nvRev)}B** ${ok('nvRevenue', nvRev, rec.trade.nvRevenue)}. Cost of goods ${n(nvOutput)} × ${P.NV_COST_PER_CP} = $${n(cogs)}B. ` +
    `Profit: ${n(nvRev)} − ${n(cogs)} − ${n(nvSpend)} = **$${n(nvProfit)}B**. Cash: ${n(Gpre.economy.nvCash)} − ${n(nvSpend)} + ${n(nvRev)} − ${n(cogs)} = $${n(nvCash)}B ${ok('nvCash', nvCash, Gpost.economy.nvCash)}.`);
  p(`- China pays only for what it got: ${n(Gpre.economy.cnBudget)} − ${n(cnSpend)} + (${n(cn.nvidiaSpend)} − ${n(cnRev)}) + (${n(cn.huaweiSpend)} − ${n(hwRev)}) = $${n(cnLeft)}B left over.`);
  p();

  // ---- smuggling ----
  p('### 6. Smuggling');
  p();
  const arrived = cn.smuggling > 0 && !caughtReal ? cn.smuggling / (P.US_PRICE * P.SMUGGLING_PRICE_FACTOR) : 0;
  const smuggledAfter = Gpre.secret.smuggledStock * (1 - P.DEPRECIATION) + arrived;
  if (cn.smuggling > 0) {
    const cp = cn.smuggling / (P.US_PRICE * P.SMUGGLING_PRICE_FACTOR);
    const chance = clamp(P.DETECT_BASE + P.DETECT_PER_ENFORCEMENT * pol.enforcement + (pol.chipSecurity ? P.DETECT_CHIP_SECURITY : 0) + mods.smugglingDetectBonus, 0, 0.95);
    p(`China spent $${n(cn.smuggling)}B: ${n(cn.smuggling)} / (${P.US_PRICE} × ${P.SMUGGLING_PRICE_FACTOR}) = ${n(cp)} CP. Chance of being caught: ${P.DETECT_BASE} + ${P.DETECT_PER_ENFORCEMENT} × ${pol.enforcement} + ${pol.chipSecurity ? P.DETECT_CHIP_SECURITY : 0} + ${n(mods.smugglingDetectBonus)} = **${n(chance)}**. ` +
      (caughtReal
        ? `The draw fell below it: the shipment was **caught** (the money is lost, the US Government gains 1 political capital next year, tension +${TENSION.caughtSmuggling}).`
        : `The draw fell above it: **not caught**. The shipment joins China's secret smuggled stock whole, like chips installed this year: ${n(Gpre.secret.smuggledStock)} × ${1 - P.DEPRECIATION} + ${n(cp)} = ${n(smuggledAfter)} CP ${ok('smuggled', smuggledAfter, Gpost.secret.smuggledStock)}. Nobody but China sees this until the game ends; the year record shows China's smuggling as hidden.`));
  } else {
    p(`China did not smuggle this year${Gpre.secret.smuggledStock > 0 ? `; its secret stock ages to ${n(smuggledAfter)} CP ${ok('smuggled', smuggledAfter, Gpost.secret.smuggledStock)}` : ''}.`);
  }
  p();

  // ---- Huawei: R&D is carried in dollars, each level at its own price ----
  const chips = perf > 0 ? hwBought / perf : 0;
  const chipCost = chips * P.HW_COST_PER_MCHIP * (hw.aggregation ? P.AGGREGATION_COST : 1);
  const hwCash = Gpre.economy.hwCash - hw.rnd - hw.capacity + hwRev - chipCost;
  const level0 = Gpre.meters.huaweiLevel;
  const funding = hw.rnd + P.SUBSIDY_EFFICIENCY * cn.huaweiSubsidy + P.HW_REVENUE_LEARNING * hwRev;
  const carried = Gpre.secret.huaweiProgress * levelCost(level0);
  let money = carried + funding;
  let level = level0;
  const climbs: string[] = [];
  while (level < P.HW_MAX_LEVEL && money >= levelCost(level)) {
    climbs.push(`level ${level} → ${level + 1} costs $${n(levelCost(level))}B, leaving $${n(money - levelCost(level))}B`);
    money -= levelCost(level);
    level += 1;
  }
  const progress = level >= P.HW_MAX_LEVEL ? 0 : money / levelCost(level);
  const hwChips = Gpre.economy.hwChips + hw.capacity * P.HW_CHIPS_PER_B;
  p('### 7. Huawei');
  p();
  p(`- Chips sold: ${n(hwBought)} / ${n(perf)} = ${n(chips)} million, costing ${n(chips)} × ${P.HW_COST_PER_MCHIP}${hw.aggregation ? ` × ${P.AGGREGATION_COST}` : ''} = $${n(chipCost)}B. Cash: ${n(Gpre.economy.hwCash)} − ${n(hw.rnd)} − ${n(hw.capacity)} + ${n(hwRev)} − ${n(chipCost)} = $${n(hwCash)}B ${ok('hwCash', hwCash, Gpost.economy.hwCash)}.`);
  p(`- R&D money this year: ${n(hw.rnd)} + ${P.SUBSIDY_EFFICIENCY} × ${n(cn.huaweiSubsidy)} + ${P.HW_REVENUE_LEARNING} × ${n(hwRev)} = $${n(funding)}B. ` +
    `Already paid towards level ${level0 + 1}: progress ${n(Gpre.secret.huaweiProgress)} × level cost ${P.HW_LEVEL_COST} × ${P.HW_LEVEL_COST_GROWTH}^${level0} = ${n(Gpre.secret.huaweiProgress)} × ${n(levelCost(level0))} = $${n(carried)}B. Money: ${n(carried)} + ${n(funding)} = **$${n(carried + funding)}B**.`);
  p(level > level0
    ? `- ${climbs.join('; ')}: Huawei reaches level **${level}** ${ok('level', level, Gpost.meters.huaweiLevel)}. Progress towards level ${level + 1}: ${n(money)} / ${n(levelCost(level))} = **${n(progress)}** ${ok('progress', progress, Gpost.secret.huaweiProgress)}.`
    : `- Level ${level0} → ${level0 + 1} costs $${n(levelCost(level0))}B, more than the money: no new level (level stays ${level} ${ok('level', level, Gpost.meters.huaweiLevel)}). Progress: ${n(money)} / ${n(levelCost(level))} = **${n(progress)}** ${ok('progress', progress, Gpost.secret.huaweiProgress)}.`);
  p(`- Who sees the progress: China and Huawei exactly; the US Government the nearest quarter, ${n(estimateProgress(progress), 2)}${pol.intelligence ? ' — it bought intelligence this year, but that showed the exact progress only while this year\'s policy was in force (before this R&D); next year\'s figure needs next year\'s intelligence' : ''}.`);
  p(`- Capacity: ${n(Gpre.economy.hwChips)} + ${n(hw.capacity)} × ${P.HW_CHIPS_PER_B} = ${n(hwChips)} million chips next year ${ok('hwChips', hwChips, Gpost.economy.hwChips)}.`);
  p();

  yearEnd(out, ok, { year: { G0, Gpre, Gpost, record: rec, orders, caught: caughtReal, played }, usSupply, nvBought, hwBought, level, fees, nvRevenue: nvRev, nvProfit, hwRevenue: hwRev, cnLeft });
  return { markdown: out.text(), problems: [...problems, ...checker.problems], seed: SEED, styles: STYLES };
}
