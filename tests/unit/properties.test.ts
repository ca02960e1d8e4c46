/**
 * Properties over random legal play (fast-check): whole games through boardgame.io's reducer,
 * each action either one of `enumerate`'s candidates or a fast-check-generated order made legal
 * for the state at hand. On every state: no NaN/Infinity, no negative stock, quality or power,
 * meters in range; on every resolved year: the money balances (nobody's cash from nothing); at
 * the end: the same seed and moves replay to the same state.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHECK_ORDER,
  checkPolicy,
  DEFAULT_ORDER,
  defaultPolicy,
  enumerate,
  explainRejection,
  ORDER_SEATS,
  SCENARIO_IDS,
  seatOf,
  type GameState,
  type OrderSeat,
  type Orders,
} from '../../src/game/index.js';
import { newMatch, playersStillToAct, playersToMove, replay, send, type Action, type MatchState } from './helpers/match.js';
import { makeChinaOrder, makeHuaweiOrder, makeNvidiaOrder, makePolicy, stepIntent, type StepIntent } from './helpers/arbitraries.js';
import { expectMonotone, expectSaneState, expectYearBalances } from './helpers/invariants.js';

const setupArb = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 12 }),
  scenario: fc.constantFrom(...SCENARIO_IDS),
  rounds: fc.integer({ min: 3, max: 8 }),
});

function argsFor(state: MatchState, playerID: string, step: StepIntent | undefined): unknown {
  const G = state.G;
  const seat = seatOf(playerID)!;
  if (step && step.generated) {
    if (seat === 'usg') return makePolicy(G, step.policy);
    if (seat === 'nvidia') return makeNvidiaOrder(G, step.nvidia);
    if (seat === 'china') return makeChinaOrder(G, step.china);
    return makeHuaweiOrder(G, step.huawei);
  }
  const choices = enumerate(G, state.ctx, playerID);
  expect(choices.length, `enumerate gave ${seat} nothing`).toBeGreaterThan(0);
  return choices[step ? step.pick % choices.length : 0]!.args[0];
}

/** Who acts: the script's pick among those who may; without a script, the first seat still to order. */
function actorFor(state: MatchState, step: StepIntent | undefined): string {
  const movers = playersToMove(state);
  if (step) return movers[step.who % movers.length]!;
  return playersStillToAct(state)[0]!;
}

interface Played {
  final: MatchState;
  actions: Action[];
}

/** Plays the script, then defaults, to the end; `onStep` sees each accepted transition. */
function playScript(
  setup: { seed: string; scenario: string; rounds: number },
  steps: readonly StepIntent[],
  onStep?: (prev: MatchState, action: Action, next: MatchState) => void,
): Played {
  let state = newMatch(setup.seed, { scenario: setup.scenario, rounds: setup.rounds });
  const actions: Action[] = [];
  for (let i = 0; !state.ctx.gameover; i++) {
    if (i > 400) throw new Error('the game did not end');
    const step = steps[i];
    const playerID = actorFor(state, step);
    const move = state.ctx.phase === 'policy' ? 'setPolicy' : 'submitOrder';
    const action = { playerID, move, args: [argsFor(state, playerID, step)] };
    const result = send(state, playerID, move, action.args);
    expect(result.error, `${move} from ${playerID} refused: ${JSON.stringify(action.args)}`).toBeNull();
    onStep?.(state, action, result.state);
    state = result.state;
    actions.push(action);
  }
  return { final: state, actions };
}

function checkTransition(prev: MatchState, action: Action, next: MatchState): void {
  expectSaneState(next.G);
  expectMonotone(prev.G, next.G);
  if (next.G.history.length > prev.G.history.length) {
    const seat = seatOf(action.playerID) as OrderSeat;
    const orders = { ...prev.G.secret.orders, [seat]: action.args[0] } as Orders;
    expectYearBalances(prev.G, orders, next.G.history.at(-1)!, next.G);
  } else if (action.move === 'setPolicy') {
    // The policy spends only the US Government's purse.
    expect(next.G.economy).toEqual({
      ...prev.G.economy,
      usgBudget: prev.G.economy.usgBudget - next.G.policy.fabSubsidy - next.G.policy.energySubsidy,
    });
  } else {
    // A pending order changes nothing but the secret orders.
    expect({ ...next.G, secret: { ...next.G.secret, orders: {} } }).toEqual({ ...prev.G, secret: { ...prev.G.secret, orders: {} } });
  }
  // The documented defaults (played at a timer's deadline) are legal in every state.
  if (!next.ctx.gameover) expectDefaultsLegal(next.G, next.ctx.phase);
}

