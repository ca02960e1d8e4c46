/**
 * The shape of the game state G. G is plain JSON (no classes, Maps or Dates) so that it
 * serialises, patches, stores and replays exactly.
 */
import type { BySeat, Capital, OrderSeat, Seat } from './seats.js';
import type { EventId } from './events.js';
import type { ScenarioId } from './scenarios.js';

export const EXPORT_TIERS = ['embargo', 'compliant', 'previous-gen', 'open'] as const;
/** From strictest to loosest. */
export type ExportTier = (typeof EXPORT_TIERS)[number];

/** China's NVIDIA volume as a percentage of NVIDIA's US volume; null = no cap. Loosest first. */
export const VOLUME_CAPS = [null, 50, 25, 10] as const;
export type VolumeCap = (typeof VOLUME_CAPS)[number];

export const LICENSE_FEES = [0, 15, 25] as const;
export type LicenseFee = (typeof LICENSE_FEES)[number];

export const STANCES = ['hawk', 'neutral', 'collaborate'] as const;
export type Stance = (typeof STANCES)[number];

export const OPEN_WEIGHTS = ['none', 'release', 'major'] as const;
export type OpenWeights = (typeof OPEN_WEIGHTS)[number];

/** The US Government's public policy for the year. */
export interface Policy {
  tier: ExportTier;
  volumeCap: VolumeCap;
  licenseFee: LicenseFee;
  /** Location verification / remote disable on exported chips. */
  chipSecurity: boolean;
  /** 0-3: effort against smuggling. */
  enforcement: number;
  /** $B of this year's federal budget for US fabs (raises NVIDIA's output). */
  fabSubsidy: number;
  /** $B for the energy build-out (raises US power capacity). */
  energySubsidy: number;
  stance: Stance;
  /** Spend political capital to see Huawei's exact R&D progress. */
  intelligence: boolean;
}

export interface NvidiaOrder {
  /** % of this year's output offered to China (0-50), within the export rule. */
  chinaShare: number;
  /** China price as % of the tier's list price (80-160). */
  chinaPrice: number;
  /** $B spent on lobbying Washington. */
  lobbying: number;
  /** $B on R&D (raises output growth). */
  rnd: number;
  /** Keep a China-compliant design in production ($1B): the only way to sell under `compliant`. */
  compliantDesign: boolean;
}

export interface ChinaOrder {
  /** $B offered for NVIDIA chips. */
  nvidiaSpend: number;
  /** $B offered for Huawei chips. */
  huaweiSpend: number;
  /** $B subsidy to Huawei R&D. */
  huaweiSubsidy: number;
  /** % of this year's new chips that must be domestic (0-100, step 10). */
  mandate: number;
  openWeights: OpenWeights;
  /** $B on a smuggling attempt. */
  smuggling: number;
  /** Refuse NVIDIA chips this year. */
  boycott: boolean;
  stance: Stance;
}

export interface HuaweiOrder {
  /** $B on R&D towards the next tech level. */
  rnd: number;
  /** $B on fab and HBM capacity. */
  capacity: number;
  /** Price in $B per compute point. */
  price: number;
  /** CloudMatrix-style clusters: more chips and power for more compute per year. */
  aggregation: boolean;
}

export interface Orders {
  nvidia: NvidiaOrder;
  china: ChinaOrder;
  huawei: HuaweiOrder;
}

export interface UsBloc {
  /** Compute stock C in compute points (1 CP = one million H100-equivalents). */
  compute: number;
  quality: number;
  /** Power capacity, in CP of NVIDIA-class chips it can run. */
  power: number;
}

export interface CnBloc {
  /** Installed NVIDIA chips, CP (smuggled chips that were never caught are kept secret, apart). */
  foreign: number;
  /** Installed domestic (Huawei) chips, CP. */
  domestic: number;
  quality: number;
  power: number;
}

export interface Meters {
  /** 0-10; at 10 a crisis ends the game. */
  tension: number;
  /** China's trust in NVIDIA, 0-10. */
  trust: number;
  /** Huawei tech level 0-5 (whole levels are public launches). */
  huaweiLevel: number;
  /** NVIDIA valuation, $T. */
  nvValuation: number;
  /** USG political capital available this year. */
  politicalCapital: number;
  /** NVIDIA's lobbying influence, 0-5: the political-capital price of each tightening step. */
  lobbyInfluence: number;
}

