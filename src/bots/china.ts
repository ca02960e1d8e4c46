/**
 * China styles.
 * - buyer: buys all the NVIDIA compute it can get now; Huawei gets the rest. Money follows the
 *   cheaper compute.
 * - self-reliant: Huawei first, a domestic-purchase mandate, boycotts when trust collapses; in an
 *   uncapped market it buys NVIDIA too, under a lighter mandate.
 * - open-source: counters with open-weight models and the summit track.
 */
import type { ChinaOrder, PlayerView } from '../game/index.js';
import { lastYearPrices } from './last-year.js';
import { floor1, legalOrder } from './legalize.js';
import { chance, jitter, pick, type Random } from './random.js';

export const CHINA_STYLES = ['buyer', 'self-reliant', 'open-source'] as const;
export type ChinaStyle = (typeof CHINA_STYLES)[number];

/**
 * Chinese buyers move money toward the cheaper compute: a share of the budget (at most 10%)
 * shifts to Huawei when its price per unit of compute last year undercut NVIDIA's, and back
 * when it did not.
 */
function priceTilt(view: PlayerView): number {
  const { nvidia, huawei } = lastYearPrices(view);
  if (nvidia === null || huawei === null) return 0;
  return Math.max(-0.1, Math.min(0.1, (0.3 * (nvidia - huawei)) / nvidia));
}

export function chinaOrder(style: ChinaStyle, view: PlayerView, random: Random): ChinaOrder {
  const budget = Math.max(0, view.economy.cnBudget) * 0.97;
  const nvidiaOpen = view.policy.tier !== 'embargo' && view.meters.trust > 0;
  const share = (x: number) => floor1(budget * Math.max(0, x));
  const last = view.history[view.history.length - 1];
  // Reciprocity: a US Government that came to the table last year is likelier to find China there.
  const usgCollaborated = last?.policy.stance === 'collaborate';
  let o: ChinaOrder;
  switch (style) {
    case 'buyer': {
      // A buyer leans in when there is no volume cap, and watches the price: last year's dear
      // NVIDIA chips send money to Huawei instead.
      const lastPrice = last?.orders.nvidia.chinaPrice ?? 100;
      const appetite = (view.policy.volumeCap === null ? 0.6 : 0.5) - (lastPrice > 130 ? 0.15 : lastPrice > 110 ? 0.07 : 0);
      const nv = nvidiaOpen ? Math.max(0, jitter(random, appetite, 0.1) - priceTilt(view)) : 0;
      o = {
        nvidiaSpend: share(nv),
        huaweiSpend: share(0.8 - nv),
        huaweiSubsidy: share(0.06),
        mandate: 0,
        openWeights: chance(random, 0.15) ? 'release' : 'none',
        smuggling: share(nvidiaOpen ? 0.02 : 0.1),
        boycott: false,
        stance: view.meters.tension >= 6 || (usgCollaborated && chance(random, 0.7)) ? 'collaborate' : 'neutral',
      };
      break;
    }
    case 'self-reliant': {
      const boycott = view.meters.trust < 4 && chance(random, 0.7);
      // Where chips flow without a cap, refusing them costs too much: buy, but keep a domestic
      // core under a lighter mandate. Elsewhere the mandate bites.
      const uncapped = nvidiaOpen && view.policy.volumeCap === null;
      const nv = nvidiaOpen && !boycott ? jitter(random, uncapped ? 0.55 : 0.2) : 0;
      o = {
        nvidiaSpend: share(nv),
        huaweiSpend: share(uncapped ? 0.3 : 0.5),
        huaweiSubsidy: share(uncapped ? 0.07 : 0.22),
        mandate: boycott ? 100 : uncapped ? pick(random, [10, 20]) : pick(random, [50, 60, 70]),
        openWeights: 'none',
        smuggling: share(jitter(random, 0.04)),
        boycott,
        stance:
          view.meters.tension >= 7 || (usgCollaborated && chance(random, 0.4))
            ? 'collaborate'
            : view.meters.tension >= 5
              ? 'neutral'
              : chance(random, 0.5)
                ? 'hawk'
                : 'neutral',
      };
      break;
    }
    case 'open-source': {
      const nv = nvidiaOpen ? Math.max(0, jitter(random, view.policy.volumeCap === null ? 0.4 : 0.3) - priceTilt(view)) : 0;
      // A major release is worth its price only while China's models trail.
      const major = view.us.quality - view.cn.quality > 0.25 && chance(random, 0.4);
      o = {
        nvidiaSpend: share(nv),
        // What cannot go to NVIDIA goes to Huawei, not into savings.
        huaweiSpend: share(Math.max(0.3, (view.policy.volumeCap === null ? 0.7 : 0.5) - nv)),
        huaweiSubsidy: share(0.1),
        mandate: pick(random, [0, 20]),
        // Once China's models are level, a release buys little: the money goes to chips instead.
        openWeights: major ? 'major' : view.us.quality - view.cn.quality > 0.1 ? 'release' : 'none',
        smuggling: share(0.03),
        boycott: false,
        stance: chance(random, 0.5) ? 'collaborate' : 'neutral',
      };
      break;
    }
  }
  return legalOrder(view, 'china', o);
}
