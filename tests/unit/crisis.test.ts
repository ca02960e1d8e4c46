/**
 * Tension and crisis (GAME.md section 4): tension is clamped to [0, TENSION_CRISIS]; reaching
 * it ends the game at once with reason 'crisis', and every seat loses WEIGHTS.crisisShareOfPar of its par;
 * the capital whose own choices pushed tension hardest that year loses WEIGHTS.crisisProvokerShareOfPar more.
 */
import { describe, expect, it } from 'vitest';
import { resolveYear, TENSION } from '../../src/game/resolve.js';
import { crisisBlame, crisisPenaltyShare, crisisProvokers, outcomeOf, WEIGHTS } from '../../src/game/scoring.js';
import { parsFor } from '../../src/game/pars.js';
import { OPEN_WEIGHTS_EFFECT, TENSION_CRISIS } from '../../src/game/params.js';
import { explainRejection, SEATS, type GameState, type Outcome } from '../../src/game/index.js';
import { fixedRandom, makeState, orders } from './helpers/fixture.js';
import { newMatch, play, send, type MatchState } from './helpers/match.js';

const hawkPolicy = (G: GameState) => ({ ...G.policy, stance: 'hawk', enforcement: 0, fabSubsidy: 0, energySubsidy: 0, intelligence: false });
const calmNvidia = { chinaShare: 0, chinaPrice: 100, lobbying: 0, rnd: 0, compliantDesign: false };
const angryChina = { nvidiaSpend: 0, huaweiSpend: 0, huaweiSubsidy: 0, mandate: 0, openWeights: 'major', smuggling: 0, boycott: true, stance: 'hawk' };
const calmHuawei = { rnd: 0, capacity: 0, price: 15, aggregation: false };

/** One year in which both capitals escalate. */
function escalate(state: MatchState): MatchState {
  let s = play(state, '0', 'setPolicy', [hawkPolicy(state.G)]);
  s = play(s, '1', 'submitOrder', [calmNvidia]);
  s = play(s, '2', 'submitOrder', [angryChina]);
  return play(s, '3', 'submitOrder', [calmHuawei]);
}

describe('tension in a resolved year', () => {
  it('adds each escalation: hawk stances, a boycott, an open-weight release', () => {
    // 3 + 0.7 (USG hawk) + 0.5 (China hawk) + 0.5 (boycott) + 0.6 (major release) = 5.3 today.
    const G = makeState({ meters: { tension: 3 }, policy: { stance: 'hawk' } });
    resolveYear(G, orders({ china: { stance: 'hawk', boycott: true, openWeights: 'major' } }), fixedRandom(0.5));
    expect(G.meters.tension).toBeCloseTo(
      3 + TENSION.usgHawk + TENSION.cnHawk + TENSION.boycott + OPEN_WEIGHTS_EFFECT.major.tension + TENSION.yearlyEase,
      12,
    );
  });

  it('falls when both capitals collaborate', () => {
    const G = makeState({ meters: { tension: 5 }, policy: { stance: 'collaborate' } });
    resolveYear(G, orders({ china: { stance: 'collaborate' } }), fixedRandom(0.5));
    expect(G.meters.tension).toBeCloseTo(5 + TENSION.bothCollaborate + TENSION.yearlyEase, 12);
  });

  it('is clamped to [0, TENSION_CRISIS]', () => {
    const high = makeState({ meters: { tension: 9.9 }, policy: { stance: 'hawk' } });
    resolveYear(high, orders({ china: { stance: 'hawk' } }), fixedRandom(0.5));
    expect(high.meters.tension).toBe(TENSION_CRISIS);
    const low = makeState({ meters: { tension: 0.2 }, policy: { stance: 'collaborate' } });
    resolveYear(low, orders({ china: { stance: 'collaborate' } }), fixedRandom(0.5));
    expect(low.meters.tension).toBe(0);
  });
});

