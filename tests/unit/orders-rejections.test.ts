/**
 * Every kind of invalid move is refused with its reason code (explainRejection: the sentence the
 * server sends to that seat only) AND, sent through boardgame.io's reducer, leaves the state
 * exactly as it was: G, ctx, plugins and _stateID deep-equal.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_ORDER,
  defaultPolicy,
  explainRejection,
  LIMITS,
  REJECTION_CODES,
  type GameState,
  type RejectionCode,
  type ScenarioId,
} from '../../src/game/index.js';
import { newMatch, play, playYear, send, type MatchState } from './helpers/match.js';

// boardgame.io logs every refused move with console.error; the refusals are the point here.
beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterAll(() => vi.restoreAllMocks());

type Stage = 'policy' | 'orders' | 'over';

interface Case {
  name: string;
  code: RejectionCode;
  stage: Stage;
  playerID: string | null;
  move: string;
  /** Built from the state the move is sent in. */
  args: (G: GameState) => unknown[];
  scenario?: ScenarioId;
  /** Adjusts G before the move (as if earlier years had led there). */
  prepare?: (G: GameState) => void;
  message?: RegExp;
}

const policy = (change: Record<string, unknown>) => (G: GameState) => [{ ...defaultPolicy(G), ...change }];
const without = (key: string, make: (G: GameState) => object) => (G: GameState) => {
  const o: Record<string, unknown> = { ...make(G) };
  delete o[key];
  return [o];
};
const nvidia = (change: Record<string, unknown>) => (G: GameState) => [{ ...DEFAULT_ORDER.nvidia(G), ...change }];
const china = (change: Record<string, unknown>) => (G: GameState) => [{ ...DEFAULT_ORDER.china(G), ...change }];
const huawei = (change: Record<string, unknown>) => (G: GameState) => [{ ...DEFAULT_ORDER.huawei(G), ...change }];

const p = (name: string, code: RejectionCode, args: Case['args'], extra: Partial<Case> = {}): Case => ({
  name,
  code,
  stage: 'policy',
  playerID: '0',
  move: 'setPolicy',
  args,
  ...extra,
});
const o = (playerID: string, name: string, code: RejectionCode, args: Case['args'], extra: Partial<Case> = {}): Case => ({
  name,
  code,
  stage: 'orders',
  playerID,
  move: 'submitOrder',
  args,
  ...extra,
});

