/**
 * What each seat may see. A seat sees its own pending order and its own secrets; other seats and
 * spectators see only that an order was submitted. China sees its smuggled stock; China, Huawei
 * and (with intelligence) the US Government see Huawei's exact progress, USG otherwise an
 * estimate. China's purse (whose savings would betray secret spending) is China's. The future
 * deck is nobody's. After the game everything is visible.
 */
import { isOrderSeat, seatOf } from './seats.js';
import type { GameState, PlayerView } from './types.js';
import { SCENARIOS } from './scenarios.js';
import { CN_BUDGET_GROWTH } from './params.js';
import { powInt } from './portable-math.js';

/** China's budget as announced: the scenario's base, grown each year, without its savings. */
export function announcedChinaBudget(G: Pick<GameState, 'scenario' | 'round'>): number {
  return SCENARIOS[G.scenario].economy.cnBudget * powInt(1 + CN_BUDGET_GROWTH, G.round - 1);
}

/** USG's estimate of Huawei's progress: to the nearest quarter. */
export function estimateProgress(progress: number): number {
  return Math.round(progress * 4) / 4;
}


export function playerView(G: GameState, playerID: string | null | undefined): PlayerView {
  const viewer = seatOf(playerID);
  const secret = G.secret;
  const over = G.outcome !== null;
  const submitted = {
    nvidia: secret.orders.nvidia !== undefined,
    china: secret.orders.china !== undefined,
    huawei: secret.orders.huawei !== undefined,
  };
  const myOrder = isOrderSeat(viewer) ? (secret.orders[viewer] ?? null) : null;

  const progress = secret.huaweiProgress;
  let huaweiProgress: PlayerView['huaweiProgress'] = null;
  // Intelligence bought with this year's policy shows this year's progress, not next year's.
  const usgIntelligence = viewer === 'usg' && G.policySet && G.policy.intelligence;
  if (over || viewer === 'china' || viewer === 'huawei' || usgIntelligence) {
    huaweiProgress = { value: progress, exact: true };
  } else if (viewer === 'usg') {
    huaweiProgress = { value: estimateProgress(progress), exact: false };
  }
  const seesSmuggling = over || viewer === 'china';
  // The public fields, listed one by one: a field added to G stays private until it is named
  // here. G is immutable (immer freezes it), so the view may share these parts.
  return {
    rulesVersion: G.rulesVersion,
    scenario: G.scenario,
    rounds: G.rounds,
    startYear: G.startYear,
    round: G.round,
    event: G.event,
    modifiers: G.modifiers,
    policy: G.policy,
    policySet: G.policySet,
    us: G.us,
    cn: G.cn,
    meters: G.meters,
    // China's savings would betray what it spent in secret: others see the announced budget.
    economy: seesSmuggling ? G.economy : { ...G.economy, cnBudget: announcedChinaBudget(G) },
    baseline: G.baseline,
    points: G.points,
    history: G.history,
    outcome: G.outcome,
    viewer,
    submitted,
    myOrder: myOrder ? { ...myOrder } : null,
    huaweiProgress,
    smuggledStock: seesSmuggling ? secret.smuggledStock : null,
    smugglingLog: seesSmuggling ? secret.smugglingLog : null,
  };
}