export interface Economy {
  /** NVIDIA output this year, CP of current-generation chips. */
  nvOutput: number;
  /** Huawei chip capacity, millions of chips a year. */
  hwChips: number;
  /** USG federal budget for subsidies this year, $B. */
  usgBudget: number;
  nvCash: number;
  cnBudget: number;
  hwCash: number;
  /** NVIDIA's revenue last year, $B: valuation moves with its growth. */
  nvRevenue: number;
}

/** This year's adjustments from the news card; reset every year. */
export interface Modifiers {
  usPowerMult: number;
  cnPowerMult: number;
  hwCapacityMult: number;
  nvOutputMult: number;
  cnNvidiaDemandMult: number;
  smugglingDetectBonus: number;
  mandateFloor: number;
  usPriceMult: number;
  /** Tension from the news (the USG's tightening is kept apart, so a crisis can be attributed). */
  tensionDelta: number;
  /** Tension from this year's tightening of the export rules (set with the policy; doubled at
   * resolution on the summit track, like the hawk stance). */
  usgTightening: number;
}

/** One resolved year, as everybody may see it. */
export interface YearRecord {
  year: number;
  event: EventId;
  policy: Policy;
  /** Orders revealed at resolution; China's smuggling spend only if caught. */
  orders: {
    nvidia: NvidiaOrder;
    china: Omit<ChinaOrder, 'smuggling'> & { smuggling: number | null };
    huawei: HuaweiOrder;
  };
  trade: {
    nvidiaToChina: number;
    nvidiaToUs: number;
    huaweiSold: number;
    smugglingCaught: number;
    nvRevenue: number;
    hwRevenue: number;
    feesCollected: number;
  };
  kUs: number;
  kCn: number;
  tension: number;
  trust: number;
  selfReliance: number;
  nvValuation: number;
  /** Tension each capital's own choices added this year, before any collaboration eased it. */
  tensionPush: Record<Capital, number>;
  /** Points each seat earned this year (from public figures). */
  points: BySeat<number>;
  summary: string[];
}

export type Phase = 'policy' | 'orders';

export interface Secret {
  /** This year's orders, until resolution. */
  orders: Partial<Orders>;
  /** Smuggled NVIDIA chips that were never caught, CP (revealed at the end). */
  smuggledStock: number;
  smugglingLog: { year: number; spend: number; caught: boolean; cp: number }[];
  /** Progress towards Huawei's next tech level, 0-1. */
  huaweiProgress: number;
  /** Event cards still to come, top of the deck last. */
  deck: EventId[];
}

export interface FinalSeatScore {
  raw: number;
  par: number;
  /** raw / par: 1.00 = par. */
  score: number;
}

export interface Outcome {
  reason: 'complete' | 'crisis';
  /** In a crisis, the capital (or both, if level) that pushed tension hardest in the last year. */
  provokedBy: Capital[];
  winner: Seat;
  scores: BySeat<FinalSeatScore>;
  /** Bloc view for teams: mean of the two seats' scores. */
  blocs: { us: number; cn: number };
  /** Final K including every secret (smuggled stock). */
  kUs: number;
  kCn: number;
}

export interface GameState {
  rulesVersion: number;
  scenario: ScenarioId;
  rounds: number;
  startYear: number;
  /** 1-based; the year being played is startYear + round - 1. */
  round: number;
  event: EventId | null;
  modifiers: Modifiers;
  /** In force: last year's policy until USG sets this year's. */
  policy: Policy;
  /** Has USG set this year's policy? */
  policySet: boolean;
  us: UsBloc;
  cn: CnBloc;
  meters: Meters;
  economy: Economy;
  /** Figures at the start, for scores that measure change. */
  baseline: { nvValuation: number; kRatio: number };
  /** Running points from public figures. */
  points: BySeat<number>;
  history: YearRecord[];
  secret: Secret;
  outcome: Outcome | null;
}

/** What a player may see: the state with secrets removed or estimated. */
export interface PlayerView extends Omit<GameState, 'secret'> {
  viewer: Seat | null;
  /** Which order seats have submitted this year (never what). */
  submitted: { [S in OrderSeat]: boolean };
  /** The viewer's own pending order, if any. */
  myOrder: Orders[OrderSeat] | null;
  /** Huawei progress: exact for China, Huawei and (with intelligence) USG; else an estimate or null. */
  huaweiProgress: { value: number; exact: boolean } | null;
  /** Smuggled stock: China's to see, and everybody's after the game. */
  smuggledStock: number | null;
  smugglingLog: Secret['smugglingLog'] | null;
}
