/**
 * Moves and orders in plain words, for the transcript and the replay timeline: each lever with
 * its value and unit, in the order the order panels show them.
 */
import { SEAT_NAMES, type ChinaOrder, type HuaweiOrder, type NvidiaOrder, type Policy } from '../game/index.js';
import type { RecordAction } from './format.js';

const money = (x: number) => `$${x.toFixed(1)}B`;
const yesNo = (x: boolean) => (x ? 'yes' : 'no');

const TIER_WORDS: Record<Policy['tier'], string> = {
  embargo: 'full embargo',
  compliant: 'compliant (H20-class) chips only',
  'previous-gen': 'previous-generation (H200-class) chips',
  open: 'open sales of current chips',
};

export function describePolicy(p: Policy): string {
  return [
    `export rule: ${TIER_WORDS[p.tier]}`,
    `volume cap: ${p.volumeCap === null ? 'none' : `China at most ${p.volumeCap}% of US volume`}`,
    `licence fee ${p.licenseFee}%`,
    `chip security ${p.chipSecurity ? 'required' : 'not required'}`,
    `enforcement ${p.enforcement}`,
    `fab subsidy ${money(p.fabSubsidy)}`,
    `energy subsidy ${money(p.energySubsidy)}`,
    `stance ${p.stance}`,
    `intelligence on Huawei ${yesNo(p.intelligence)}`,
  ].join('; ');
}

export function describeNvidiaOrder(o: NvidiaOrder): string {
  return [
    `${o.chinaShare}% of output offered to China`,
    `China price ${o.chinaPrice}% of list`,
    `lobbying ${money(o.lobbying)}`,
    `R&D ${money(o.rnd)}`,
    `compliant design ${yesNo(o.compliantDesign)}`,
  ].join('; ');
}

/** `smuggling` is null when it was never revealed. */
export function describeChinaOrder(o: Omit<ChinaOrder, 'smuggling'> & { smuggling: number | null }): string {
  return [
    `NVIDIA chips ${money(o.nvidiaSpend)}`,
    `Huawei chips ${money(o.huaweiSpend)}`,
    `Huawei subsidy ${money(o.huaweiSubsidy)}`,
    `domestic mandate ${o.mandate}%`,
    `open weights ${o.openWeights}`,
    `smuggling ${o.smuggling === null ? 'secret' : money(o.smuggling)}`,
    `boycott of NVIDIA ${yesNo(o.boycott)}`,
    `stance ${o.stance}`,
  ].join('; ');
}

export function describeHuaweiOrder(o: HuaweiOrder): string {
  return [
    `R&D ${money(o.rnd)}`,
    `capacity ${money(o.capacity)}`,
    `price ${money(o.price)} per CP`,
    `cluster aggregation ${yesNo(o.aggregation)}`,
  ].join('; ');
}

/** A one-line label for a timeline step, e.g. "2027 · orders · China submits its order". */
export function describeAction(action: RecordAction): string {
  const what = action.move === 'setPolicy' ? 'sets the policy' : 'submits its order';
  return `${action.year} · ${action.phase} · ${SEAT_NAMES[action.seat]} ${what}`;
}
