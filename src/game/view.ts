/**
 * What each seat may see. A seat sees its own pending order and its own secrets; other seats and
 * spectators see only that an order was submitted. China sees its smuggled stock; China, Huawei
 * and (with intelligence) the US Government see Huawei's exact progress, USG otherwise an
 * estimate. The future deck is nobody's. After the game everything is visible.
 */
import { ORDER_SEATS, seatOf, type OrderSeat } from './seats.js';
import type { GameState, PlayerView } from './types.js';

/** USG's estimate of Huawei's progress: to the nearest quarter. */
export function estimateProgress(progress: number): number {
  return Math.round(progress * 4) / 4;
}

const isOrderSeat = (seat: string | null): seat is OrderSeat => (ORDER_SEATS as readonly string[]).includes(seat ?? '');

export function playerView(G: GameState, playerID: string | null | undefined): PlayerView {
  const viewer = seatOf(playerID);
  const { secret, ...open } = G;
  const over = G.outcome !== null;
  const submitted = {
    nvidia: secret.orders.nvidia !== undefined,
    china: secret.orders.china !== undefined,
    huawei: secret.orders.huawei !== undefined,
  };
  const myOrder = isOrderSeat(viewer) ? (secret.orders[viewer] ?? null) : null;

  const progress = secret.huaweiProgress;
  let huaweiProgress: PlayerView['huaweiProgress'] = null;
  if (over || viewer === 'china' || viewer === 'huawei' || (viewer === 'usg' && G.policy.intelligence)) {
    huaweiProgress = { value: progress, exact: true };
  } else if (viewer === 'usg') {
    huaweiProgress = { value: estimateProgress(progress), exact: false };
  }
  const seesSmuggling = over || viewer === 'china';
  return {
    // G is immutable (immer freezes it), so the view may share its public parts.
    ...open,
    viewer,
    submitted,
    myOrder: myOrder ? { ...myOrder } : null,
    huaweiProgress,
    smuggledStock: seesSmuggling ? secret.smuggledStock : null,
    smugglingLog: seesSmuggling ? secret.smugglingLog : null,
  };
}
