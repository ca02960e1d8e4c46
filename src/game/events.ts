/**
 * The event deck. A card is revealed each year; its effect is applied to G (permanent changes)
 * or to G.modifiers (this year only). Effects are pure and use no randomness: the only chance is
 * the order of the deck, shuffled with the match's seeded random source.
 */
import type { ArgumentId } from './arguments.js';
import type { GameState } from './types.js';
import { HW_MAX_LEVEL, MAX_LOBBY } from './params.js';

export const EVENT_IDS = [
  'open-weight-breakthrough',
  'backdoor-allegation',
  'smuggling-ring-exposed',
  'smic-yield-breakthrough',
  'hbm-shortage',
  'grid-crunch',
  'energy-boom',
  'summit-invitation',
  'lobbying-blitz',
  'capex-boom',
  'domestic-procurement',
  'new-nvidia-generation',
  'huawei-super-cluster',
  'valuation-wobble',
  'customs-blocks-imports',
  'tariff-shock',
  'talent-flows',
  'license-delays',
  'rare-earth-retaliation',
  'datacenter-fire',
] as const;
export type EventId = (typeof EVENT_IDS)[number];

export interface EventCard {
  id: EventId;
  title: string;
  /** What happens, in one line a player can read aloud. */
  text: string;
  /** Why it matters: the argument it illustrates. */
  argument: ArgumentId;
  apply: (G: GameState) => void;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function card(
  id: EventId,
  title: string,
  text: string,
  argument: ArgumentId,
  apply: (G: GameState) => void,
): EventCard {
  return { id, title, text, argument, apply };
}

export const EVENTS: Record<EventId, EventCard> = Object.fromEntries(
  [
    card('open-weight-breakthrough', 'Open-weight breakthrough',
      "A Chinese lab releases a frontier-class open model: China's Q +0.05, NVIDIA's valuation -8%, tension +0.5.",
      'open-source-valuations', (G) => {
        G.cn.quality += 0.05;
        G.meters.nvValuation *= 0.92;
        G.modifiers.tensionDelta += 0.5;
      }),
    card('backdoor-allegation', 'Backdoor allegation',
      "China's regulator summons NVIDIA over tracking and remote-shutdown risks: trust -2.",
      'h20-refusal', (G) => {
        G.meters.trust = clamp(G.meters.trust - 2, 0, 10);
      }),
    card('smuggling-ring-exposed', 'Smuggling ring exposed',
      'Prosecutors break a transshipment ring: smuggling is far likelier to be caught this year; tension +0.5.',
      'aggregatable', (G) => {
        G.modifiers.smugglingDetectBonus += 0.3;
        G.modifiers.tensionDelta += 0.5;
      }),
    card('smic-yield-breakthrough', 'SMIC yield breakthrough',
      "Yields on SMIC's advanced node rise: Huawei's chip capacity +25% for good.",
      'self-reliance', (G) => {
        G.economy.hwChips *= 1.25;
      }),
    card('hbm-shortage', 'HBM shortage',
      'High-bandwidth memory, not logic wafers, is the binding limit: Huawei ships 40% fewer chips this year.',
      'air-out', (G) => {
        G.modifiers.hwCapacityMult *= 0.6;
      }),
    card('grid-crunch', 'Grid crunch',
      'US utilities cannot connect new data centres fast enough: US power capacity -12% this year.',
      'pro-energy', (G) => {
        G.modifiers.usPowerMult *= 0.88;
      }),
    card('energy-boom', 'Energy build-out boom',
      'Permits fly and turbines arrive: US power capacity +6 CP for good.',
      'pro-energy', (G) => {
        G.us.power += 6;
      }),
    card('summit-invitation', 'Summit invitation',
      'Both capitals are invited to an AI-safety summit: tension -1.5.',
      'offer-vs-collaboration', (G) => {
        G.modifiers.tensionDelta -= 1.5;
      }),
    card('lobbying-blitz', 'Lobbying blitz',
      "NVIDIA's CEO praises the administration's pro-energy stance on every stage: lobbying influence +1.5.",
      'pro-energy', (G) => {
        G.meters.lobbyInfluence = clamp(G.meters.lobbyInfluence + 1.5, 0, MAX_LOBBY);
      }),
    card('capex-boom', 'Hyperscaler capex boom',
      'US cloud giants raise spending again: NVIDIA sells 10% more at 15% higher US prices this year.',
      'geniuses', (G) => {
        G.modifiers.nvOutputMult *= 1.1;
        G.modifiers.usPriceMult *= 1.15;
      }),
    card('domestic-procurement', 'Domestic procurement enforced',
      'State-linked buyers are told to buy domestic: at least 30% of China\'s new chips must be Huawei\'s this year.',
      'temporary-bridge', (G) => {
        G.modifiers.mandateFloor = Math.max(G.modifiers.mandateFloor, 30);
      }),
    card('new-nvidia-generation', 'New NVIDIA generation',
      "A new architecture ships: NVIDIA's output +15% for good and US Q +0.02; last year's chips become the previous generation.",
      'aggregatable', (G) => {
        G.economy.nvOutput *= 1.15;
        G.us.quality += 0.02;
      }),
    card('huawei-super-cluster', 'Huawei super-cluster',
      "A CloudMatrix-style super-cluster trains a frontier model: Huawei R&D progress +0.3, China's Q +0.02.",
      'aggregatable', (G) => {
        if (G.meters.huaweiLevel < HW_MAX_LEVEL) G.secret.huaweiProgress += 0.3;
        G.cn.quality += 0.02;
      }),
    card('valuation-wobble', 'Valuation wobble',
      'Investors ask whether AI spending will ever pay back: NVIDIA valuation -10%.',
      'open-source-valuations', (G) => {
        G.meters.nvValuation *= 0.9;
      }),
    card('customs-blocks-imports', 'Customs blocks imports',
      'Chinese customs hold NVIDIA shipments; firms are told to buy "only if necessary": half of China\'s NVIDIA purchases fail this year.',
      'self-reliance', (G) => {
        G.modifiers.cnNvidiaDemandMult *= 0.5;
      }),
    card('tariff-shock', 'Tariff shock',
      'A new round of tariffs: tension +1, US prices -5% this year.',
      'offer-vs-collaboration', (G) => {
        G.modifiers.tensionDelta += 1;
        G.modifiers.usPriceMult *= 0.95;
      }),
    card('talent-flows', 'Talent flows',
      'Researchers move between labs and countries: China\'s Q +0.03, US Q +0.01.',
      'capital-stock', (G) => {
        G.cn.quality += 0.03;
        G.us.quality += 0.01;
      }),
    card('license-delays', 'Export license delays',
      'Case-by-case licences pile up in Washington: 40% of NVIDIA\'s China shipments miss the year.',
      'dependency', (G) => {
        G.modifiers.cnNvidiaDemandMult *= 0.6;
      }),
    card('rare-earth-retaliation', 'Rare-earth retaliation',
      'China halts gallium, germanium and antimony exports: NVIDIA output -10% this year, tension +0.7.',
      'offer-vs-collaboration', (G) => {
        G.modifiers.nvOutputMult *= 0.9;
        G.modifiers.tensionDelta += 0.7;
      }),
    card('datacenter-fire', 'Datacenter fire',
      'A fire takes a large US cluster offline for good: US compute -4%.',
      'capital-stock', (G) => {
        G.us.compute *= 0.96;
      }),
  ].map((c) => [c.id, c]),
) as Record<EventId, EventCard>;
