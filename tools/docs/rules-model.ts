/**
 * Section 5 of docs/rules.md: every formula the computer uses to settle a year, with the
 * constants of src/game/params.ts. Each formula is written against src/game/resolve.ts,
 * market.ts and model.ts; the worked example (section 11) checks them against the engine.
 */
import * as P from '../../src/game/params.js';
import { climbTechLevels, TENSION } from '../../src/game/resolve.js';
import { initialState, parseSetup } from '../../src/game/setup.js';
import { SCENARIOS } from '../../src/game/scenarios.js';
import { EXPORT_TIERS } from '../../src/game/types.js';
import { Lines, n, pct } from './format.js';

export function modelSection(): string {
  const out = new Lines();
  const { w, code } = out;
  const OW = P.OPEN_WEIGHTS_EFFECT;
  const B = SCENARIOS['2026-h200'];

  w('## 5. The model: every formula');
  w();
  w('`min`, `max` and `clamp(x, lo, hi)` have their usual meaning; `log2` is the base-2 logarithm and `ln` the natural one. "This year\'s modifiers" are the one-year effects of the news card (all neutral unless a card says otherwise). The engine computes logarithms and whole powers with its own portable functions (`src/game/portable-math.ts`, built from + − × ÷ alone), so that every browser and server gets the same bits and a game record replays exactly; their results agree with the textbook functions except, at most, in the last digits.');
  w();
  w('### 5.1 Compute, depreciation and K');
  w();
  code(
    `C(next year) = C × (1 − ${P.DEPRECIATION}) + installed this year`,
    'usable compute = min(C, power capacity × this year\'s power modifier / power per CP)',
    'K = usable compute × Q',
  );
  w(`Chips lose ${pct(P.DEPRECIATION)} of their stock value each year. Power capacity is counted in CP of NVIDIA-class chips it can run. The power modifier is 1 unless the news says otherwise: a *Grid crunch* card cuts US power by 12% for the year, which lowers the US usable compute — and so K on the board and the year\'s points — that year; the power itself is back the next year.`);
  w();
  w('**US power.** Every US chip is an NVIDIA chip: 1 unit of power per CP, so `usable_US = min(C_US, power_US × modifier)`.');
  w();
  w(`**China\'s mixed stock.** China\'s stock has NVIDIA chips (1 power per CP) and Huawei chips, which need **${P.HW_POWER_PER_CP}×** the power per CP. China\'s power per CP is the weighted mean:`);
  w();
  code(
    'C_CN = NVIDIA stock + Huawei stock',
    `power per CP = (NVIDIA stock + ${P.HW_POWER_PER_CP} × Huawei stock) / C_CN`,
    'usable_CN = min(C_CN, power_CN × modifier / power per CP)',
  );
  w(`Power grows each year: US by ${P.US_POWER_GROWTH} CP + ${P.ENERGY_CP_PER_B} CP per $B of energy subsidy + ${P.LOBBY_ENERGY_CP_PER_B} CP per $B of NVIDIA lobbying (the "pro-energy" appeal); China by ${P.CN_POWER_GROWTH} CP. China starts with far more power than chips (${B.cn.power} CP of power for ${n(B.cn.foreign + B.cn.domestic)} CP of chips), so the extra power Huawei\'s chips need rarely limits China; the US stock, by contrast, runs close to its power (${B.us.compute} CP of chips, ${B.us.power} CP of power at the start), which is why energy matters so much to NVIDIA and the US Government.`);
  w();
  w('The K shown on the board leaves out China\'s smuggled chips that were never caught (only China knows about them). The final tally puts them back (section 6.2).');
  w();
  w('### 5.2 Model quality');
  w();
  code(
    `Q_US(next) = Q_US + ${P.QUALITY_GAIN} × log2(1 + new usable compute (US)) + open-weight gain (US)`,
    `Q_CN(next) = Q_CN + ${P.QUALITY_GAIN} × log2(1 + new usable compute (China)) + open-weight gain (China) × gap factor`,
    'new usable compute (US)    = chips installed in the US this year × (usable share of the US stock)',
    'new usable compute (China) = (NVIDIA + Huawei chips China bought this year) × (usable share of China\'s stock)',
    'usable share = usable compute after this year\'s installs / C after this year\'s installs   (with this year\'s power modifier)',
    `gap factor = clamp((Q_US(next) − Q_CN) / ${P.OPEN_WEIGHTS_FULL_GAP}, ${P.OPEN_WEIGHTS_MIN_FACTOR}, 1)`,
  );
  w(`Smuggled chips add no quality. The US quality is updated first. Open-weight releases add to Q: *release* +${OW.release.cnQuality} to China and +${OW.release.usQuality} to the US, *major* +${OW.major.cnQuality} and +${OW.major.usQuality} (open models help everyone, China most). China\'s gain is scaled by the **gap factor**: open models close a gap, so the release lifts China\'s Q in full while the US leads by ${P.OPEN_WEIGHTS_FULL_GAP} in Q or more (measured between the US\'s new Q and China\'s Q before this year\'s gain), and by less as the gap closes — never by less than ${pct(P.OPEN_WEIGHTS_MIN_FACTOR)} of it, which is what a release adds once China\'s models are level or ahead. The US gain is never scaled.`);
  w();
  w('| US lead in Q (Q_US(next) − Q_CN) | gap factor | China\'s gain from a *release* / a *major* release |');
  w('|---|---|---|');
  const floorLead = P.OPEN_WEIGHTS_FULL_GAP * P.OPEN_WEIGHTS_MIN_FACTOR;
  const rows: [number, string][] = [
    [P.OPEN_WEIGHTS_FULL_GAP, `${n(P.OPEN_WEIGHTS_FULL_GAP)} or more`],
    [P.OPEN_WEIGHTS_FULL_GAP / 2, n(P.OPEN_WEIGHTS_FULL_GAP / 2)],
    [floorLead, `${n(floorLead)} or less (models level, or China ahead, included)`],
  ];
  for (const [lead, label] of rows) {
    const factor = Math.min(1, Math.max(P.OPEN_WEIGHTS_MIN_FACTOR, lead / P.OPEN_WEIGHTS_FULL_GAP));
    w(`| ${label} | ${n(factor)} | +${n(OW.release.cnQuality * factor)} / +${n(OW.major.cnQuality * factor)} |`);
  }
  w();
  w('### 5.3 NVIDIA\'s output');
  w();
  code(
    'output this year = NVIDIA output × this year\'s output modifier',
    `output next year = NVIDIA output × (1 + min(${P.NV_MAX_GROWTH}, ${P.NV_BASE_GROWTH} + ${P.NV_RND_GROWTH_PER_B} × R&D + ${P.NV_FAB_GROWTH_PER_B} × US fab subsidy))`,
  );
  w('Output is counted in CP of current-generation chips. The growth applies to the underlying output, not to this year\'s modified figure.');
  w();
  w('### 5.4 The market, in order');
  w();
  w('The market settles China\'s new chips. It runs in this order:');
  w();
  w('**Step 1 — does the rule allow sales?** Sales are allowed unless the tier is `embargo`, or the tier is `compliant` and NVIDIA did not pay for the compliant design.');
  w();
  w('**Step 2 — NVIDIA\'s China allocation.**');
  w();
  code(
    'wanted     = output × China share / 100            (0 if the rule allows no sales)',
    'cap limit  = output × cap / (100 + cap)            (the whole output if there is no cap)',
    'allocation = min(wanted, cap limit)',
  );
  w('The cap is a share of NVIDIA\'s *US* volume: with a 50% cap, China may get at most 50 units for every 100 that stay in the US, which is 50/150 = one third of output.');
  w();
  w('**Step 3 — tier yield and price.** An allocation is counted in units of output. Each tier turns a unit of output into compute at its own rate, and has its own list price:');
  w();
  w('| tier | CP per unit of output (yield) | list price, $B per CP delivered |');
  w('|---|---|---|');
  for (const t of EXPORT_TIERS) w(`| \`${t}\` | ${P.TIER_YIELD[t]} | ${P.TIER_PRICE[t]} |`);
  w();
  code(
    'offered = allocation × yield',
    'price   = list price × China price / 100',
  );
  w('**Step 4 — trust and delivery.**');
  w();
  code(
    `trust factor = 0 if trust ≤ 0;  0.5 if trust < ${P.TRUST_HALF};  1 otherwise`,
    'available    = offered × trust factor × delivery multiplier',
  );
  w('The delivery multiplier is 1 unless a card says otherwise (*Customs blocks imports* 0.5, *Export license delays* 0.6).');
  w();
  w('**Step 5 — Huawei\'s capacity and sales.**');
  w();
  code(
    `perf per million chips = ${P.HW_PERF_BASE} × ${P.HW_PERF_STEP}^level  (× ${P.AGGREGATION_OUTPUT} with aggregation)`,
    'Huawei capacity (CP)   = million chips of capacity × this year\'s capacity modifier × perf',
    'Huawei sold            = min(China\'s Huawei spending / Huawei price, Huawei capacity)',
  );
  w('**Step 6 — the mandate limit.** The mandate is the larger of China\'s own mandate and any floor set by a card (*Domestic procurement enforced*: 30%).');
  w();
  code(
    'mandate limit = no limit                                       if mandate = 0',
    '              = 0                                              if mandate = 100',
    '              = Huawei sold × (100 − mandate) / mandate        otherwise',
  );
  w('So with a 50% mandate China may buy at most as much NVIDIA compute as it bought Huawei compute.');
  w();
  w('**Step 7 — boycott and NVIDIA\'s sales.**');
  w();
  code(
    'demand       = China\'s NVIDIA spending / price         (0 if China boycotts)',
    'NVIDIA sold  = min(demand, available, mandate limit)',
    'unsold allocation = allocation − NVIDIA sold / yield   (in units of output)',
  );
  w('The year summary names what held NVIDIA\'s sales back, checking in this order: the rule, a boycott, the cap, low trust, the mandate, supply, China\'s budget.');
  w();
  w('### 5.5 NVIDIA\'s US sales, the glut, revenue and the licence fee');
  w();
  code(
    `US price      = ${P.US_PRICE} × this year's US price modifier        ($B per CP)`,
    'US supply     = (output − allocation) + unsold allocation   (unsold allocation is written off under `compliant`)',
    `US demand     = output × ${P.US_DEMAND_SHARE}`,
    `US revenue    = min(supply, demand) × US price + max(0, supply − demand) × US price × ${P.GLUT_PRICE_FACTOR}`,
    'China revenue = NVIDIA sold × price',
    'licence fee   = China revenue × fee / 100                   (goes to next year\'s US subsidy budget)',
    'revenue       = US revenue + China revenue − licence fee',
    `profit        = revenue − ${P.NV_COST_PER_CP} × output − (lobbying + R&D + design)`,
    `cash(next)    = cash − (lobbying + R&D + design) + revenue − ${P.NV_COST_PER_CP} × output`,
  );
  w(`US buyers take ${pct(P.US_DEMAND_SHARE)} of NVIDIA\'s output at list price; anything beyond that is a **glut** and sells at ${pct(P.GLUT_PRICE_FACTOR)} of the price. Unsold China chips return to the US market — except compliant (H20-class) chips, which nobody in the US wants: they are written off. All of the US supply, the glut included, is installed in the US stock.`);
  w();
  w('### 5.6 China\'s budget');
  w();
  w('China pays for what it actually got; unspent purchase money stays in the budget:');
  w();
  code(
    'left over = budget − (NVIDIA spending + Huawei spending + subsidy + smuggling + open-weight cost)',
    '                   + (NVIDIA spending − China revenue of NVIDIA) + (Huawei spending − Huawei revenue)',
    `announced budget of year y = scenario budget × (1 + ${P.CN_BUDGET_GROWTH})^(y − 1)          (year 1: the scenario\'s budget)`,
    `budget(next) = announced(next) + min(max(0, left over), ${P.CN_SAVINGS_CAP} × announced(next))`,
  );
  w(`China may carry over at most ${pct(P.CN_SAVINGS_CAP)} of next year\'s announced budget. **Only China sees its real budget.** The other seats and spectators see the *announced* budget: what China has left over depends on what it spent in secret (an uncaught smuggling shipment is never revealed), so showing its savings would betray the secret. Checks on China\'s order use its real budget; at the end of the game everything is shown.`);
  w();
  w('### 5.7 Smuggling');
  w();
  code(
    `smuggled CP      = smuggling spend / (${P.US_PRICE} × ${P.SMUGGLING_PRICE_FACTOR})         (${P.SMUGGLING_PRICE_FACTOR}× the US list price)`,
    `chance of capture = clamp(${P.DETECT_BASE} + ${P.DETECT_PER_ENFORCEMENT} × enforcement + (${P.DETECT_CHIP_SECURITY} if chip security) + card bonus, 0, 0.95)`,
  );
  w(`One draw of the match\'s seeded random source decides. **Caught:** the money is lost, the seizure is announced, tension +${TENSION.caughtSmuggling}, and the US Government gets +1 political capital next year. **Not caught:** the CP join China\'s *secret* smuggled stock, which ages like installed chips: \`secret stock(next) = secret stock × ${1 - P.DEPRECIATION} + this year\'s uncaught shipment\` — the shipment arrives whole, like any chip installed this year, and starts to age the next year. The secret stock is never shown on the board, adds nothing to quality, and counts only in the final tally. The card *Smuggling ring exposed* adds +0.3 to the chance for one year.`);
  w();
  w('### 5.8 Huawei');
  w();
  code(
    'chips sold (millions) = Huawei sold / perf per million chips',
    `cash(next)  = cash − R&D − capacity + Huawei revenue − chips sold × ${P.HW_COST_PER_MCHIP} (× ${P.AGGREGATION_COST} with aggregation)`,
    `level cost(L)  = ${P.HW_LEVEL_COST} × ${P.HW_LEVEL_COST_GROWTH}^L   ($B to climb from level L to L + 1)`,
    `R&D money      = R&D + ${P.SUBSIDY_EFFICIENCY} × China's subsidy + ${P.HW_REVENUE_LEARNING} × Huawei revenue`,
    'money          = progress × level cost(level) + R&D money          ($B towards the next level)',
    'while money ≥ level cost(level) and level < ' + P.HW_MAX_LEVEL + ':   money −= level cost(level);  level += 1',
    'progress(next) = money / level cost(level)                          (0 at the maximum level)',
    `capacity(next) = capacity + ${P.HW_CHIPS_PER_B} × capacity spend   (million chips a year)`,
  );
  w(`R&D is carried in **dollars**: progress is the share of the next level\'s price already paid, and every level costs its own price, however much money arrives in one year. When the money reaches the price of the next level, Huawei climbs it (a public launch) and the rest of the money goes towards the level after, at that level\'s higher price; several levels can fall in one year. The maximum level is ${P.HW_MAX_LEVEL}; there progress stays at 0. Huawei\'s own revenue feeds its R&D (${pct(P.HW_REVENUE_LEARNING)} of it, "learning by selling") — this is how selling NVIDIA chips to China "takes the air out" of Huawei, and how a mandate builds the "temporary bridge". China\'s subsidy goes straight into progress at ${pct(P.SUBSIDY_EFFICIENCY)} efficiency; it never passes through Huawei\'s cash. The *Huawei super-cluster* card adds 0.3 to progress at the news (30% of the current level\'s price). Huawei\'s cash can go negative if it sells below cost (at level 0 a CP costs $${n(P.HW_COST_PER_MCHIP / P.HW_PERF_BASE)}B to make).`);
  w();
  w(climbExample());
  w();
  w('| level | perf: CP per million chips (H100e per chip) | cost to reach the next level |');
  w('|---|---|---|');
  for (let l = 0; l <= P.HW_MAX_LEVEL; l++) {
    w(`| ${l} | ${n(P.HW_PERF_BASE * P.HW_PERF_STEP ** l, 3)}${l === 0 ? '' : ''} | ${l < P.HW_MAX_LEVEL ? '$' + n(P.HW_LEVEL_COST * P.HW_LEVEL_COST_GROWTH ** l, 2) + 'B' : '— (maximum)'} |`);
  }
  w();
  w('### 5.9 Stocks, power and quality at the end of the year');
  w();
  code(
    `C_US(next)          = C_US × ${1 - P.DEPRECIATION} + US supply (section 5.5)`,
    `China NVIDIA stock  = stock × ${1 - P.DEPRECIATION} + NVIDIA sold`,
    `China Huawei stock  = stock × ${1 - P.DEPRECIATION} + Huawei sold`,
    `power_US(next)      = power_US + ${P.US_POWER_GROWTH} + ${P.ENERGY_CP_PER_B} × energy subsidy + ${P.LOBBY_ENERGY_CP_PER_B} × NVIDIA lobbying`,
    `power_CN(next)      = power_CN + ${P.CN_POWER_GROWTH}`,
    'then Q for both blocs (section 5.2), then K (section 5.1, with this year\'s power modifier)',
    'self-reliance       = China\'s Huawei stock / (NVIDIA stock + Huawei stock)   (smuggled chips not counted)',
  );
  w('### 5.10 The meters');
  w();
  w(`**Trust** (China\'s trust in NVIDIA, 0–${P.MAX_TRUST}), after the market:`);
  w();
  w('| cause | change |');
  w('|---|---|');
  w(`| chip-security requirement in force | −${P.CHIP_SECURITY_TRUST} |`);
  w('| NVIDIA sold China chips at no more than list price (China price ≤ 100%) | +0.5 |');
  w('| US stance collaborate | +0.5 |');
  w('| US stance hawk | −0.5 |');
  w('| card *Backdoor allegation* (at the news, so it already bites this year) | −2 |');
  w();
  w(`Trust is clamped to 0–${P.MAX_TRUST}. Below ${P.TRUST_HALF}, Chinese buyers take at most half of what NVIDIA offers; at 0, none.`);
  w();
  w(`**Tension** (0–${P.TENSION_CRISIS}). Every term of the year is added up, then the total is clamped to 0–${P.TENSION_CRISIS}:`);
  w();
  w('| term | change | whose push |');
  w('|---|---|---|');
  w(`| each tightening step of this year's policy | +${TENSION.perTighteningStep} (at most +${TENSION.maxTightening} a year); doubled on the summit track | US |`);
  w(`| US stance hawk | +${TENSION.usgHawk} (+${TENSION.usgHawk * 2} on the summit track) | US |`);
  w(`| China stance hawk | +${TENSION.cnHawk} | China |`);
  w(`| a smuggling shipment caught | +${TENSION.caughtSmuggling} | China |`);
  w(`| China boycotts NVIDIA | +${TENSION.boycott} | China |`);
  w(`| China open-weight release / major release | +${OW.release.tension} / +${OW.major.tension} | China |`);
  w(`| both the US and China collaborate | ${n(TENSION.bothCollaborate)} (${n(TENSION.bothCollaborate + TENSION.summitBonus)} on the summit track) | — |`);
  w(`| only one of them collaborates | ${n(TENSION.oneCollaborates)} | — |`);
  w('| news cards | *Open-weight breakthrough* +0.5, *Smuggling ring exposed* +0.5, *Rare-earth retaliation* +0.7, *Tariff shock* +1, *Summit invitation* −1.5 | — |');
  if (TENSION.yearlyEase) w(`| every year | ${n(TENSION.yearlyEase)} | — |`);
  w();
  w(`**Crisis:** if tension is ${P.TENSION_CRISIS} after resolution, the game ends at once and every seat loses points (section 6.2) — the arms-race warning — and the capital whose own pushes that year (the last column) were larger loses more.`);
  w();
  w(`**Lobbying influence** (0–${P.MAX_LOBBY}): \`influence(next) = clamp(influence × ${P.LOBBY_DECAY} + ${P.LOBBY_PER_B} × lobbying, 0, ${P.MAX_LOBBY})\`. Rounded (at least 1), it is the political-capital price of each tightening step. The *Lobbying blitz* card adds 1.5 at the news.`);
  w();
  w('**NVIDIA valuation** ($T):');
  w();
  code(
    'growth       = revenue / last year\'s revenue − 1',
    'China share  = NVIDIA sold / (NVIDIA sold + Huawei sold)      (0 if China bought nothing new)',
    'valuation(next) = max(0.5, valuation × (1 + 0.5 × clamp(growth, −0.5, 0.5))',
    '                                     × (1 + 0.05 × (China share − 0.3))',
    '                                     × (1 − open-weight hit))',
  );
  w(`The open-weight hit is ${OW.release.valuationHit} for a release and ${OW.major.valuationHit} for a major release (the January 2025 shock took about 17% in a day). Cards can cut the valuation too (*Open-weight breakthrough* ×0.92, *Valuation wobble* ×0.9).`);
  w();
  w('**Huawei tech level** (0–5) and **self-reliance** are described above; both are public. Huawei\'s progress towards the next level is secret (section 7).');
  w();
  w('### 5.11 Next year\'s purses');
  w();
  code(
    `political capital(next) = scenario's yearly capital (${B.politicalCapital}) + ${P.PC_CARRY} × unspent capital + (1 if smuggling was caught)`,
    `US subsidy budget(next) = scenario's yearly budget ($${B.usgBudget}B) + licence fees collected this year`,
    'China\'s budget(next)    = section 5.6',
    'NVIDIA\'s and Huawei\'s cash carry over in full',
  );
  w('Unspent subsidy budget does not carry over.');
  w();
  w('### 5.12 The order of resolution');
  w();
  w('1. NVIDIA pays lobbying, R&D and design; Huawei pays R&D and capacity.');
  w('2. The market clears (5.4); NVIDIA\'s and Huawei\'s revenues.');
  w('3. NVIDIA\'s US sales, licence fee, revenue, profit and cash (5.5).');
  w('4. China pays for what it got (5.6).');
  w('5. Smuggling is checked (5.7).');
  w('6. Huawei: chip costs, R&D progress, levels, capacity (5.8).');
  w('7. Stocks, power, quality (5.9).');
  w('8. Trust, tension, lobbying influence, valuation, NVIDIA output growth (5.10, 5.3).');
  w('9. Next year\'s political capital and budgets (5.11).');
  w('10. Points for the year (6.1), from figures everybody can see.');
  w('11. The year record and its summary are written; then the crisis / last-year check.');
  w();
  return out.text();
}

