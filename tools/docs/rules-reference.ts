/**
 * Sections 8–10 and 12 of docs/rules.md: the scenarios, the event cards, the arguments behind
 * the rules, and every constant. Tables are generated from the rules code; the exact card
 * effects are written against src/game/events.ts.
 */
import * as P from '../../src/game/params.js';
import { WEIGHTS as W } from '../../src/game/scoring.js';
import { TENSION, SUMMIT_POINTS } from '../../src/game/resolve.js';
import { SCENARIOS, SCENARIO_IDS } from '../../src/game/scenarios.js';
import { EVENTS, EVENT_IDS, type EventId } from '../../src/game/events.js';
import { ARGUMENTS, ARGUMENT_IDS } from '../../src/game/arguments.js';
import { EXPORT_TIERS, VOLUME_CAPS, LICENSE_FEES } from '../../src/game/types.js';
import { SEAT_NAMES } from '../../src/game/seats.js';
import { WHY } from '../../src/client/table/panels/why.js';
import { cap, Lines, n } from './format.js';

export function referenceSections(): string {
  const out = new Lines();
  const { w } = out;
  const B = SCENARIOS['2026-h200'];
  const baseEconomy: Record<string, unknown> = { ...B.economy };
  const baseMeters: Record<string, unknown> = { ...B.meters };

  w('## 8. The five scenarios');
  w();
  w(`All scenarios start in ${B.startYear} and last ${B.rounds} years unless the match chooses otherwise. Unless the table says otherwise they share the starting numbers of \`2026-h200\`:`);
  w();
  w(`- US: C ${B.us.compute} CP, Q ${n(B.us.quality, 2)}, power ${B.us.power} CP. China: ${B.cn.foreign} CP of NVIDIA chips + ${B.cn.domestic} CP of Huawei chips, Q ${B.cn.quality}, power ${B.cn.power} CP.`);
  w(`- Meters: tension ${B.meters.tension}, trust ${B.meters.trust}, Huawei level ${B.meters.huaweiLevel} (progress ${B.huaweiProgress}), NVIDIA valuation $${B.meters.nvValuation}T, lobbying influence ${B.meters.lobbyInfluence}.`);
  w(`- Economy: NVIDIA output ${B.economy.nvOutput} CP, cash $${B.economy.nvCash}B, last year's revenue $${B.economy.nvRevenue}B; Huawei capacity ${B.economy.hwChips} million chips, cash $${B.economy.hwCash}B; China budget $${B.economy.cnBudget}B; US political capital ${B.politicalCapital} a year and subsidy budget $${B.usgBudget}B a year.`);
  w(`- Starting policy: ${B.policy.tier}, cap ${cap(B.policy.volumeCap)}, fee ${B.policy.licenseFee}%, chip security ${B.policy.chipSecurity ? 'on' : 'off'}, enforcement ${B.policy.enforcement}, stance ${B.policy.stance}.`);
  w(`- Deck: the ${EVENT_IDS.length} cards of section 9${B.openingEvent ? `, with *${EVENTS[B.openingEvent].title}* as the opening card` : ', no opening card'}; ${B.summitTrack ? 'the summit track open' : 'no summit track'}.`);
  w();
  w('| scenario | starting policy | locks (what the US Government may choose) | starting meters | other starting differences | deck | opening card |');
  w('|---|---|---|---|---|---|---|');
  for (const id of SCENARIO_IDS) {
    const s = SCENARIOS[id];
    const pol = `${s.policy.tier}, cap ${cap(s.policy.volumeCap)}, fee ${s.policy.licenseFee}%, enforcement ${s.policy.enforcement}, stance ${s.policy.stance}`;
    const lk = s.locks;
    const locks: string[] = [];
    if (lk.tiers.length < EXPORT_TIERS.length) locks.push(`tier ${lk.tiers.join(' or ')}`);
    if (lk.volumeCaps.length < VOLUME_CAPS.length) locks.push(`cap ${lk.volumeCaps.map(cap).join(' or ')}`);
    if (lk.fees.length < LICENSE_FEES.length) locks.push(`fee ${lk.fees.map((f) => f + '%').join(' or ')}`);
    if (lk.chipSecurity.length < 2) locks.push(`chip security ${lk.chipSecurity.map((b) => (b ? 'on' : 'off')).join(' or ')}`);
    const meters = `tension ${s.meters.tension}, trust ${s.meters.trust}`;
    const diffs: string[] = [];
    for (const [k, v] of Object.entries(s.economy)) if (baseEconomy[k] !== v) diffs.push(`${k} ${v}`);
    if (s.huaweiProgress !== B.huaweiProgress) diffs.push(`Huawei progress ${s.huaweiProgress}`);
    for (const [k, v] of Object.entries(s.meters)) if (k !== 'tension' && k !== 'trust' && baseMeters[k] !== v) diffs.push(`${k} ${v}`);
    if (s.summitTrack) diffs.push('**summit track open**');
    const removed = EVENT_IDS.filter((e) => !s.deck.includes(e));
    const counts = new Map<EventId, number>();
    for (const e of s.deck) counts.set(e, (counts.get(e) ?? 0) + 1);
    const doubled = [...counts].filter(([, c]) => c > 1).map(([e]) => EVENTS[e].title);
    const deck = [
      removed.length ? `without ${removed.map((e) => EVENTS[e].title).join(', ')}` : 'all 20',
      doubled.length ? `${doubled.join(', ')} twice` : '',
    ].filter(Boolean).join('; ') + ` (${s.deck.length} cards)`;
    w(`| **\`${id}\`** — ${s.title} | ${pol} | ${locks.length ? locks.join('; ') : 'none'} | ${meters} | ${diffs.length ? diffs.join(', ') : '—'} | ${deck} | ${s.openingEvent ? EVENTS[s.openingEvent].title : '—'} |`);
  }
  w();
  for (const id of SCENARIO_IDS) w(`- **${SCENARIOS[id].title}** (\`${id}\`): ${SCENARIOS[id].blurb}`);
  w();
  w(`In \`embargo\`, NVIDIA's China share must be 0 while the tier is \`embargo\`; the US Government may loosen to \`compliant\`, where NVIDIA sells only with the compliant design. The summit track (\`collaboration\`): a year in which both capitals collaborate lowers tension by a further ${n(-TENSION.summitBonus)} and earns the US Government ${SUMMIT_POINTS.usg} points and China ${SUMMIT_POINTS.china}; a year in which only the US Government collaborates earns it ${SUMMIT_POINTS.usgAlone} (6.1). In return, a US hawk stance and each tightening step of the US policy cost double tension (4.1, 5.10).`);
  w();

  const EXACT: Record<EventId, string> = {
    'open-weight-breakthrough': 'China\'s Q +0.05; NVIDIA valuation ×0.92; tension +0.5 this year',
    'backdoor-allegation': 'trust −2 (now, so it affects this year\'s market)',
    'smuggling-ring-exposed': 'chance of catching smuggling +0.3 this year; tension +0.5 this year',
    'smic-yield-breakthrough': 'Huawei\'s chip capacity ×1.25, for good',
    'hbm-shortage': 'Huawei\'s capacity ×0.6 this year',
    'grid-crunch': 'US power ×0.88 this year: less usable US compute, so a lower US K, quality gain and points this year (5.1, 5.2)',
    'energy-boom': 'US power +6 CP, for good',
    'summit-invitation': 'tension −1.5 this year',
    'lobbying-blitz': 'lobbying influence +1.5 (max 5), now — so tightening costs more this year',
    'capex-boom': 'NVIDIA output ×1.1 and US price ×1.15, this year',
    'domestic-procurement': 'mandate at least 30% this year',
    'new-nvidia-generation': 'NVIDIA output ×1.15, for good; US Q +0.02',
    'huawei-super-cluster': 'Huawei progress +0.3, i.e. 30% of the current level\'s price (below level 5); China\'s Q +0.02',
    'valuation-wobble': 'NVIDIA valuation ×0.9',
    'customs-blocks-imports': 'delivery multiplier ×0.5 this year (half of China\'s NVIDIA purchases fail)',
    'tariff-shock': 'tension +1 this year; US price ×0.95 this year',
    'talent-flows': 'China\'s Q +0.03; US Q +0.01',
    'license-delays': 'delivery multiplier ×0.6 this year',
    'rare-earth-retaliation': 'NVIDIA output ×0.9 this year; tension +0.7 this year',
    'datacenter-fire': 'US compute stock ×0.96, for good',
  };
  w('## 9. The 20 event cards');
  w();
  w('Effects apply when the card is revealed, before the policy. "This year" effects are reset at the next news; tension changes from cards are added to the year\'s tension (5.10).');
  w();
  w('| card | what the table reads | effect in the rules | argument |');
  w('|---|---|---|---|');
  for (const id of EVENT_IDS) {
    const e = EVENTS[id];
    w(`| **${e.title}** | ${e.text} | ${EXACT[id]} | ${e.argument} |`);
  }
  w();

  w('## 10. The arguments and the rules that play them out');
  w();
  w('From `src/game/arguments.ts`. Each event card and each lever\'s "why this matters" line on the order panels cites one of these.');
  w();
  const leversFor = (a: string) => {
    const names: string[] = [];
    for (const [seat, levers] of Object.entries(WHY)) {
      for (const [lever, why] of Object.entries(levers as Record<string, { argument: string }>)) {
        if (why.argument === a) names.push(`${SEAT_NAMES[seat as keyof typeof SEAT_NAMES]} ${lever}`);
      }
    }
    return names;
  };
  w('| argument | who makes it | the rule | cards | levers |');
  w('|---|---|---|---|---|');
  for (const id of ARGUMENT_IDS) {
    const a = ARGUMENTS[id];
    const cards = EVENT_IDS.filter((e) => EVENTS[e].argument === id).map((e) => EVENTS[e].title);
    w(`| **${id}**: ${a.claim} | ${a.voice} | ${a.rule} | ${cards.join(', ') || '—'} | ${leversFor(id).join(', ') || '—'} |`);
  }
  w();
  return out.text();
}

