/**
 * Bot strategies: three named styles per seat, each deciding only from its seat's playerView,
 * deterministic given the random source it is handed.
 */
import type { BySeat, PlayerView } from '../game/index.js';
import { CHINA_STYLES, chinaOrder, type ChinaStyle } from './china.js';
import { HUAWEI_STYLES, huaweiOrder, type HuaweiStyle } from './huawei.js';
import { NVIDIA_STYLES, nvidiaOrder, type NvidiaStyle } from './nvidia.js';
import { USG_STYLES, usgPolicy, type UsgStyle } from './usg.js';
import type { Random } from './random.js';

export { seededRandom, type Random } from './random.js';

export const BOT_STYLES = {
  usg: USG_STYLES,
  nvidia: NVIDIA_STYLES,
  china: CHINA_STYLES,
  huawei: HUAWEI_STYLES,
} as const satisfies BySeat<readonly string[]>;

export type BotStyle = UsgStyle | NvidiaStyle | ChinaStyle | HuaweiStyle;

export const BOT_STYLE_LABELS: Record<BotStyle, string> = {
  hawk: 'Hawk',
  dealmaker: 'Dealmaker',
  pragmatist: 'Pragmatist',
  'china-first': 'China-first',
  'us-first': 'US-first',
  lobbyist: 'Lobbyist',
  buyer: 'Buyer',
  'self-reliant': 'Self-reliant',
  'open-source': 'Open-source',
  'rnd-first': 'R&D-first',
  'capacity-first': 'Capacity-first',
  'price-war': 'Price war',
};

export function isStyleFor<S extends keyof typeof BOT_STYLES>(seat: S, style: unknown): style is (typeof BOT_STYLES)[S][number] {
  return (BOT_STYLES[seat] as readonly unknown[]).includes(style);
}

export interface BotDecision {
  move: 'setPolicy' | 'submitOrder';
  args: [unknown];
}

/** The move this seat's bot makes in this view, or null when the seat has nothing to do. */
export function botMove(style: BotStyle, view: PlayerView, random: Random): BotDecision | null {
  const seat = view.viewer;
  if (!seat || view.outcome) return null;
  if (seat === 'usg') {
    if (view.policySet || !isStyleFor('usg', style)) return null;
    return { move: 'setPolicy', args: [usgPolicy(style, view, random)] };
  }
  if (!view.policySet || view.submitted[seat]) return null;
  switch (seat) {
    case 'nvidia':
      return isStyleFor('nvidia', style) ? { move: 'submitOrder', args: [nvidiaOrder(style, view, random)] } : null;
    case 'china':
      return isStyleFor('china', style) ? { move: 'submitOrder', args: [chinaOrder(style, view, random)] } : null;
    case 'huawei':
      return isStyleFor('huawei', style) ? { move: 'submitOrder', args: [huaweiOrder(style, view, random)] } : null;
  }
}
