/**
 * A compact builder for GameState fixtures: a scenario's real initial state with a few fields
 * overridden, plus neutral orders and a policy that tests adjust one lever at a time. Starting
 * from `initialState` (not a hand-written object) keeps fixtures valid as the state grows.
 */
import { initialState, type Setup } from '../../../src/game/setup.js';
import type {
  ChinaOrder,
  CnBloc,
  Economy,
  GameState,
  HuaweiOrder,
  Meters,
  Modifiers,
  NvidiaOrder,
  Orders,
  Policy,
  UsBloc,
} from '../../../src/game/types.js';
import type { RandomSource } from '../../../src/game/resolve.js';

export interface StateOverrides {
  us?: Partial<UsBloc>;
  cn?: Partial<CnBloc>;
  meters?: Partial<Meters>;
  economy?: Partial<Economy>;
  modifiers?: Partial<Modifiers>;
  policy?: Partial<Policy>;
  secret?: Partial<GameState['secret']>;
  /** Any top-level field (round, rounds, event, outcome, ...). */
  top?: Partial<Omit<GameState, 'us' | 'cn' | 'meters' | 'economy' | 'modifiers' | 'policy' | 'secret'>>;
}

/** A fresh state of `scenario` with the given fields replaced; `event` defaults to a harmless card. */
export function makeState(overrides: StateOverrides = {}, setup: Partial<Setup> = {}): GameState {
  const G = initialState({ scenario: setup.scenario ?? '2026-h200', rounds: setup.rounds ?? 8 });
  G.event = 'talent-flows';
  Object.assign(G, overrides.top ?? {});
  Object.assign(G.us, overrides.us ?? {});
  Object.assign(G.cn, overrides.cn ?? {});
  Object.assign(G.meters, overrides.meters ?? {});
  Object.assign(G.economy, overrides.economy ?? {});
  Object.assign(G.modifiers, overrides.modifiers ?? {});
  Object.assign(G.policy, overrides.policy ?? {});
  Object.assign(G.secret, overrides.secret ?? {});
  return G;
}

/** NVIDIA sells nothing to China and spends nothing. */
export function nvidiaOrder(o: Partial<NvidiaOrder> = {}): NvidiaOrder {
  return { chinaShare: 0, chinaPrice: 100, lobbying: 0, rnd: 0, compliantDesign: false, ...o };
}

/** China buys nothing and does nothing. */
export function chinaOrder(o: Partial<ChinaOrder> = {}): ChinaOrder {
  return {
    nvidiaSpend: 0,
    huaweiSpend: 0,
    huaweiSubsidy: 0,
    mandate: 0,
    openWeights: 'none',
    smuggling: 0,
    boycott: false,
    stance: 'neutral',
    ...o,
  };
}

/** Huawei spends nothing and prices at 15. */
export function huaweiOrder(o: Partial<HuaweiOrder> = {}): HuaweiOrder {
  return { rnd: 0, capacity: 0, price: 15, aggregation: false, ...o };
}

export function orders(o: { nvidia?: Partial<NvidiaOrder>; china?: Partial<ChinaOrder>; huawei?: Partial<HuaweiOrder> } = {}): Orders {
  return { nvidia: nvidiaOrder(o.nvidia), china: chinaOrder(o.china), huawei: huaweiOrder(o.huawei) };
}

/** The policy in force, with some levers changed. */
export function policyFrom(G: GameState, p: Partial<Policy> = {}): Policy {
  return { ...G.policy, fabSubsidy: 0, energySubsidy: 0, intelligence: false, ...p };
}

/** A random source that always returns `value` (resolution draws only for smuggling). */
export function fixedRandom(value: number): RandomSource & { calls: number } {
  const source = {
    calls: 0,
    Number() {
      source.calls += 1;
      return value;
    },
  };
  return source;
}

export const clone = <T>(x: T): T => structuredClone(x);
