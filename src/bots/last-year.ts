/**
 * What the bots read from last year's public record: the prices China actually paid. Only
 * revealed figures are used, so a bot's decision is one a human at that seat could make.
 */
import { TIER_PRICE, type PlayerView } from '../game/index.js';

export interface LastYearPrices {
  /** $B per CP China paid NVIDIA, or null if NVIDIA sold China nothing. */
  nvidia: number | null;
  /** $B per CP China paid Huawei, or null if Huawei sold nothing. */
  huawei: number | null;
  /** China wanted to spend more on Huawei than Huawei could supply. */
  huaweiSoldOut: boolean;
}

export function lastYearPrices(view: PlayerView): LastYearPrices {
  const last = view.history[view.history.length - 1];
  if (!last) return { nvidia: null, huawei: null, huaweiSoldOut: false };
  return {
    nvidia: last.trade.nvidiaToChina > 0 ? (TIER_PRICE[last.policy.tier] * last.orders.nvidia.chinaPrice) / 100 : null,
    huawei: last.trade.huaweiSold > 0 ? last.orders.huawei.price : null,
    huaweiSoldOut: last.trade.hwRevenue < 0.98 * last.orders.china.huaweiSpend,
  };
}
