/**
 * Sections 6 and 7 of docs/rules.md: scoring (yearly points, the final tally, pars and bases and
 * how tools/pars.ts fits them) and who sees what. Weights come from src/game/scoring.ts, the
 * summit points from resolve.ts and the pars from pars.json.
 */
import * as P from '../../src/game/params.js';
import { WEIGHTS as W } from '../../src/game/scoring.js';
import { SUMMIT_POINTS } from '../../src/game/resolve.js';
import { PAR_TABLE } from '../../src/game/pars.js';
import { SCENARIO_IDS } from '../../src/game/scenarios.js';
import { SEATS } from '../../src/game/seats.js';
import { Lines, n, pct } from './format.js';

export function scoringSection(): string {
  const out = new Lines();
  const { w, code } = out;
  const crisis = W.crisisShareOfPar;

  w('## 6. Scoring');
  w();
  w('### 6.1 Points each year');
  w();
  w("Each seat earns points every year against its own objective, from public figures only (K here leaves out uncaught smuggling). `ratio = K_CN / K_US` after the year (with this year's power modifiers, 5.1); `baseline ratio` is the ratio at the start of the game, `baseline valuation` NVIDIA's valuation at the start.");
  w();
  code(
    `US Government = ${W.usgBase} + ${W.usgLead} × log2(baseline ratio / ratio)          (the lead term)`,
    `                + ${W.usgEconomy} × ln(valuation / baseline valuation)`,
    `                + licence fees / ${W.usgFeesPerPoint}`,
    `                − max(0, tension − ${W.usgTensionFree})                          (the tension penalty)`,
    `NVIDIA        = profit / ${W.nvProfitPerPoint} + ${W.nvChinaShare} × NVIDIA sold / (NVIDIA sold + Huawei sold)`,
    `China         = ${W.cnBase} + ${W.cnRatio} × log2(ratio / baseline ratio) + ${W.cnSelfReliance} × self-reliance`,
    `Huawei        = ${W.hwRevenue} × log2(1 + Huawei revenue / ${W.hwRevenueUnit}) + ${W.hwLevel} × tech level + ${W.hwShare} × Huawei sold / (NVIDIA sold + Huawei sold)`,
  );
  w(`**The US Government's lead term** is ${W.usgBase} points a year while the ratio stands where it started, plus ${W.usgLead} points for every halving of K_CN / K_US since the start (a doubling of the US lead), minus ${W.usgLead} for every doubling. China's term mirrors it: ${W.cnBase} points a year, plus ${W.cnRatio} for every doubling of K_CN / K_US since the start, minus ${W.cnRatio} for every halving. (The ratio is floored at 0.000001 inside the logarithms; a share with nothing sold is 0.)`);
  w();
  w(`**The tension penalty.** Tension up to ${W.usgTensionFree} costs the US Government nothing; every point of tension above ${W.usgTensionFree} at the end of the year costs it one point that year — "no runaway arms race" is part of its objective.`);
  w();
  w(`**Huawei's revenue term** counts growth, not size alone: ${W.hwRevenue} points for every doubling of (1 + revenue / $${W.hwRevenueUnit}B). A year with no sales scores 0 here; $${W.hwRevenueUnit}B scores ${n(W.hwRevenue)}, $${3 * W.hwRevenueUnit}B scores ${n(2 * W.hwRevenue)}, $${7 * W.hwRevenueUnit}B scores ${n(3 * W.hwRevenue)}.`);
  w();
  w(`**The summit track** (the \`collaboration\` scenario): a year in which both the US Government and China choose \`collaborate\` adds ${SUMMIT_POINTS.usg} points to the US Government and ${SUMMIT_POINTS.china} to China; a year in which only the US Government comes to the table adds ${SUMMIT_POINTS.usgAlone} points to it (and nothing to China). On the summit track the US Government's hawk stance and its tightening steps also raise tension twice as much (4.1, 5.10).`);
  w();
  w('### 6.2 The final tally, the secrets and the crisis');
  w();
  w("When the game ends, each seat's **raw score** is:");
  w();
  code(
    "raw = points of all years + the seat's base (6.3) × years played / rounds",
    `NVIDIA        += final valuation ($T) / ${n(1 / W.nvFinalValuation, 4)}`,
    `China         += ${W.cnRatio} × log2(K_CN with smuggled chips / K_CN on the board)`,
    `US Government −= ${W.usgLead} × log2(K_CN with smuggled chips / K_CN on the board)`,
    `crisis:  every seat −= its share × its par: US Government ${pct(crisis.usg)}, NVIDIA ${pct(crisis.nvidia)}, China ${pct(crisis.china)}, Huawei ${pct(crisis.huawei)}`,
    `         the capital that pushed hardest that year −= ${pct(W.crisisProvokerShareOfPar)} × its par more`,
    'score = raw / par',
  );
  w('**The base accrues with the years played**, like the points it evens out: a game cut short by a crisis after 5 of 8 years gives each seat 5/8 of its base, so a crisis does not favour the seats with the larger bases. A game that runs its course gives the whole base.');
  w();
  w("The smuggling term is the secret coming to light: China's hidden stock is added to its final-year K (using China's final power, the last year's power modifier and China's final quality), and the swing in the ratio is scored as in the yearly formula, once. The final K values reported for both blocs include the smuggled stock.");
  w();
  w(`**A crisis** (tension ${P.TENSION_CRISIS}) costs every seat a share of its own par — ${pct(crisis.usg)} for the US Government, whose objective includes no runaway arms race, and ${pct(crisis.nvidia)} for the others — so every seat loses in proportion to what it normally scores, and a crisis by itself favours no seat.`);
  w();
  w(`**Brinkmanship does not pay.** In the year the crisis breaks, the tension each capital added by its own choices is counted (the year record keeps it as \`tensionPush\`): for the US Government its tightening steps and its hawk stance; for China its hawk stance, a boycott, smuggling that was caught and an open-weight release. News cards and collaboration are nobody's push. The capital that pushed more — both, if they pushed exactly as much; neither, if only the news did — loses a further ${pct(W.crisisProvokerShareOfPar)} of its par, and the end screen names it. Without this rule the seat that provokes a crisis could win by it: everybody's score collapses, and the provoker's collapses no more than the others'. (Twilight Struggle settles the same question the same way: whoever brings DEFCON to 1 loses.)`);
  w();
  w('The **winner** is the seat with the highest score (raw / par; 1.00 = par). Ties go to the seat listed first: US Government, NVIDIA, China, Huawei. The **bloc view** is the mean score of the US Government and NVIDIA (US) and of China and Huawei (China).');
  w();
  w('### 6.3 Par and base');
  w();
  w("A seat's **par** is its mean raw score in the balance simulation for the scenario, so a score of 1.00 means \"as well as the average bot\". A seat's **base** is a number of points added to its total (in proportion to the years played): it evens out how much the four objectives swing from game to game, so that no seat wins far more often merely because its points vary more. Both are per scenario and seat, stored in `src/game/pars.json`. For a game shorter or longer than the scenario's default, both are scaled by `rounds / default rounds` (the par is never below 1).");
  w();
  w("**How `npm run pars` fits them** (`tools/pars.ts`). For each scenario it plays 2,000 complete games (options `--games N`, at least 100, and `--seed X`, default `pars`; `--scenario S` to refit only some) with a seeded random mix of bot styles, through boardgame.io's own reducer. For each game it keeps, per seat, the **points**: the raw score without the base and without the crisis penalty (the yearly points plus the end-of-game valuation and smuggling terms), and the share of the rounds played. Then:");
  w();
  w('1. Every seat starts with base = max(0, 5 − its lowest points-per-share-played over all games), so each seat\'s raw score is clearly positive.');
  w("2. par is solved from par = mean(points + base × share played − penalty share × par), where a game's penalty share is 0 without a crisis and, in a crisis, the seat's crisis share plus the blame share if its capital pushed hardest (6.2); i.e. par = mean(points + base × share played) / (1 + mean penalty share) — the par is *crisis-aware*: it counts the crisis penalty, which is itself a share of the par. Each game's winner is the seat with the highest raw / par, the raw score counted the same way.");
  w('3. While the most frequent winner wins more than 28% of games or the least frequent less than 22% (up to 400 rounds): raise the top seat\'s base by 4% of its par + 0.5, lower the bottom seat\'s base by 2% of its par (never below 0), and recompute pars and win rates.');
  w('4. The fitted par and base, rounded to two decimals, are written to `src/game/pars.json`.');
  w();
  w('Current values (from `src/game/pars.json`):');
  w();
  w('| scenario | US Government par / base | NVIDIA par / base | China par / base | Huawei par / base |');
  w('|---|---|---|---|---|');
  for (const id of SCENARIO_IDS) {
    const t = PAR_TABLE[id];
    w(`| \`${id}\` | ${SEATS.map((s) => `${n(t[s].par, 2)} / ${n(t[s].base, 2)}`).join(' | ')} |`);
  }
  w();

  w('## 7. Hidden information');
  w();
  w("Each seat sees the game through its own view; spectators see what an outsider would. The server sends each screen only its own view, so a secret never reaches another seat's browser.");
  w();
  w('| information | US Government | NVIDIA | China | Huawei | spectators | after the game |');
  w('|---|---|---|---|---|---|---|');
  w("| this year's news card, the policy, all meters, stocks, K on the board, NVIDIA's and Huawei's cash, the US budgets, points, the year records | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |");
  w("| China's budget | the announced budget | the announced budget | ✓ real (savings included) | the announced budget | the announced budget | ✓ real |");
  w("| NVIDIA's pending order | that it is in | ✓ own | that it is in | that it is in | that it is in | ✓ (orders are revealed at each resolution) |");
  w("| China's pending order | that it is in | that it is in | ✓ own | that it is in | that it is in | ✓ |");
  w("| Huawei's pending order | that it is in | that it is in | that it is in | ✓ own | that it is in | ✓ |");
  w("| China's smuggling spend in a year record | only if caught | only if caught | only if caught | only if caught | only if caught | in the smuggling log |");
  w('| uncaught smuggled stock and the smuggling log | — | — | ✓ | — | — | ✓ |');
  w("| Huawei's progress towards the next level | estimate to the nearest 0.25; exact during a year whose policy bought intelligence | — | ✓ exact | ✓ exact | — | ✓ exact |");
  w("| Huawei's tech level | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |");
  w("| what an order said, in the move log | own only | own only | own only | own only | — | ✓ in the game record (each year's orders are also in the year records) |");
  w('| the order of the remaining event cards | — | — | — | — | — | follows from the seed in the game record |');
  w("| the match's random seed | — | — | — | — | — | in the game record (public once the game is over) |");
  w('| seat credentials | — | — | — | — | — | — (never sent) |');
  w();
  w("**Intelligence** is bought with the year's policy and shows the exact progress **during the year it was bought**: from the moment the US Government sets that policy until the year resolves, i.e. the progress Huawei starts the year with (after this year's news). Once the year resolves (and until next year's policy is set) the US Government sees the estimate again: the result of this year's R&D is seen exactly only with next year's intelligence, bought again.");
  w();
  w("**China's budget.** The other seats see the announced budget (5.6), never the real one: China's savings are what its spending left over, and part of that spending (an uncaught smuggling shipment) is secret. The year summary never mentions uncaught smuggling. At the end, the final tally (6.2) and the end screen reveal every secret.");
  w();
  return out.text();
}
