/**
 * Sections 1–4 of docs/rules.md: what the game is, the seats, the year, and every lever with its
 * range and cost. Ranges and costs are read from the rules code; the prose is written against it.
 */
import * as P from '../../src/game/params.js';
import { TENSION } from '../../src/game/resolve.js';
import { SCENARIOS } from '../../src/game/scenarios.js';
import { MIN_ROUNDS, MAX_ROUNDS } from '../../src/game/setup.js';
import { EXPORT_TIERS, VOLUME_CAPS, LICENSE_FEES } from '../../src/game/types.js';
import { cap, Lines } from './format.js';

export function playSections(): string {
  const out = new Lines();
  const { w, code } = out;
  const OW = P.OPEN_WEIGHTS_EFFECT;
  const B = SCENARIOS['2026-h200'];

  w('## 1. What the game is');
  w();
  w('Compute Race is a four-seat strategy game about one question: should America sell advanced AI chips to China? It takes the arguments of a public commentary on the chip-export debate and turns each one into a rule you can play, test and argue over.');
  w();
  w('The game rests on one idea from that commentary: a nation\'s strength in AI is its **intelligent capital stock**,');
  w();
  w('> **K = usable compute × model quality**');
  w();
  w('Compute is counted in *compute points* (CP): 1 CP is one million H100-equivalents. Every chip adds its H100-equivalents, whatever its generation — performance is *aggregatable*. Usable compute is the part of the stock a country can power. Model quality Q is a multiplier that grows as new compute is put to work and as open-weight models are released.');
  w();
  w('The board shows two blocs: the **US** (the US Government and NVIDIA\'s American sales) and **China** (China, Huawei, and every chip China installs — NVIDIA\'s included). Both K values and their history are on the board all game.');
  w();
  w('The commentary\'s arguments, and how the game turns them into rules (section 10 has the full table):');
  w();
  w('- Selling advanced GPUs arms a rival with "a country of geniuses in a data center" — so every NVIDIA chip China installs counts in China\'s K, and the US Government scores on the US lead in K.');
  w('- Supplying China "takes the air out" of Huawei — so Huawei pays for its R&D partly out of its sales: every NVIDIA chip China buys is a Huawei chip it did not.');
  w('- H200 sales give China real compute but will not change its push for self-reliance — so the previous-generation tier sells real compute, and China scores on self-reliance and can mandate domestic chips.');
  w('- NVIDIA\'s praise for a "pro-energy" government is a lobbying appeal — so lobbying makes every tightening step cost the US Government more political capital, and power caps usable compute.');
  w('- A "sliding scale" is dangerous because performance is aggregatable — so older chips add to K like any other, and the volume cap is the only brake.');
  w('- China counters with open-source models — so open-weight releases raise China\'s Q and cut NVIDIA\'s valuation.');
  w('- China refused the H20 over backdoor fears — so a trust meter falls with chip-security requirements and backdoor news, and China may boycott NVIDIA.');
  w('- Dependency on American hardware is a lever (Jensen Huang) — so the open-market scenario plays that thesis out, and NVIDIA scores on its China share.');
  w('- Selling to Chinese giants is a "temporary bridge" to domestic suppliers — so China\'s domestic-purchase mandate shifts buying to Huawei, whose sales fund its climb.');
  w('- "An offer they can\'t refuse" fuels an arms race; others call for collaboration — so hawkish stances raise a tension meter, joint collaboration lowers it, and at 10 a crisis ends the game and every seat loses, the capital that pushed it over the edge most of all.');
  w();
  w(`A game lasts ${B.rounds} years by default (${B.startYear}–${B.startYear + B.rounds - 1}); a match may choose ${MIN_ROUNDS} to ${MAX_ROUNDS}. Each seat can be a person, a team sharing one seat, or a bot.`);
  w();

  w('## 2. The four seats');
  w();
  w('| seat (player ID) | wants | levers | scores each year on |');
  w('|---|---|---|---|');
  w('| **US Government** (0) | the US ahead in K, a strong US tech economy, no runaway arms race | export tier, volume cap, licence fee, chip-security requirement, enforcement, fab and energy subsidies, stance, intelligence | the US lead in K since the start, NVIDIA\'s valuation, licence fees collected, tension kept low; on the summit track, coming to the table |');
  w('| **NVIDIA** (1) | revenue, valuation, market share (China included) | share of output offered to China, China price, lobbying, R&D, a China-compliant design | profit, share of China\'s new chips; final valuation at the end |');
  w('| **China** (2) | close the K gap, self-reliance | spending on NVIDIA and Huawei chips, subsidy to Huawei, domestic-purchase mandate, open-weight releases, smuggling, boycott, stance | how far K_CN / K_US has moved since the start, self-reliance |');
  w('| **Huawei** (3) | domestic market share, technology level, revenue | R&D, fab and HBM capacity, price, cluster aggregation | revenue, tech level, share of China\'s new chips |');
  w();
  w('The US Government moves first and in public; NVIDIA, China and Huawei then order at the same time, in secret. For teams, a **bloc score** is also shown at the end: the US bloc is the mean of the US Government\'s and NVIDIA\'s scores, the China bloc the mean of China\'s and Huawei\'s.');
  w();

  w('## 3. A year');
  w();
  w('Every year (a *round*) has four steps.');
  w();
  w('1. **News.** One event card is turned over (section 9). Its effect applies at once: some effects are permanent (for example, US power +6), others change only this year (for example, half of China\'s NVIDIA purchases fail). The deck is shuffled by the match\'s seeded random source the first time a card is needed — never at setup, because the setup state is sent to every player. Some scenarios put a chosen *opening card* on top. If the deck runs out it is reshuffled.');
  w('2. **Policy (US Government, public).** The US Government sets this year\'s policy — all nine levers at once — and everyone sees it. Until it does, last year\'s policy is the one in force. Once set, it cannot be changed this year. Tightening costs political capital (section 4.1).');
  w('3. **Orders (NVIDIA, China, Huawei — secret and simultaneous).** The three seats order at the same time. Each sees only *that* the others have ordered, never *what*. A seat may revise its order as often as it likes **until the last of the three is in**: the moment the third order arrives, the year resolves.');
  w('4. **Resolution (automatic).** The computer settles the year in a fixed order (section 5.12): the market clears, smuggling is checked, Huawei spends and learns, stocks, power and quality update, the meters move, next year\'s budgets are set and points are scored. A plain-language summary of the year is written to the log, and the orders are revealed — except China\'s smuggling spend, which is revealed only if the shipment was caught. (For the same reason the other seats never see China\'s savings: they see China\'s *announced* budget, section 5.6.)');
  w();
  w(`After resolution, if tension has reached ${P.TENSION_CRISIS} the game ends at once in a **crisis** (every seat loses, and the capital that pushed tension hardest that year loses most, 6.2); if this was the last year the game ends normally; otherwise the next year begins with the news.`);
  w();
  w('**Turn timers.** A match may run with a timer per phase. When the deadline passes, the server plays the seat\'s *default order* for every seat that has not acted (the host can pause and resume the timer). The defaults are always legal:');
  w();
  w('| seat | default at the deadline |');
  w('|---|---|');
  w(`| US Government | last year's rule unchanged (so no tightening cost), enforcement kept at last year's level if it can still pay for it (otherwise as much as it can), no subsidies, stance neutral, no intelligence |`);
  w(`| NVIDIA | China share 20% (0 under an embargo), China price 100%, no lobbying, R&D $min(10, cash − 1)B (not below 0), the compliant design only when the tier is compliant and cash is at least $1B |`);
  w(`| China | 40% of its budget on NVIDIA chips, 30% on Huawei chips, 10% as a subsidy to Huawei, no mandate, no open weights, no smuggling, no boycott, stance neutral |`);
  w(`| Huawei | 40% of its cash on R&D, 30% on capacity, price $15B per CP, no aggregation |`);
  w();
  w('(Money amounts in defaults are rounded down to $0.1B.)');
  w();

  w('## 4. The levers');
  w();
  w('Money is in billions of dollars ($B); compute in CP. An order that breaks a rule is refused with a reason shown only to the seat that sent it, and nothing changes. The reasons have codes: `BAD_SHAPE` (malformed), `OUT_OF_RANGE`, `LEVER_LOCKED` (the scenario or the export rule forbids it), `OVER_BUDGET`, `NO_CAPITAL` (not enough political capital), `NOT_YOUR_TURN`, `GAME_OVER`, `UNKNOWN_MOVE`.');
  w();
  w('### 4.1 US Government: the policy');
  w();
  w('| lever | values | cost |');
  w('|---|---|---|');
  w(`| export tier | ${EXPORT_TIERS.map((t) => '`' + t + '`').join(' / ')} (strictest first) | tightening steps, below |`);
  w(`| volume cap on China sales | ${VOLUME_CAPS.map(cap).join(' / ')} of NVIDIA's US volume (loosest first) | tightening steps, below |`);
  w(`| licence fee on China revenue | ${LICENSE_FEES.map((f) => f + '%').join(' / ')} | free |`);
  w('| chip-security requirement (location verification, remote disable) | on / off | switching it on is a tightening step |');
  w(`| enforcement against smuggling | ${P.LIMITS.enforcement.min}–${P.LIMITS.enforcement.max}, whole numbers | ${P.PC_ENFORCEMENT} political capital per level, **every year** |`);
  w(`| fab subsidy | $${P.LIMITS.usgSubsidy.min}–${P.LIMITS.usgSubsidy.max}B | from the year's subsidy budget |`);
  w(`| energy subsidy | $${P.LIMITS.usgSubsidy.min}–${P.LIMITS.usgSubsidy.max}B | from the year's subsidy budget (fab + energy ≤ budget) |`);
  w(`| stance | \`hawk\` / \`neutral\` / \`collaborate\` | collaborate costs ${P.PC_COLLABORATE} political capital |`);
  w(`| intelligence (see Huawei's exact R&D progress for the rest of this year) | on / off | ${P.PC_INTELLIGENCE} political capital |`);
  w();
  w('Each scenario may **lock** some values of the tier, cap, fee and chip-security levers (section 8).');
  w();
  w('**Tightening steps** compare the new policy with the one in force (last year\'s):');
  w();
  code(
    'steps = (how many places stricter the tier is, in embargo < compliant < previous-gen < open)',
    '      + (how many places lower the cap is, in none < 50% < 25% < 10%)',
    '      + (1 if chip security is switched on)',
    "price per step = max(1, round(NVIDIA's lobbying influence))",
    `political capital = steps × price per step + ${P.PC_ENFORCEMENT} × enforcement + (${P.PC_INTELLIGENCE} if intelligence) + (${P.PC_COLLABORATE} if stance = collaborate)`,
  );
  w(`Loosening is free. The policy is refused (\`NO_CAPITAL\`) if it costs more than the political capital available, and (\`OVER_BUDGET\`) if fab + energy subsidies exceed the subsidy budget. Tightening also adds **tension**: +${TENSION.perTighteningStep} per step, at most +${TENSION.maxTightening} a year — doubled on the summit track (the \`collaboration\` scenario), where tightening in the middle of talks costs twice as much (at most +${2 * TENSION.maxTightening}). Political capital and the subsidy budget are paid the moment the policy is set.`);
  w();
  w('### 4.2 NVIDIA');
  w();
  w('| lever | range | cost |');
  w('|---|---|---|');
  w(`| China share: % of this year's output offered to China | ${P.LIMITS.nvChinaShare.min}–${P.LIMITS.nvChinaShare.max}%, steps of ${P.LIMITS.nvChinaShare.step}; must be 0 under an embargo | — |`);
  w(`| China price: % of the tier's list price | ${P.LIMITS.nvChinaPrice.min}–${P.LIMITS.nvChinaPrice.max}%, steps of ${P.LIMITS.nvChinaPrice.step} | — |`);
  w(`| lobbying | $${P.LIMITS.nvLobbying.min}–${P.LIMITS.nvLobbying.max}B | cash |`);
  w(`| R&D | $${P.LIMITS.nvRnd.min}–${P.LIMITS.nvRnd.max}B | cash |`);
  w(`| compliant design (the only way to sell under the \`compliant\` tier) | yes / no | $${P.COMPLIANT_DESIGN_COST}B cash |`);
  w();
  w('Lobbying + R&D + design must not exceed NVIDIA\'s cash (a negative cash balance counts as 0).');
  w();
  w('### 4.3 China');
  w();
  w('| lever | range | cost |');
  w('|---|---|---|');
  w('| spending offered for NVIDIA chips | $0 or more | budget (unspent money comes back) |');
  w('| spending offered for Huawei chips | $0 or more | budget (unspent money comes back) |');
  w('| subsidy to Huawei\'s R&D | $0 or more | budget |');
  w(`| domestic-purchase mandate: % of this year's new chips that must be Huawei's | ${P.LIMITS.cnMandate.min}–${P.LIMITS.cnMandate.max}%, steps of ${P.LIMITS.cnMandate.step} | — |`);
  w(`| open-weight release (its lift to China\'s Q shrinks as China\'s models catch up, 5.2) | none / release / major | $${OW.none.cost} / $${OW.release.cost}B / $${OW.major.cost}B |`);
  w('| smuggling attempt | $0 or more | budget (lost if caught) |');
  w('| boycott NVIDIA this year | yes / no | — |');
  w('| stance | `hawk` / `neutral` / `collaborate` | — |');
  w();
  w('The whole order — NVIDIA + Huawei spending + subsidy + smuggling + open-weight cost — must fit in China\'s budget (its real budget, savings included, which only China sees).');
  w();
  w('### 4.4 Huawei');
  w();
  w('| lever | range | cost |');
  w('|---|---|---|');
  w('| R&D | $0 or more | cash |');
  w('| fab and HBM capacity | $0 or more | cash |');
  w(`| price per CP | $${P.LIMITS.hwPrice.min}–${P.LIMITS.hwPrice.max}B | — |`);
  w(`| cluster aggregation (CloudMatrix-style) | on / off | chips cost ${P.AGGREGATION_COST}× as much, for ${P.AGGREGATION_OUTPUT}× the compute |`);
  w();
  w('R&D + capacity must not exceed Huawei\'s cash (a negative balance counts as 0).');
  w();
  return out.text();
}
