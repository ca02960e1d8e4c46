/**
 * Pars: each seat's mean raw score per scenario in the balance simulation (`npm run pars`
 * rewrites pars.json). Scores are raw / par, so 1.00 = par. Games shorter or longer than the
 * scenario's default scale the par by the number of rounds played.
 */
import type { BySeat } from './seats.js';
import { SCENARIOS, type ScenarioId } from './scenarios.js';
import PARS from './pars.json' with { type: 'json' };

export type ParTable = Record<ScenarioId, BySeat<number>>;

export const PAR_TABLE = PARS as ParTable;

export function parsFor(scenario: ScenarioId, rounds: number): BySeat<number> {
  const base = PAR_TABLE[scenario];
  const scale = rounds / SCENARIOS[scenario].rounds;
  const par = (x: number) => Math.max(1, x * scale);
  return { usg: par(base.usg), nvidia: par(base.nvidia), china: par(base.china), huawei: par(base.huawei) };
}
