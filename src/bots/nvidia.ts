/**
 * NVIDIA styles.
 * - china-first: offers China as much as the rule allows, at a keen price, and lobbies hard.
 * - us-first: serves US buyers, prices China high, invests in R&D.
 * - lobbyist: a middle path whose real work is in Washington (and the pro-energy stance).
 */
import type { NvidiaOrder, PlayerView } from '../game/index.js';
import { floor1, legalOrder } from './legalize.js';
import { chance, jitter, pick, type Random } from './random.js';

export const NVIDIA_STYLES = ['china-first', 'us-first', 'lobbyist'] as const;
export type NvidiaStyle = (typeof NVIDIA_STYLES)[number];

const step5 = (x: number) => Math.round(x / 5) * 5;

export function nvidiaOrder(style: NvidiaStyle, view: PlayerView, random: Random): NvidiaOrder {
  const cash = Math.max(0, view.economy.nvCash - 1);
  const embargo = view.policy.tier === 'embargo';
  const uncapped = view.policy.volumeCap === null;
  const spend = (x: number) => floor1(Math.min(x, cash));
  const trustLow = view.meters.trust < 4;
  // What China actually bought last year, as a share of output: no point offering far more.
  const last = view.history[view.history.length - 1];
  const yieldPerUnit = { embargo: 0, compliant: 0.15, 'previous-gen': 0.5, open: 1 }[view.policy.tier];
  const boughtShare = last && yieldPerUnit > 0 ? (100 * last.trade.nvidiaToChina) / yieldPerUnit / view.economy.nvOutput : 25;
  const demandLed = (lo: number, hi: number) => Math.min(hi, Math.max(lo, step5(boughtShare * 1.4 + 5)));
  let o: NvidiaOrder;
  switch (style) {
    case 'china-first':
      o = {
        chinaShare: embargo ? 0 : demandLed(20, 50),
        chinaPrice: trustLow ? 85 : pick(random, [90, 95, 100]),
        lobbying: spend(jitter(random, 7)),
        rnd: spend(jitter(random, 8)),
        compliantDesign: view.policy.tier === 'compliant',
      };
      break;
    case 'us-first':
      o = {
        // Without a volume cap the China market is too large to leave whole; dear, though.
        chinaShare: embargo ? 0 : uncapped ? pick(random, [10, 15, 20]) : pick(random, [0, 5, 10]),
        chinaPrice: uncapped ? pick(random, [120, 130, 140]) : pick(random, [130, 140, 150]),
        lobbying: spend(chance(random, 0.3) ? 1 : 0),
        rnd: spend(jitter(random, 30)),
        compliantDesign: false,
      };
      break;
    case 'lobbyist':
      o = {
        chinaShare: embargo ? 0 : Math.min(demandLed(10, 30), step5(jitter(random, 20, 0.3))),
        chinaPrice: pick(random, [100, 110, 120]),
        lobbying: spend(jitter(random, 11, 0.1)),
        rnd: spend(jitter(random, 12)),
        compliantDesign: view.policy.tier === 'compliant' && chance(random, 0.7),
      };
      break;
  }
  if (o.lobbying + o.rnd > cash) o.rnd = floor1(Math.max(0, cash - o.lobbying - (o.compliantDesign ? 1 : 0)));
  return legalOrder(view, 'nvidia', o);
}
