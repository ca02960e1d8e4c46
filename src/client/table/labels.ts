/** Player-facing names for the rules' values. */
import type { ExportTier, OpenWeights, Stance, VolumeCap } from '../../game/index.js';
import { BOT_STYLE_LABELS, type BotStyle } from '../../bots/index.js';

/** A bot style's name for people ("price-war" → "Price war"); unknown styles as they are. */
export const botLabel = (style: string | null) => (style && style in BOT_STYLE_LABELS ? BOT_STYLE_LABELS[style as BotStyle] : (style ?? 'bot'));

export const TIER_LABEL: Record<ExportTier, string> = {
  embargo: 'Embargo',
  compliant: 'Compliant (H20-class)',
  'previous-gen': 'Previous gen (H200-class)',
  open: 'Open (current gen)',
};

export const TIER_NOTE: Record<ExportTier, string> = {
  embargo: 'nothing may be sold',
  compliant: '0.15 H100e per chip, needs NVIDIA’s compliant design',
  'previous-gen': 'the sliding scale: older chips, still aggregatable',
  open: 'current chips, no limit on the generation',
};

export const capLabel = (cap: VolumeCap) => (cap === null ? 'no volume cap' : `cap ${cap}% of US volume`);

export const STANCE_LABEL: Record<Stance, string> = { hawk: 'Hawk', neutral: 'Neutral', collaborate: 'Collaborate' };

export const OPEN_WEIGHTS_LABEL: Record<OpenWeights, string> = { none: 'None', release: 'Release a model', major: 'Major release' };