const CASES: Case[] = [
  // The US Government's policy.
  p('an empty policy', 'BAD_SHAPE', () => [{}]),
  p('a policy without a tier', 'BAD_SHAPE', without('tier', defaultPolicy), { message: /tier/ }),
  p('a policy with an extra lever', 'BAD_SHAPE', policy({ nuke: true }), { message: /nuke|unrecognized/i }),
  p('an unknown tier', 'BAD_SHAPE', policy({ tier: 'banned' })),
  p('a volume cap off the list', 'BAD_SHAPE', policy({ volumeCap: 30 })),
  p('a licence fee off the list', 'BAD_SHAPE', policy({ licenseFee: 10 })),
  p('fractional enforcement', 'BAD_SHAPE', policy({ enforcement: 1.5 })),
  p('a NaN subsidy', 'BAD_SHAPE', policy({ fabSubsidy: Number.NaN })),
  p('an infinite subsidy', 'BAD_SHAPE', policy({ energySubsidy: Number.POSITIVE_INFINITY })),
  p('a string for a policy', 'BAD_SHAPE', () => ['open']),
  p('null for a policy', 'BAD_SHAPE', () => [null]),
  p('two arguments', 'BAD_SHAPE', (G) => [defaultPolicy(G), defaultPolicy(G)], { message: /exactly one/ }),
  p('no argument', 'BAD_SHAPE', () => [], { message: /exactly one/ }),
  p('enforcement above the top', 'OUT_OF_RANGE', policy({ enforcement: LIMITS.enforcement.max + 1 }), { message: /Enforcement/ }),
  p('negative enforcement', 'OUT_OF_RANGE', policy({ enforcement: -1 })),
  p('a fab subsidy above the limit', 'OUT_OF_RANGE', policy({ fabSubsidy: LIMITS.usgSubsidy.max + 1 }), { message: /Fab subsidy/ }),
  p('a negative energy subsidy', 'OUT_OF_RANGE', policy({ energySubsidy: -1 })),
  p('a tier the embargo scenario forbids', 'LEVER_LOCKED', policy({ tier: 'open' }), { scenario: 'embargo', message: /embargo, compliant/ }),
  p('a volume cap in the open market', 'LEVER_LOCKED', policy({ volumeCap: 50 }), { scenario: 'open-market' }),
  p('a licence fee in the open market', 'LEVER_LOCKED', policy({ licenseFee: 25 }), { scenario: 'open-market' }),
  p('chip security in the open market', 'LEVER_LOCKED', policy({ chipSecurity: true }), { scenario: 'open-market' }),
  p('an embargo on the sliding scale', 'LEVER_LOCKED', policy({ tier: 'embargo' }), { scenario: 'sliding-scale' }),
  p('subsidies beyond the federal budget', 'OVER_BUDGET', (G) => [{ ...defaultPolicy(G), fabSubsidy: G.economy.usgBudget, energySubsidy: 1 }], {
    message: /budget/,
  }),
  p('more levers than political capital pays for', 'NO_CAPITAL', policy({ tier: 'embargo', enforcement: 3, intelligence: true, stance: 'collaborate' }), {
    message: /political capital/,
  }),
  p('tightening against a strong NVIDIA lobby', 'NO_CAPITAL', policy({ chipSecurity: true, enforcement: 2 }), {
    prepare: (G) => void (G.meters.lobbyInfluence = 5),
  }),
  p('NVIDIA setting the policy', 'NOT_YOUR_TURN', defaultPolicy as never, { playerID: '1' }),
  p('China setting the policy', 'NOT_YOUR_TURN', (G) => [defaultPolicy(G)], { playerID: '2' }),
  p('a spectator setting the policy', 'NOT_YOUR_TURN', (G) => [defaultPolicy(G)], { playerID: null }),
  p('an order before the policy', 'NOT_YOUR_TURN', (G) => [DEFAULT_ORDER.nvidia(G)], { playerID: '1', move: 'submitOrder' }),
  p('a move that does not exist', 'UNKNOWN_MOVE', () => [{}], { move: 'cheat' }),

  // The orders.
  o('0', 'the US Government ordering', 'NOT_YOUR_TURN', (G) => [DEFAULT_ORDER.nvidia(G)]),
  o(null as never, 'a spectator ordering', 'NOT_YOUR_TURN', (G) => [DEFAULT_ORDER.china(G)]),
  o('0', 'a second policy in the same year', 'NOT_YOUR_TURN', (G) => [defaultPolicy(G)], { move: 'setPolicy' }),
  o('2', 'a move that does not exist', 'UNKNOWN_MOVE', () => [{}], { move: 'endTurn' }),
  o('1', 'NVIDIA: share as a string', 'BAD_SHAPE', nvidia({ chinaShare: '20' })),
  o('1', 'NVIDIA: fractional share', 'BAD_SHAPE', nvidia({ chinaShare: 12.5 })),
  o('1', 'NVIDIA: missing design flag', 'BAD_SHAPE', without('compliantDesign', DEFAULT_ORDER.nvidia)),
  o('1', 'NVIDIA: extra field', 'BAD_SHAPE', nvidia({ bribe: 5 })),
  o('1', 'NVIDIA: two orders at once', 'BAD_SHAPE', (G) => [DEFAULT_ORDER.nvidia(G), DEFAULT_ORDER.nvidia(G)]),
  o('1', 'NVIDIA: share above 50%', 'OUT_OF_RANGE', nvidia({ chinaShare: LIMITS.nvChinaShare.max + LIMITS.nvChinaShare.step }), { message: /China share/ }),
  o('1', 'NVIDIA: share off the step', 'OUT_OF_RANGE', nvidia({ chinaShare: 7 }), { message: /steps of/ }),
  o('1', 'NVIDIA: negative share', 'OUT_OF_RANGE', nvidia({ chinaShare: -5 })),
  o('1', 'NVIDIA: price below 80%', 'OUT_OF_RANGE', nvidia({ chinaPrice: LIMITS.nvChinaPrice.min - 5 })),
  o('1', 'NVIDIA: price above 160%', 'OUT_OF_RANGE', nvidia({ chinaPrice: LIMITS.nvChinaPrice.max + 5 })),
  o('1', 'NVIDIA: price off the step', 'OUT_OF_RANGE', nvidia({ chinaPrice: 83 })),
  o('1', 'NVIDIA: lobbying above the limit', 'OUT_OF_RANGE', nvidia({ lobbying: LIMITS.nvLobbying.max + 1 })),
  o('1', 'NVIDIA: negative R&D', 'OUT_OF_RANGE', nvidia({ rnd: -1 })),
  o('1', 'NVIDIA: R&D above the limit', 'OUT_OF_RANGE', nvidia({ rnd: LIMITS.nvRnd.max + 1 })),
  o('1', 'NVIDIA: offering China chips under an embargo', 'LEVER_LOCKED', nvidia({ chinaShare: 10 }), { scenario: 'embargo', message: /embargo/ }),
  o('1', 'NVIDIA: spending more cash than it has', 'OVER_BUDGET', nvidia({ lobbying: 5, rnd: 1, compliantDesign: false }), {
    prepare: (G) => void (G.economy.nvCash = 5),
    message: /cash/,
  }),
  o('2', 'China: unknown open-weight release', 'BAD_SHAPE', china({ openWeights: 'everything' })),
  o('2', 'China: boycott as a string', 'BAD_SHAPE', china({ boycott: 'yes' })),
  o('2', 'China: missing stance', 'BAD_SHAPE', without('stance', DEFAULT_ORDER.china)),
  o('2', 'China: negative NVIDIA spend', 'OUT_OF_RANGE', china({ nvidiaSpend: -1 }), { message: /negative/ }),
  o('2', 'China: negative Huawei spend', 'OUT_OF_RANGE', china({ huaweiSpend: -1 })),
  o('2', 'China: negative subsidy', 'OUT_OF_RANGE', china({ huaweiSubsidy: -1 })),
  o('2', 'China: negative smuggling', 'OUT_OF_RANGE', china({ smuggling: -1 })),
  o('2', 'China: mandate above 100%', 'OUT_OF_RANGE', china({ mandate: LIMITS.cnMandate.max + 10 })),
  o('2', 'China: mandate off the step', 'OUT_OF_RANGE', china({ mandate: 15 })),
  o('2', 'China: spending beyond its budget', 'OVER_BUDGET', (G) => [{ ...DEFAULT_ORDER.china(G), nvidiaSpend: G.economy.cnBudget }], {
    message: /budget/,
  }),
  o('2', 'China: an open-weight release it cannot afford', 'OVER_BUDGET', (G) => [
    { ...DEFAULT_ORDER.china(G), nvidiaSpend: G.economy.cnBudget - 1, huaweiSpend: 0, huaweiSubsidy: 0, openWeights: 'major' },
  ]),
  o('3', 'Huawei: aggregation as a number', 'BAD_SHAPE', huawei({ aggregation: 1 })),
  o('3', 'Huawei: missing price', 'BAD_SHAPE', without('price', DEFAULT_ORDER.huawei)),
  o('3', 'Huawei: negative R&D', 'OUT_OF_RANGE', huawei({ rnd: -1 })),
  o('3', 'Huawei: negative capacity', 'OUT_OF_RANGE', huawei({ capacity: -1 })),
  o('3', 'Huawei: price below the floor', 'OUT_OF_RANGE', huawei({ price: LIMITS.hwPrice.min - 1 })),
  o('3', 'Huawei: price above the ceiling', 'OUT_OF_RANGE', huawei({ price: LIMITS.hwPrice.max + 1 })),
  o('3', 'Huawei: spending more cash than it has', 'OVER_BUDGET', (G) => [{ ...DEFAULT_ORDER.huawei(G), rnd: G.economy.hwCash, capacity: 1 }]),

  // After the game.
  { name: 'a policy after the game', code: 'GAME_OVER', stage: 'over', playerID: '0', move: 'setPolicy', args: (G) => [defaultPolicy(G)] },
  { name: 'an order after the game', code: 'GAME_OVER', stage: 'over', playerID: '2', move: 'submitOrder', args: (G) => [DEFAULT_ORDER.china(G)] },
];

