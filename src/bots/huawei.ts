/**
 * Huawei styles.
 * - rnd-first: climbs the tech levels; aggregation once the chips are good enough.
 * - capacity-first: fab and HBM capacity, CloudMatrix-style clusters to sell volume.
 * - price-war: undercuts NVIDIA's China price to win share (unless its chips sold out), and
 *   sells volume from large capacity and clusters.
 */
import type { HuaweiOrder, PlayerView } from '../game/index.js';
import { lastYearPrices } from './last-year.js';
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
      o = { rnd: floor1(cash * 0.35), capacity: floor1(cash * 0.55), price: floor1(jitter(random, 14)), aggregation: chance(random, 0.6) };
      break;
    case 'price-war': {
      // Undercut what NVIDIA charged China per unit of compute last year, where it sold at all,
      // but not below a floor that still pays for the fabs, and not when last year's chips sold
      // out (China wanted to spend more than Huawei could supply): then a cut only loses revenue.
      const last = lastYearPrices(view);
      const usual = jitter(random, 14, 0.1);
      const price = last.nvidia === null || last.huaweiSoldOut ? usual : Math.min(usual, Math.max(10, last.nvidia * 0.95));
      // Volume is the point: clusters of more, weaker chips once they are good enough.
      o = { rnd: floor1(cash * 0.3), capacity: floor1(cash * 0.62), price: floor1(price), aggregation: level >= 2 && chance(random, 0.5) };
      break;
    }
  }
  o.price = Math.max(6, Math.min(40, o.price));
  return legalOrder(view, 'huawei', o);
}