function expectDefaultsLegal(G: GameState, phase: string): void {
  if (phase === 'policy') expect(checkPolicy(G, defaultPolicy(G))).toBeNull();
  else for (const seat of ORDER_SEATS) expect(CHECK_ORDER[seat](G, DEFAULT_ORDER[seat](G))).toBeNull();
}

describe('random legal play', () => {
  it('keeps every state finite and in range, and every year\'s money balanced', () => {
    fc.assert(
      fc.property(setupArb, fc.array(stepIntent, { maxLength: 50 }), (setup, steps) => {
        const { final } = playScript(setup, steps, checkTransition);
        expect(final.ctx.gameover).toBeDefined();
        expectSaneState(final.G);
      }),
      { numRuns: 40, seed: 20260101 },
    );
  }, 60_000);

  it('replays to the same state from the same seed and moves', () => {
    fc.assert(
      fc.property(setupArb, fc.array(stepIntent, { maxLength: 40 }), (setup, steps) => {
        const { final, actions } = playScript(setup, steps);
        expect(replay(setup.seed, { scenario: setup.scenario, rounds: setup.rounds }, actions)).toEqual(final);
      }),
      { numRuns: 15, seed: 20260102 },
    );
  }, 60_000);
});

/** Orders near the legal range, sometimes past it, sometimes of the wrong type. */
const wild = {
  nvidia: fc.record({
    chinaShare: fc.integer({ min: -10, max: 60 }),
    chinaPrice: fc.integer({ min: 70, max: 170 }),
    lobbying: fc.double({ min: -2, max: 15, noNaN: true }),
    rnd: fc.double({ min: -2, max: 80, noNaN: true }),
    compliantDesign: fc.oneof(fc.boolean(), fc.constant('yes')),
  }),
  china: fc.record({
    nvidiaSpend: fc.double({ min: -5, max: 150, noNaN: true }),
    huaweiSpend: fc.double({ min: -5, max: 80, noNaN: true }),
    huaweiSubsidy: fc.double({ min: -5, max: 40, noNaN: true }),
    mandate: fc.integer({ min: -20, max: 120 }),
    openWeights: fc.constantFrom('none', 'release', 'major', 'all'),
    smuggling: fc.double({ min: -1, max: 30, noNaN: true }),
    boycott: fc.boolean(),
    stance: fc.constantFrom('hawk', 'neutral', 'collaborate'),
  }),
  huawei: fc.record({
    rnd: fc.double({ min: -2, max: 30, noNaN: true }),
    capacity: fc.double({ min: -2, max: 30, noNaN: true }),
    price: fc.double({ min: 0, max: 50, noNaN: true }),
    aggregation: fc.boolean(),
  }),
};

describe('explainRejection and the move agree', () => {
  it('a move is accepted exactly when explainRejection has nothing against it, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(
        setupArb,
        fc.array(stepIntent, { maxLength: 12 }),
        fc.constantFrom('0', '1', '2', '3'),
        fc.oneof(wild.nvidia, wild.china, wild.huawei),
        (setup, steps, playerID, order) => {
          // Play a few steps to reach some orders-phase state, then send the wild order there.
          let state = newMatch(setup.seed, { scenario: setup.scenario, rounds: setup.rounds });
          for (const step of steps) {
            if (state.ctx.gameover) break;
            const actor = actorFor(state, step);
            const move = state.ctx.phase === 'policy' ? 'setPolicy' : 'submitOrder';
            state = send(state, actor, move, [argsFor(state, actor, step)]).state;
          }
          // As it arrives over the wire: plain JSON (fast-check's records have no prototype).
          const sent: unknown = JSON.parse(JSON.stringify(order));
          const reason = explainRejection(state.G, state.ctx, playerID, 'submitOrder', [sent]);
          const result = send(state, playerID, 'submitOrder', [sent]);
          expect(result.error === null, `${JSON.stringify(reason)} vs ${result.error}`).toBe(reason === null);
          if (result.error) {
            expect(result.state.G).toEqual(state.G);
            expect(result.state.ctx).toEqual(state.ctx);
            expect(result.state._stateID).toBe(state._stateID);
          }
        },
      ),
      { numRuns: 150, seed: 20260103 },
    );
  }, 60_000);
});