describe('crisis penalties', () => {
  it('a crisis outcome costs each seat WEIGHTS.crisisShareOfPar[seat] of its par against a complete one', () => {
    const G = makeState({ meters: { tension: TENSION_CRISIS } });
    const crisis = outcomeOf(G, 'crisis');
    const complete = outcomeOf(G, 'complete');
    for (const seat of SEATS) {
      const penalty = WEIGHTS.crisisShareOfPar[seat] * crisis.scores[seat].par;
      expect(penalty).toBeGreaterThan(0);
      expect(crisis.scores[seat].raw).toBeCloseTo(complete.scores[seat].raw - penalty, 9);
      expect(crisis.scores[seat].score).toBeCloseTo(crisis.scores[seat].raw / crisis.scores[seat].par, 12);
    }
    expect(crisis.reason).toBe('crisis');
  });
});

describe('who pushed the world into crisis', () => {
  /** A resolved year on the brink, with the given orders; then the game's end is tallied. */
  const brink = (policy: Partial<GameState['policy']>, china: Record<string, unknown>, tightening = 0) => {
    const G = makeState({ meters: { tension: 9 }, policy });
    G.modifiers.usgTightening = tightening;
    resolveYear(G, orders({ china }), fixedRandom(0.99));
    return G;
  };

  it("records each capital's own push, apart from the news and from collaboration", () => {
    const G = brink({ stance: 'hawk' }, { stance: 'hawk', boycott: true, openWeights: 'release' }, 1.4);
    const push = G.history.at(-1)!.tensionPush;
    expect(push.usg).toBeCloseTo(1.4 + TENSION.usgHawk, 12);
    expect(push.china).toBeCloseTo(TENSION.cnHawk + TENSION.boycott + OPEN_WEIGHTS_EFFECT.release.tension, 12);
    // Collaboration eases tension but is nobody's push.
    const calm = brink({ stance: 'collaborate' }, { stance: 'collaborate' });
    expect(calm.history.at(-1)!.tensionPush).toEqual({ usg: 0, china: 0 });
  });

  it('lays the crisis at the door of the capital that pushed more, and that one loses a further share', () => {
    // US: 1.4 tightening + 0.7 hawk = 2.1 against China's 0.5 hawk stance.
    const G = brink({ stance: 'hawk' }, { stance: 'hawk' }, 1.4);
    expect(G.meters.tension).toBe(TENSION_CRISIS);
    expect(crisisProvokers(G)).toEqual(['usg']);
    const crisis = outcomeOf(G, 'crisis');
    const complete = outcomeOf(G, 'complete');
    expect(crisis.provokedBy).toEqual(['usg']);
    expect(complete.provokedBy).toEqual([]);
    for (const seat of SEATS) {
      const share = WEIGHTS.crisisShareOfPar[seat] + (seat === 'usg' ? WEIGHTS.crisisProvokerShareOfPar : 0);
      expect(crisisPenaltyShare(seat, 'crisis', crisis.provokedBy)).toBe(share);
      expect(crisis.scores[seat].raw).toBeCloseTo(complete.scores[seat].raw - share * crisis.scores[seat].par, 9);
    }
    expect(crisisBlame(crisis)).toBe(`US Government pushed tension hardest that year and loses a further ${WEIGHTS.crisisProvokerShareOfPar * 100}% of par.`);
    expect(crisisBlame(complete)).toBeNull();
  });

  it('blames both capitals when they pushed exactly as much, and neither when only the news did', () => {
    // China: 0.5 hawk + 0.5 boycott = 1.0; US: 0.3 tightening + 0.7 hawk = 1.0.
    const level = brink({ stance: 'hawk' }, { stance: 'hawk', boycott: true }, 0.3);
    expect(crisisProvokers(level)).toEqual(['usg', 'china']);
    expect(outcomeOf(level, 'crisis').scores.china.raw).toBeCloseTo(
      outcomeOf(level, 'complete').scores.china.raw -
        (WEIGHTS.crisisShareOfPar.china + WEIGHTS.crisisProvokerShareOfPar) * outcomeOf(level, 'crisis').scores.china.par,
      9,
    );
    const news = makeState({ meters: { tension: 9 } });
    news.modifiers.tensionDelta = 1;
    resolveYear(news, orders(), fixedRandom(0.99));
    expect(news.meters.tension).toBe(TENSION_CRISIS);
    expect(crisisProvokers(news)).toEqual([]);
    expect(crisisBlame(outcomeOf(news, 'crisis'))).toMatch(/no capital carries the blame/);
  });
});

