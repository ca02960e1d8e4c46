/**
 * Huawei styles.
 * - rnd-first: climbs the tech levels; aggregation once the chips are good enough.
 * - capacity-first: fab and HBM capacity, CloudMatrix-style clusters to sell volume.
 * - price-war: undercuts NVIDIA's China price to win share.
 */
import type { HuaweiOrder, PlayerView } from '../game/index.js';
import { floor1, legalOrder } from './legalize.js';
import { chance, jitter, type Random } from './random.js';

export const HUAWEI_STYLES = ['rnd-first', 'capacity-first', 'price-war'] as const;
export type HuaweiStyle = (typeof HUAWEI_STYLES)[number];

export function huaweiOrder(style: HuaweiStyle, view: PlayerView, random: Random): HuaweiOrder {
  const cash = Math.max(0, view.economy.hwCash) * 0.98;
  const level = view.meters.huaweiLevel;
  let o: HuaweiOrder;
  switch (style) {
    case 'rnd-first':
      o = { rnd: floor1(cash * 0.5), capacity: floor1(cash * 0.4), price: floor1(jitter(random, 18)), aggregation: level >= 3 };
      break;
    case 'capacity-first':
      o = { rnd: floor1(cash * 0.3), capacity: floor1(cash * 0.6), price: floor1(jitter(random, 14)), aggregation: chance(random, 0.6) };
      break;
    case 'price-war':
      o = { rnd: floor1(cash * 0.35), capacity: floor1(cash * 0.55), price: floor1(jitter(random, 14, 0.1)), aggregation: false };
      break;
  }
  o.price = Math.max(6, Math.min(40, o.price));
  return legalOrder(view, 'huawei', o);
}
