/**
 * The year as boardgame.io plays it (GAME.md section 3): news → policy (USG) → three secret
 * orders, revisable until the third arrives → resolution → next year, until `rounds` years or a
 * crisis. Everything here runs through boardgame.io's own reducer with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import type { Game } from 'boardgame.io';
import {
  ComputeRace,
  DEFAULT_ORDER,
  SCENARIO_IDS,
  SCENARIOS,
  SEATS,
  defaultPolicy,
  type GameState,
  type Outcome,
} from '../../src/game/index.js';
import { newMatch, play, playMatch, playYear, replay, send, type MatchState } from './helpers/match.js';

const defaults = (state: MatchState) => ({
  nvidia: DEFAULT_ORDER.nvidia(state.G),
  china: DEFAULT_ORDER.china(state.G),
  huawei: DEFAULT_ORDER.huawei(state.G),
});

describe('setup and the first news', () => {
  it.each(SCENARIO_IDS)('%s: the setup state has no deck and no event (every client receives it)', (scenario) => {
    const G = ComputeRace.setup!({} as never, { scenario }) as GameState;
    expect(G.secret.deck).toEqual([]);
    expect(G.event).toBeNull();
    expect(G.round).toBe(1);
    expect(G.history).toEqual([]);
    expect(G.outcome).toBeNull();
  });

  it.each(SCENARIO_IDS)('%s: the deck is shuffled at the first news, one card revealed', (scenario) => {
    const { G } = newMatch('deck-seed', { scenario });
    const deck = SCENARIOS[scenario].deck;
    expect(G.secret.deck).toHaveLength(deck.length - 1);
    expect([...G.secret.deck, G.event].sort()).toEqual([...deck].sort());
    const opening = SCENARIOS[scenario].openingEvent;
    if (opening) expect(G.event).toBe(opening);
  });

  it('the shuffle follows the match seed', () => {
    const decks = ['a', 'b', 'c', 'd'].map((seed) => newMatch(seed, { scenario: 'embargo' }).G.secret.deck.join());
    expect(new Set(decks).size).toBeGreaterThan(1);
    expect(newMatch('a', { scenario: 'embargo' }).G.secret.deck).toEqual(newMatch('a', { scenario: 'embargo' }).G.secret.deck);
  });
});

describe('one year', () => {
  it('policy first: only the US Government may act', () => {
    const state = newMatch('year', {});
    expect(state.ctx.phase).toBe('policy');
    expect(state.ctx.currentPlayer).toBe('0');
    expect(state.ctx.activePlayers).toBeNull();
    expect(send(state, '1', 'submitOrder', [DEFAULT_ORDER.nvidia(state.G)]).error).not.toBeNull();
  });

  it('then the three orders, at the same time, in any order', () => {
    let state = newMatch('year', {});
    state = play(state, '0', 'setPolicy', [defaultPolicy(state.G)]);
    expect(state.ctx.phase).toBe('orders');
    expect(state.G.policySet).toBe(true);
    expect(state.ctx.activePlayers).toEqual({ '1': 'orders', '2': 'orders', '3': 'orders' });
    const o = defaults(state);
    state = play(state, '3', 'submitOrder', [o.huawei]);
    state = play(state, '1', 'submitOrder', [o.nvidia]);
    expect(state.ctx.phase).toBe('orders');
    expect(state.G.history).toHaveLength(0);
    state = play(state, '2', 'submitOrder', [o.china]);
    // Resolved; the next year opens with its news and the policy phase.
    expect(state.G.history).toHaveLength(1);
    expect(state.G.round).toBe(2);
    expect(state.ctx.phase).toBe('policy');
    expect(state.G.policySet).toBe(false);
    expect(state.G.secret.orders).toEqual({});
    expect(state.G.event).not.toBe(state.G.history[0]!.event);
    expect(state.G.history[0]!.summary.length).toBeGreaterThan(0);
    expect(state.G.history[0]!.orders).toMatchObject({ nvidia: o.nvidia, huawei: o.huawei });
  });

  it('an order may be revised until the third arrives; the last version counts', () => {
    let state = newMatch('revise', {});
    state = play(state, '0', 'setPolicy', [defaultPolicy(state.G)]);
    const o = defaults(state);
    const first = { ...o.nvidia, chinaShare: 10 };
    const second = { ...o.nvidia, chinaShare: 30 };
    state = play(state, '1', 'submitOrder', [first]);
    state = play(state, '2', 'submitOrder', [o.china]);
    state = play(state, '1', 'submitOrder', [second]);
    expect(state.G.secret.orders.nvidia).toEqual(second);
    const revisedChina = { ...o.china, stance: 'collaborate' as const };
    state = play(state, '2', 'submitOrder', [revisedChina]);
    expect(state.G.history).toHaveLength(0);
    state = play(state, '3', 'submitOrder', [o.huawei]);
    expect(state.G.history[0]!.orders.nvidia).toEqual(second);
    expect(state.G.history[0]!.orders.china.stance).toBe('collaborate');
    // The year is resolved: a late revision is refused.
    expect(send(state, '1', 'submitOrder', [first]).error).not.toBeNull();
  });

  it('orders are server-only moves that are never dropped as stale and are redacted in the log', () => {
    const phases = ComputeRace.phases!;
    const submit = (phases.orders!.turn!.stages!.orders!.moves as Record<string, Exclude<Game['moves'], undefined>[string]>).submitOrder as {
      client?: boolean;
      ignoreStaleStateID?: boolean;
      redact?: (context: { G: unknown; ctx: { gameover?: unknown } }) => boolean;
    };
    expect(submit.client).toBe(false);
    expect(submit.ignoreStaleStateID).toBe(true);
    expect(submit.redact!({ G: {}, ctx: {} })).toBe(true);
    expect(submit.redact!({ G: {}, ctx: { gameover: { reason: 'complete' } } })).toBe(false);
    const setPolicy = (phases.policy!.moves as Record<string, { client?: boolean; redact?: unknown }>).setPolicy!;
    expect(setPolicy.client).toBe(false);
    expect(setPolicy.redact).toBeUndefined(); // the policy is public
  });
});

describe('a whole game', () => {
  it.each([3, 8, 12])('ends after %d years with an outcome', (rounds) => {
    let state = newMatch(`rounds-${rounds}`, { scenario: 'collaboration', rounds });
    for (let year = 1; year <= rounds; year++) {
      expect(state.ctx.gameover).toBeUndefined();
      expect(state.G.round).toBe(year);
      state = playYear(state, defaults(state), defaultPolicy(state.G));
    }
    const outcome = state.ctx.gameover as Outcome;
    expect(outcome.reason).toBe('complete');
    expect(state.G.outcome).toEqual(outcome);
    expect(state.G.history).toHaveLength(rounds);
    expect(state.G.history.map((r) => r.year)).toEqual(Array.from({ length: rounds }, (_, i) => SCENARIOS.collaboration.startYear + i));
    const best = Math.max(...SEATS.map((s) => outcome.scores[s].score));
    expect(outcome.scores[outcome.winner].score).toBe(best);
    for (const seat of SEATS) expect(outcome.scores[seat].score).toBeCloseTo(outcome.scores[seat].raw / outcome.scores[seat].par, 12);
    expect(outcome.blocs.us).toBeCloseTo((outcome.scores.usg.score + outcome.scores.nvidia.score) / 2, 12);
  });

  it('random legal play ends with an outcome in every scenario', () => {
    for (const scenario of SCENARIO_IDS) {
      const { final } = playMatch(`any-${scenario}`, { scenario, rounds: 4 });
      expect(final.ctx.gameover).toBeDefined();
      expect(final.G.history.length).toBeLessThanOrEqual(4);
    }
  });

  it('same seed and same moves give the same state, deep-equal', () => {
    const played = playMatch('determinism', { scenario: '2026-h200' });
    const again = replay('determinism', { scenario: '2026-h200' }, played.actions);
    expect(again).toEqual(played.final);
    const other = replay('another-seed', { scenario: '2026-h200' }, played.actions.slice(0, 1));
    expect(other.G.secret.deck).not.toEqual(played.states[1]!.G.secret.deck);
  });
});
