/**
 * setupData → the initial G. setupData comes from outside (the lobby's create request), so it is
 * parsed once here into a validated value; anything else gets a clear error.
 * The deck is NOT shuffled here: the setup state is sent to every client.
 */
import { z } from 'zod';
import { DEFAULT_SCENARIO, SCENARIO_IDS, SCENARIOS, type ScenarioId } from './scenarios.js';
import { stocks } from './model.js';
import { RULES_VERSION } from './params.js';
import type { GameState, Modifiers } from './types.js';

export const MIN_ROUNDS = 3;
export const MAX_ROUNDS = 12;

export const SetupDataSchema = z.strictObject({
  scenario: z.enum(SCENARIO_IDS).optional(),
  rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS).optional(),
});

export interface Setup {
  scenario: ScenarioId;
  rounds: number;
}

export type SetupResult = { ok: true; value: Setup } | { ok: false; error: string };

export function parseSetup(input: unknown): SetupResult {
  if (input === undefined || input === null) return { ok: true, value: defaultSetup() };
  const parsed = SetupDataSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      error:
        `Invalid setupData (${where}${issue?.message ?? 'invalid'}). ` +
        `Expected { scenario?: ${SCENARIO_IDS.join(' | ')}, rounds?: ${MIN_ROUNDS}-${MAX_ROUNDS} }.`,
    };
  }
  const scenario = parsed.data.scenario ?? DEFAULT_SCENARIO;
  return { ok: true, value: { scenario, rounds: parsed.data.rounds ?? SCENARIOS[scenario].rounds } };
}

export function defaultSetup(): Setup {
  return { scenario: DEFAULT_SCENARIO, rounds: SCENARIOS[DEFAULT_SCENARIO].rounds };
}

export const NO_MODIFIERS: Modifiers = {
  usPowerMult: 1,
  cnPowerMult: 1,
  hwCapacityMult: 1,
  nvOutputMult: 1,
  cnNvidiaDemandMult: 1,
  smugglingDetectBonus: 0,
  mandateFloor: 0,
  usPriceMult: 1,
  tensionDelta: 0,
  usgTightening: 0,
};

export function initialState({ scenario: id, rounds }: Setup): GameState {
  const s = SCENARIOS[id];
  const G: GameState = {
    rulesVersion: RULES_VERSION,
    scenario: id,
    rounds,
    startYear: s.startYear,
    round: 1,
    event: null,
    modifiers: { ...NO_MODIFIERS },
    policy: { ...s.policy },
    policySet: false,
    us: { ...s.us },
    cn: { ...s.cn },
    meters: { ...s.meters, politicalCapital: s.politicalCapital },
    economy: { ...s.economy, usgBudget: s.usgBudget },
    baseline: { nvValuation: s.meters.nvValuation, kRatio: 1 },
    points: { usg: 0, nvidia: 0, china: 0, huawei: 0 },
    history: [],
    secret: { orders: {}, smuggledStock: 0, smugglingLog: [], huaweiProgress: s.huaweiProgress, deck: [] },
    outcome: null,
  };
  const k = stocks(G);
  G.baseline.kRatio = k.kCn / k.kUs;
  return G;
}