export function constantsSection(): string {
  const out = new Lines();
  const { w } = out;

  w('## 12. All constants at a glance');
  w();
  w('From `src/game/params.ts` (these may be recalibrated by the balance work).');
  w();
  w('| constant | value | meaning |');
  w('|---|---|---|');
  const C: [string, unknown, string][] = [
    ['DEPRECIATION', P.DEPRECIATION, 'share of a stock lost each year'],
    ['QUALITY_GAIN', P.QUALITY_GAIN, 'Q gain per doubling of (1 + new usable compute)'],
    ['TIER_YIELD', JSON.stringify(P.TIER_YIELD), 'CP delivered per unit of output offered, by tier'],
    ['TIER_PRICE', JSON.stringify(P.TIER_PRICE), 'China list price, $B per CP, by tier'],
    ['US_PRICE', P.US_PRICE, 'NVIDIA US list price, $B per CP'],
    ['US_DEMAND_SHARE', P.US_DEMAND_SHARE, 'share of output US buyers take at list price'],
    ['GLUT_PRICE_FACTOR', P.GLUT_PRICE_FACTOR, 'price factor for US sales beyond that'],
    ['NV_COST_PER_CP', P.NV_COST_PER_CP, 'NVIDIA cost of goods, $B per CP'],
    ['NV_BASE_GROWTH', P.NV_BASE_GROWTH, 'NVIDIA output growth a year'],
    ['NV_RND_GROWTH_PER_B', P.NV_RND_GROWTH_PER_B, 'extra growth per $B of NVIDIA R&D'],
    ['NV_FAB_GROWTH_PER_B', P.NV_FAB_GROWTH_PER_B, 'extra growth per $B of US fab subsidy'],
    ['NV_MAX_GROWTH', P.NV_MAX_GROWTH, 'cap on NVIDIA output growth'],
    ['COMPLIANT_DESIGN_COST', P.COMPLIANT_DESIGN_COST, '$B for the compliant design'],
    ['HW_PERF_BASE', P.HW_PERF_BASE, 'Huawei CP per million chips at level 0'],
    ['HW_PERF_STEP', P.HW_PERF_STEP, 'perf multiplier per level'],
    ['HW_MAX_LEVEL', P.HW_MAX_LEVEL, 'highest Huawei level'],
    ['HW_POWER_PER_CP', P.HW_POWER_PER_CP, 'power per CP of Huawei chips (NVIDIA = 1)'],
    ['AGGREGATION_OUTPUT', P.AGGREGATION_OUTPUT, 'compute multiplier with aggregation'],
    ['AGGREGATION_COST', P.AGGREGATION_COST, 'chip cost multiplier with aggregation'],
    ['HW_COST_PER_MCHIP', P.HW_COST_PER_MCHIP, 'Huawei cost, $B per million chips'],
    ['HW_CHIPS_PER_B', P.HW_CHIPS_PER_B, 'million chips of capacity per $B'],
    ['HW_LEVEL_COST', P.HW_LEVEL_COST, '$B to climb from level 0'],
    ['HW_LEVEL_COST_GROWTH', P.HW_LEVEL_COST_GROWTH, 'level cost multiplier per level'],
    ['HW_REVENUE_LEARNING', P.HW_REVENUE_LEARNING, 'share of Huawei revenue that counts as R&D'],
    ['SUBSIDY_EFFICIENCY', P.SUBSIDY_EFFICIENCY, 'share of China\'s subsidy that counts as R&D'],
    ['SMUGGLING_PRICE_FACTOR', P.SMUGGLING_PRICE_FACTOR, 'smuggled chips cost this × US list price'],
    ['DETECT_BASE', P.DETECT_BASE, 'base chance of catching smuggling'],
    ['DETECT_PER_ENFORCEMENT', P.DETECT_PER_ENFORCEMENT, 'extra chance per enforcement level'],
    ['DETECT_CHIP_SECURITY', P.DETECT_CHIP_SECURITY, 'extra chance with chip security'],
    ['OPEN_WEIGHTS_EFFECT', JSON.stringify(P.OPEN_WEIGHTS_EFFECT), 'cost ($B), Q gains, valuation hit, tension'],
    ['OPEN_WEIGHTS_FULL_GAP', P.OPEN_WEIGHTS_FULL_GAP, 'US lead in Q at which a release lifts China\'s Q in full'],
    ['OPEN_WEIGHTS_MIN_FACTOR', P.OPEN_WEIGHTS_MIN_FACTOR, 'least share of the lift, once China\'s models are level'],
    ['TRUST_HALF', P.TRUST_HALF, 'below this trust, buyers take half'],
    ['CHIP_SECURITY_TRUST', P.CHIP_SECURITY_TRUST, 'trust lost to chip security each year'],
    ['US_POWER_GROWTH', P.US_POWER_GROWTH, 'US power added a year, CP'],
    ['CN_POWER_GROWTH', P.CN_POWER_GROWTH, 'China power added a year, CP'],
    ['ENERGY_CP_PER_B', P.ENERGY_CP_PER_B, 'US power per $B of energy subsidy'],
    ['LOBBY_ENERGY_CP_PER_B', P.LOBBY_ENERGY_CP_PER_B, 'US power per $B of NVIDIA lobbying'],
    ['LOBBY_DECAY', P.LOBBY_DECAY, 'share of lobbying influence kept a year'],
    ['LOBBY_PER_B', P.LOBBY_PER_B, 'influence per $B of lobbying'],
    ['MAX_LOBBY', P.MAX_LOBBY, 'highest lobbying influence'],
    ['CN_BUDGET_GROWTH', P.CN_BUDGET_GROWTH, 'China budget growth a year'],
    ['CN_SAVINGS_CAP', P.CN_SAVINGS_CAP, 'most of next year\'s announced budget China may carry over'],
    ['TENSION_CRISIS', P.TENSION_CRISIS, 'tension at which a crisis ends the game'],
    ['MAX_TRUST', P.MAX_TRUST, 'highest trust'],
    ['PC_ENFORCEMENT', P.PC_ENFORCEMENT, 'political capital per enforcement level'],
    ['PC_INTELLIGENCE', P.PC_INTELLIGENCE, 'political capital for intelligence'],
    ['PC_COLLABORATE', P.PC_COLLABORATE, 'political capital for a collaborate stance'],
    ['PC_CARRY', P.PC_CARRY, 'share of unspent political capital kept'],
    ['LIMITS', JSON.stringify(P.LIMITS), 'lever ranges'],
  ];
  const known = new Set(C.map(([k]) => k));
  const missing = Object.keys(P).filter((k) => k !== 'RULES_VERSION' && !known.has(k));
  if (missing.length) throw new Error(`params.ts has constants the doc does not list: ${missing.join(', ')}`);
  const gone = C.filter(([, v]) => v === undefined).map(([k]) => k);
  if (gone.length) throw new Error(`the doc lists constants params.ts no longer has: ${gone.join(', ')}`);
  for (const [k, v, m] of C) w(`| \`${k}\` | \`${String(v).replace(/\|/g, '\\|')}\` | ${m} |`);
  w();
  w(`Also: tension terms \`TENSION\` in \`src/game/resolve.ts\` (\`${JSON.stringify(TENSION)}\`), summit points \`${JSON.stringify(SUMMIT_POINTS)}\`, scoring weights \`WEIGHTS\` in \`src/game/scoring.ts\` (\`${JSON.stringify({ ...W, nvFinalValuation: Number(W.nvFinalValuation.toFixed(4)) })}\`). Rules version ${P.RULES_VERSION}.`);
  w();
  return out.text();
}
