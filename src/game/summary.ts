/**
 * The plain-language account of a resolved year, written to the log and read at the table.
 * It uses only what everybody may know: uncaught smuggling is never mentioned.
 */
import type { MarketResult } from './market.js';
import type { Stocks } from './model.js';
import type { YearRecord } from './types.js';
import { EVENTS } from './events.js';

const n = (x: number, digits = 1) => x.toFixed(digits);
const pct = (x: number) => `${Math.round(x * 100)}%`;

const TIER_TEXT = {
  embargo: 'a full embargo',
  compliant: 'compliant (H20-class) chips only',
  'previous-gen': 'previous-generation (H200-class) chips',
  open: 'open sales of current chips',
} as const;

const LIMIT_TEXT: Record<MarketResult['limitedBy'], string> = {
  none: '',
  rule: ' The export rule allowed no sales.',
  boycott: ' China boycotted NVIDIA.',
  cap: ' The volume cap held NVIDIA back.',
  trust: ' Low trust halved what Chinese buyers would take.',
  mandate: ' The domestic-purchase mandate held NVIDIA back.',
  budget: " China's spending, not supply, set NVIDIA's sales.",
  supply: ' China wanted more NVIDIA chips than it could get.',
};

export interface SummaryInput {
  record: YearRecord;
  market: MarketResult;
  before: Stocks;
  levelBefore: number;
  levelAfter: number;
  cnBudgetStart: number;
}

export function summarizeYear({ record: r, market, before, levelBefore, levelAfter }: SummaryInput): string[] {
  const p = r.policy;
  const lines: string[] = [];
  lines.push(`${r.year} — ${EVENTS[r.event].title}.`);
  const cap = p.volumeCap === null ? 'no volume cap' : `China capped at ${p.volumeCap}% of US volume`;
  lines.push(
    `The US Government allowed ${TIER_TEXT[p.tier]}, ${cap}, a ${p.licenseFee}% licence fee` +
      `${p.chipSecurity ? ', chip security required' : ''}; stance ${p.stance}.`,
  );
  lines.push(
    `NVIDIA sold China ${n(market.nvidiaBought, 2)} CP and the US ${n(r.trade.nvidiaToUs)} CP; ` +
      `Huawei sold China ${n(market.huaweiBought, 2)} CP.${LIMIT_TEXT[market.limitedBy]}`,
  );
  if (r.orders.china.boycott) lines.push('China refused NVIDIA chips this year.');
  if (r.orders.china.openWeights !== 'none')
    lines.push(`China released ${r.orders.china.openWeights === 'major' ? 'a major' : 'an'} open-weight model.`);
  if (r.trade.smugglingCaught > 0) lines.push(`A smuggling shipment of ${n(r.trade.smugglingCaught, 2)} CP was seized.`);
  if (levelAfter > levelBefore) lines.push(`Huawei launched a new generation: tech level ${levelAfter}.`);
  const ratioBefore = before.kUs > 0 ? before.kCn / before.kUs : 0;
  const ratio = r.kUs > 0 ? r.kCn / r.kUs : 0;
  lines.push(
    `K: US ${n(r.kUs)} (${n(r.kUs - before.kUs, 1)}), China ${n(r.kCn)} (${n(r.kCn - before.kCn, 1)}); ` +
      `China at ${pct(ratio)} of the US (was ${pct(ratioBefore)}).`,
  );
  lines.push(`Tension ${n(r.tension)}, trust ${n(r.trust)}, self-reliance ${pct(r.selfReliance)}, NVIDIA $${n(r.nvValuation, 2)}T.`);
  // Named every year, not only at a crisis: players should see who is pushing before the brink.
  const { usg, china } = r.tensionPush;
  if (usg > 0 || china > 0) lines.push(`Tension pushed by the US Government +${n(usg)}, by China +${n(china)}.`);
  return lines;
}
