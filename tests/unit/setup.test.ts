/**
 * setupData comes from outside (the lobby's create request): valid scenarios and lengths are
 * accepted, anything else is refused by validateSetupData with a message that says what is wrong
 * and what is expected.
 */
import { describe, expect, it } from 'vitest';
import {
  ComputeRace,
  DEFAULT_SCENARIO,
  MAX_ROUNDS,
  MIN_ROUNDS,
  parseSetup,
  SCENARIO_IDS,
  SCENARIOS,
  stocks,
  initialState,
  type GameState,
} from '../../src/game/index.js';
import { newMatch } from './helpers/match.js';

const validate = (setupData: unknown, numPlayers = 4) => ComputeRace.validateSetupData!(setupData as never, numPlayers);

describe('accepted', () => {
  const accepted: [string, unknown][] = [
    ['nothing', undefined],
    ['null', null],
    ['an empty object', {}],
    ...SCENARIO_IDS.map((scenario): [string, unknown] => [`scenario ${scenario}`, { scenario }]),
    ['the shortest game', { rounds: MIN_ROUNDS }],
    ['the longest game', { rounds: MAX_ROUNDS }],
    ['both keys', { scenario: 'embargo', rounds: 6 }],
  ];
  it.each(accepted)('%s', (_name, setupData) => {
    expect(validate(setupData)).toBeUndefined();
    expect(parseSetup(setupData).ok).toBe(true);
  });

  it('defaults: the default scenario at its own length', () => {
    expect(parseSetup(undefined)).toEqual({ ok: true, value: { scenario: DEFAULT_SCENARIO, rounds: SCENARIOS[DEFAULT_SCENARIO].rounds } });
    expect(parseSetup({ scenario: 'embargo' })).toEqual({ ok: true, value: { scenario: 'embargo', rounds: SCENARIOS.embargo.rounds } });
    expect(parseSetup({ rounds: 5 })).toEqual({ ok: true, value: { scenario: DEFAULT_SCENARIO, rounds: 5 } });
  });

  it.each(SCENARIO_IDS)('%s starts from its own numbers (before the first news card moves them)', (scenario) => {
    const G = ComputeRace.setup!({} as never, { scenario, rounds: 5 }) as GameState;
    const s = SCENARIOS[scenario];
    expect(G.scenario).toBe(scenario);
    expect(G.rounds).toBe(5);
    expect(G.us).toEqual(s.us);
    expect(G.cn).toEqual(s.cn);
    expect(G.policy).toEqual(s.policy);
    expect(G.meters.politicalCapital).toBe(s.politicalCapital);
    expect(G.economy.usgBudget).toBe(s.usgBudget);
    expect(G.secret.huaweiProgress).toBe(s.huaweiProgress);
    const k = stocks(initialState({ scenario, rounds: 5 }));
    expect(G.baseline.kRatio).toBeCloseTo(k.kCn / k.kUs, 12);
    expect(newMatch('setup', { scenario, rounds: 5 }).G.rounds).toBe(5);
  });
});

describe('refused with a clear message', () => {
  it.each([
    ['an unknown scenario', { scenario: 'moon-landing' }, /scenario/],
    ['a scenario of the wrong type', { scenario: 5 }, /scenario/],
    ['too few rounds', { rounds: MIN_ROUNDS - 1 }, /rounds/],
    ['too many rounds', { rounds: MAX_ROUNDS + 1 }, /rounds/],
    ['fractional rounds', { rounds: 4.5 }, /rounds/],
    ['rounds as a string', { rounds: '8' }, /rounds/],
    ['rounds as NaN', { rounds: Number.NaN }, /rounds/],
    ['an extra key', { scenario: 'embargo', cheat: true }, /cheat|unrecognized|key/i],
    ['a string', 'embargo', /Invalid setupData/],
    ['an array', ['embargo'], /Invalid setupData/],
    ['a number', 7, /Invalid setupData/],
  ])('%s', (_name, setupData, detail) => {
    const message = validate(setupData);
    expect(message).toEqual(expect.any(String));
    expect(message).toMatch(detail);
    // The message always says what would have been accepted.
    for (const id of SCENARIO_IDS) expect(message).toContain(id);
    expect(message).toContain(`${MIN_ROUNDS}-${MAX_ROUNDS}`);
    const parsed = parseSetup(setupData);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe(message);
  });

  it.each([2, 3, 5])('%d players', (numPlayers) => {
    expect(validate({}, numPlayers)).toMatch(/exactly 4 players/);
  });

  it('setup itself throws the same message rather than starting a broken game', () => {
    expect(() => ComputeRace.setup!({} as never, { scenario: 'moon-landing' })).toThrow(/Invalid setupData \(scenario/);
  });
});