describe('a crisis through the reducer', () => {
  const runToCrisis = () => {
    let state = newMatch('crisis-seed', { scenario: '2026-h200', rounds: 12 });
    for (let year = 0; year < 12 && !state.ctx.gameover; year++) state = escalate(state);
    return state;
  };

  it('ends the game at once when tension reaches TENSION_CRISIS, before the last round', () => {
    const state = runToCrisis();
    const outcome = state.ctx.gameover as Outcome;
    expect(outcome?.reason).toBe('crisis');
    expect(state.G.outcome).toEqual(outcome);
    expect(state.G.history.length).toBeLessThan(12);
    expect(state.G.history.at(-1)!.tension).toBe(TENSION_CRISIS);
    expect(state.G.history.slice(0, -1).every((r) => r.tension < TENSION_CRISIS)).toBe(true);
  });

  it('applies the crisis penalties to the final scores', () => {
    const { G, ctx } = runToCrisis();
    const outcome = ctx.gameover as Outcome;
    const pars = parsFor(G.scenario, G.rounds);
    for (const seat of SEATS) {
      // No smuggling was attempted, so the hidden stock adds nothing.
      const extra = seat === 'nvidia' ? WEIGHTS.nvFinalValuation * G.meters.nvValuation : 0;
      // China's boycott, hawk stance and major release (1.8) outpushed the US hawk stance (0.7).
      const blame = seat === 'china' ? WEIGHTS.crisisProvokerShareOfPar : 0;
      const penalty = (WEIGHTS.crisisShareOfPar[seat] + blame) * pars[seat].par;
      // The base accrues with the years played: a crisis cuts it short.
      const base = (pars[seat].base * G.history.length) / G.rounds;
      expect(outcome.scores[seat].raw).toBeCloseTo(G.points[seat] + base + extra - penalty, 9);
      expect(outcome.scores[seat].par).toBe(pars[seat].par);
    }
    expect(outcome.provokedBy).toEqual(['china']);
    const best = Math.max(...SEATS.map((s) => outcome.scores[s].score));
    expect(outcome.scores[outcome.winner].score).toBe(best);
  });

  it('refuses every move afterwards with GAME_OVER, changing nothing', () => {
    const state = runToCrisis();
    expect(explainRejection(state.G, state.ctx, '0', 'setPolicy', [hawkPolicy(state.G)])?.code).toBe('GAME_OVER');
    const step = send(state, '0', 'setPolicy', [hawkPolicy(state.G)]);
    // boardgame.io names the refusal after its first failing check; any refusal will do.
    expect(step.error).not.toBeNull();
    expect(step.state.G).toEqual(state.G);
    expect(step.state._stateID).toBe(state._stateID);
  });

  it('a crisis in the last year is a crisis, not a completed game', () => {
    let state = newMatch('crisis-last', { scenario: '2026-h200', rounds: 3 });
    const calm = (s: MatchState) => {
      let next = play(s, '0', 'setPolicy', [{ ...hawkPolicy(s.G), stance: 'neutral' }]);
      next = play(next, '1', 'submitOrder', [calmNvidia]);
      next = play(next, '2', 'submitOrder', [{ ...angryChina, openWeights: 'none', boycott: false, stance: 'neutral' }]);
      return play(next, '3', 'submitOrder', [calmHuawei]);
    };
    state = calm(calm(state));
    expect(state.G.round).toBe(3);
    // As if two stormy years had passed: the state a server would load from storage.
    const G = structuredClone(state.G);
    G.meters.tension = TENSION_CRISIS - 0.5;
    state = escalate({ ...state, G });
    expect((state.ctx.gameover as Outcome).reason).toBe('crisis');
    expect(state.G.history).toHaveLength(3);
  });
});
