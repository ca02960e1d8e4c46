/**
 * The five scenarios (GAME.md section 6): each its starting numbers, the policy in force, the
 * levers the US Government may use, the length and the event deck.
 */
import { EVENT_IDS, type EventId } from './events.js';
import {
  EXPORT_TIERS,
  LICENSE_FEES,
  VOLUME_CAPS,
  type CnBloc,
  type Economy,
  type ExportTier,
  type LicenseFee,
  type Meters,
  type Policy,
  type UsBloc,
  type VolumeCap,
} from './types.js';

export const SCENARIO_IDS = ['2026-h200', 'embargo', 'sliding-scale', 'open-market', 'collaboration'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
export const DEFAULT_SCENARIO: ScenarioId = '2026-h200';

/** The values of each policy lever the US Government may choose in a scenario. */
export interface Locks {
  tiers: readonly ExportTier[];
  volumeCaps: readonly VolumeCap[];
  fees: readonly LicenseFee[];
  chipSecurity: readonly boolean[];
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Two sentences for the lobby. */
  blurb: string;
  startYear: number;
  rounds: number;
  policy: Policy;
  locks: Locks;
  us: UsBloc;
  cn: CnBloc;
  meters: Meters;
  economy: Economy;
  huaweiProgress: number;
  /** Base political capital per year. */
  politicalCapital: number;
  /** Base federal subsidy budget per year, $B. */
  usgBudget: number;
  /** Both stances `collaborate` in one year lowers tension further and earns USG and China points. */
  summitTrack: boolean;
  /** The deck before shuffling. */
  deck: readonly EventId[];
  /** A card put on top after shuffling: the news of the first year. */
  openingEvent: EventId | null;
}

const ALL_LOCKS: Locks = {
  tiers: EXPORT_TIERS,
  volumeCaps: VOLUME_CAPS,
  fees: LICENSE_FEES,
  chipSecurity: [false, true],
};

const BASE_POLICY: Policy = {
  tier: 'previous-gen',
  volumeCap: 50,
  licenseFee: 25,
  chipSecurity: false,
  enforcement: 1,
  fabSubsidy: 0,
  energySubsidy: 0,
  stance: 'neutral',
  intelligence: false,
};

const BASE: Omit<Scenario, 'id' | 'title' | 'blurb'> = {
  startYear: 2026,
  rounds: 8,
  policy: BASE_POLICY,
  locks: ALL_LOCKS,
  us: { compute: 30, quality: 1.0, power: 36 },
  cn: { foreign: 2.2, domestic: 0.8, quality: 0.92, power: 20 },
  meters: {
    tension: 3,
    trust: 4,
    huaweiLevel: 0,
    nvValuation: 4.5,
    politicalCapital: 6,
    lobbyInfluence: 1,
  },
  economy: { nvOutput: 25, hwChips: 0.6, usgBudget: 20, nvCash: 60, cnBudget: 60, hwCash: 8, nvRevenue: 200 },
  huaweiProgress: 0,
  politicalCapital: 6,
  usgBudget: 20,
  summitTrack: false,
  deck: EVENT_IDS,
  openingEvent: null,
};

const without = (...ids: EventId[]) => EVENT_IDS.filter((id) => !ids.includes(id));

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  '2026-h200': {
    ...BASE,
    id: '2026-h200',
    title: '2026: H200 for a fee',
    blurb:
      'H200-class chips may go to approved Chinese buyers, with 25% to the US Treasury and China capped at half of US volume. ' +
      'China\'s customs hold the shipments and firms are told to buy "only if necessary".',
    openingEvent: 'customs-blocks-imports',
  },
  embargo: {
    ...BASE,
    id: 'embargo',
    title: 'Full embargo',
    blurb:
      'Nothing may be sold to China; Washington may at most allow compliant chips. ' +
      'Beijing pours subsidies into Huawei to build a self-reliant stack.',
    policy: { ...BASE_POLICY, tier: 'embargo', volumeCap: null, licenseFee: 0, enforcement: 2, stance: 'hawk' },
    locks: { ...ALL_LOCKS, tiers: ['embargo', 'compliant'] },
    meters: { ...BASE.meters, tension: 3.5, trust: 3 },
    economy: { ...BASE.economy, hwChips: 0.8, hwCash: 20, cnBudget: 65 },
    huaweiProgress: 0.3,
    deck: without('license-delays', 'customs-blocks-imports'),
  },
  'sliding-scale': {
    ...BASE,
    id: 'sliding-scale',
    title: 'The sliding scale',
    blurb:
      'Previous-generation chips are always allowed and there is no volume cap. ' +
      'Performance is aggregatable: how much compute will China pile up?',
    policy: { ...BASE_POLICY, volumeCap: null, licenseFee: 15 },
    locks: { ...ALL_LOCKS, tiers: ['previous-gen', 'open'], volumeCaps: [null] },
    meters: { ...BASE.meters, trust: 5 },
  },
  'open-market': {
    ...BASE,
    id: 'open-market',
    title: 'Open market',
    blurb:
      'No export controls at all: Jensen Huang\'s dependency thesis, played out. ' +
      'Can Huawei grow while NVIDIA sells China everything it wants?',
    policy: { ...BASE_POLICY, tier: 'open', volumeCap: null, licenseFee: 0, enforcement: 0 },
    locks: { tiers: ['open'], volumeCaps: [null], fees: [0], chipSecurity: [false] },
    meters: { ...BASE.meters, tension: 4.5, trust: 7 },
    deck: without('license-delays', 'smuggling-ring-exposed'),
  },
  collaboration: {
    ...BASE,
    id: 'collaboration',
    title: 'The summit track',
    blurb:
      'A summit track is open from the first year: when both capitals choose to collaborate, tension falls fast and both gain standing; walking out costs double. ' +
      'The Hassabis counterpoint to "an offer they can\'t refuse".',
    meters: { ...BASE.meters, tension: 4, trust: 5 },
    summitTrack: true,
    deck: [...without('tariff-shock'), 'summit-invitation'],
    openingEvent: 'summit-invitation',
  },
};

export function isScenarioId(x: unknown): x is ScenarioId {
  return typeof x === 'string' && (SCENARIO_IDS as readonly string[]).includes(x);
}