const withG = (state: MatchState, change?: (G: GameState) => void): MatchState => {
  if (!change) return state;
  const G = structuredClone(state.G);
  change(G);
  return { ...state, G };
};

/**
 * The plugins' data (the random state above all). After an INVALID_MOVE boardgame.io hands back
 * the state with its plugins still "enhanced" (live `api` objects next to `data`), so compare data.
 */
const pluginData = (state: MatchState) => Object.fromEntries(Object.entries(state.plugins).map(([name, plugin]) => [name, plugin.data]));

/** A state in the given stage. In the orders stage Huawei has already ordered (its pending order must survive). */
function stateFor(stage: Stage, scenario: ScenarioId = '2026-h200'): MatchState {
  let state = newMatch(`reject-${scenario}`, { scenario, rounds: 3 });
  if (stage === 'policy') return state;
  if (stage === 'over') {
    while (!state.ctx.gameover) state = playYear(state, { nvidia: DEFAULT_ORDER.nvidia(state.G), china: DEFAULT_ORDER.china(state.G), huawei: DEFAULT_ORDER.huawei(state.G) });
    return state;
  }
  state = play(state, '0', 'setPolicy', [defaultPolicy(state.G)]);
  return play(state, '3', 'submitOrder', [DEFAULT_ORDER.huawei(state.G)]);
}

