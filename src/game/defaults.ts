/**
 * Documented default orders: what a seat plays when its timer runs out (and the order panels'
 * starting values). Each is legal in any state: USG keeps last year's rule (no tightening, so no
 * lobbying price) at the enforcement it can afford; the others play a middle-of-the-road order
 * scaled to their purse.
 */
import type { ChinaOrder, GameState, HuaweiOrder, NvidiaOrder, Orders, Policy } from './types.js';
import type { OrderSeat } from './seats.js';
import { PC_ENFORCEMENT } from './params.js';

const round1 = (x: number) => Math.floor(Math.max(0, x) * 10) / 10;

export function defaultPolicy(G: GameState): Policy {
  return {
    ...G.policy,
    enforcement: Math.max(0, Math.min(G.policy.enforcement, Math.floor(G.meters.politicalCapital / PC_ENFORCEMENT))),
    fabSubsidy: 0,
    energySubsidy: 0,
    stance: 'neutral',
    intelligence: false,
  };
}

export function defaultNvidiaOrder(G: GameState): NvidiaOrder {
  return {
    chinaShare: G.policy.tier === 'embargo' ? 0 : 20,
    chinaPrice: 100,
    lobbying: 0,
    rnd: round1(Math.min(10, G.economy.nvCash - 1)),
    compliantDesign: G.policy.tier === 'compliant' && G.economy.nvCash >= 1,
  };
}

export function defaultChinaOrder(G: GameState): ChinaOrder {
  const b = Math.max(0, G.economy.cnBudget);
  return {
    nvidiaSpend: round1(b * 0.4),
    huaweiSpend: round1(b * 0.3),
    huaweiSubsidy: round1(b * 0.1),
    mandate: 0,
    openWeights: 'none',
    smuggling: 0,
    boycott: false,
    stance: 'neutral',
  };
}

export function defaultHuaweiOrder(G: GameState): HuaweiOrder {
  const cash = Math.max(0, G.economy.hwCash);
  return { rnd: round1(cash * 0.4), capacity: round1(cash * 0.3), price: 15, aggregation: false };
}

export const DEFAULT_ORDER: { [S in OrderSeat]: (G: GameState) => Orders[S] } = {
  nvidia: defaultNvidiaOrder,
  china: defaultChinaOrder,
  huawei: defaultHuaweiOrder,
};
