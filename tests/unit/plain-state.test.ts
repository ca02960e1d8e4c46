/**
 * The rules run on plain state (src/game/plain-state.ts): moves and hooks read the frozen G from
 * before the call and return a new G that shares what they did not write. These tests hold the
 * two promises that makes: the rules never write into a shared (earlier) object, and every state
 * boardgame.io keeps is frozen, so a rule that tried would throw instead of rewriting history.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_IDS, EVENTS, ComputeRace, SCENARIO_IDS, type GameState } from '../../src/game/index.js';
import { stateBefore, writableCopy } from '../../src/game/plain-state.js';
import { beginYear } from '../../src/game/news.js';
import { resolveYear } from '../../src/game/resolve.js';
import { fixedRandom, makeState, orders } from './helpers/fixture.js';
import { playMatch } from './helpers/match.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function expectDeepFrozen(value: unknown, path: string): void {
  if (!value || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeepFrozen(child, `${path}.${key}`);
}

const reversed = { Shuffle: <T>(deck: T[]) => [...deck].reverse() };

describe('writableCopy', () => {
  it('lets a whole year (resolution with smuggling, then the next news) run on a copy of a frozen state', () => {
    const G = deepFreeze(makeState({ economy: { cnBudget: 200 } }));
    const before = JSON.stringify(G);
    const next = writableCopy(G);
    resolveYear(next, orders({ china: { smuggling: 5 } }), fixedRandom(0.99));
    beginYear(next, reversed);
    expect(JSON.stringify(G)).toBe(before);
    expect(next.history).toHaveLength(1);
    expect(next.secret.smugglingLog).toHaveLength(1);
  });

  it.each(EVENT_IDS)('lets the news card %s apply to a copy of a frozen state', (id) => {
    const G = deepFreeze(makeState({ meters: { huaweiLevel: 1 } }));
    const before = JSON.stringify(G);
    const next = writableCopy(G);
    EVENTS[id].apply(next);
    expect(JSON.stringify(G)).toBe(before);
  });

  it('shares what the rules never write, so a stray write to it throws', () => {
    const G = deepFreeze(makeState());
    const next = writableCopy(G);
    expect(next.baseline).toBe(G.baseline);
    expect(next.policy).toBe(G.policy);
    expect(() => {
      (next.baseline as { kRatio: number }).kRatio = 2;
    }).toThrow(TypeError);
  });
});

describe('moves and hooks on real matches', () => {
  it.each(SCENARIO_IDS)('never change an earlier state, and every kept state is frozen (%s)', (scenario) => {
    const snapshots: string[] = [];
    const { states } = playMatch(`plain:${scenario}`, { scenario }, undefined, (state, index) => {
      expectDeepFrozen(state.G, `G@${index}`);
      snapshots.push(JSON.stringify(state.G));
    });
    expect(states.length).toBeGreaterThan(10);
    states.forEach((state, index) => expect(JSON.stringify(state.G), `state ${index}`).toBe(snapshots[index]));
  });

  it('need the state-before plugin, and say so', () => {
    expect(ComputeRace.plugins?.map((p) => p.name)).toContain('state-before');
    expect(() => stateBefore({ G: {} as GameState })).toThrow(/state-before plugin/);
  });
});