/**
 * A climb of several levels in one year, worked by hand and checked against the engine's
 * climbTechLevels, so that the example stays true when the level prices are recalibrated.
 */
function climbExample(): string {
  const start = { level: 0, progress: 0.6, money: 35 };
  const cost = (level: number) => P.HW_LEVEL_COST * P.HW_LEVEL_COST_GROWTH ** level;
  const carried = start.progress * cost(start.level);
  let money = carried + start.money;
  let level = start.level;
  const steps: string[] = [];
  while (level < P.HW_MAX_LEVEL && money >= cost(level)) {
    steps.push(`level ${level} → ${level + 1} costs $${n(cost(level), 2)}B, leaving $${n(money - cost(level), 2)}B`);
    money -= cost(level);
    level += 1;
  }
  const progress = level >= P.HW_MAX_LEVEL ? 0 : money / cost(level);

  const setup = parseSetup({ scenario: '2026-h200' });
  if (!setup.ok) throw new Error(setup.error);
  const G = initialState(setup.value);
  G.meters.huaweiLevel = start.level;
  G.secret.huaweiProgress = start.progress;
  climbTechLevels(G, start.money);
  if (G.meters.huaweiLevel !== level || Math.abs(G.secret.huaweiProgress - progress) > 1e-12) {
    throw new Error(`climb example: hand level ${level} progress ${progress}, engine ${G.meters.huaweiLevel} ${G.secret.huaweiProgress}`);
  }
  return (
    `*Example.* Huawei is at level ${start.level} with progress ${start.progress} and this year\'s R&D money is $${start.money}B. ` +
    `Already paid: ${start.progress} × $${n(cost(start.level), 2)}B = $${n(carried, 2)}B, so the money is $${n(carried + start.money, 2)}B: ${steps.join('; ')}. ` +
    `Huawei ends the year at level ${level} with progress ${n(money, 2)} / ${n(cost(level), 2)} = ${n(progress, 4)}. ` +
    'The money left after a launch counts towards the next level at that level\'s own, higher price.'
  );
}