describe('every rejection code is exercised', () => {
  it('the table covers all codes', () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(REJECTION_CODES));
  });
});

describe.each(CASES)('$name → $code', (c) => {
  const base = withG(stateFor(c.stage, c.scenario), c.prepare);
  const args = c.args(base.G);

  it('explainRejection gives the code and a sentence', () => {
    const rejection = explainRejection(base.G, base.ctx, c.playerID, c.move, args);
    expect(rejection?.code).toBe(c.code);
    expect(rejection?.message.length).toBeGreaterThan(10);
    if (c.message) expect(rejection?.message).toMatch(c.message);
  });

  it('the reducer refuses it and changes nothing', () => {
    const before = structuredClone({ G: base.G, ctx: base.ctx, plugins: pluginData(base), _stateID: base._stateID });
    const step = send(base, c.playerID, c.move, args);
    expect(step.error).not.toBeNull();
    expect(step.state.G).toEqual(before.G);
    expect(step.state.ctx).toEqual(before.ctx);
    expect(pluginData(step.state)).toEqual(before.plugins);
    expect(step.state._stateID).toBe(before._stateID);
  });
});

describe('a refused revision keeps the order already in', () => {
  it('Huawei\'s first order survives a bad second one and still resolves', () => {
    let state = stateFor('orders');
    const first = state.G.secret.orders.huawei;
    expect(send(state, '3', 'submitOrder', [{ ...first, price: -3 }]).state.G.secret.orders.huawei).toEqual(first);
    state = play(state, '1', 'submitOrder', [DEFAULT_ORDER.nvidia(state.G)]);
    state = play(state, '2', 'submitOrder', [DEFAULT_ORDER.china(state.G)]);
    expect(state.G.history[0]!.orders.huawei).toEqual(first);
  });

  it('a legal move is explained as null and accepted', () => {
    const state = stateFor('orders');
    const order = DEFAULT_ORDER.china(state.G);
    expect(explainRejection(state.G, state.ctx, '2', 'submitOrder', [order])).toBeNull();
    expect(send(state, '2', 'submitOrder', [order]).error).toBeNull();
  });
});
