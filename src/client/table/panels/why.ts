/**
 * "Why this matters" for every lever: one line a player can act on, and the argument of the
 * source commentary that the lever plays out (its claim and voice are in src/game/arguments.ts).
 */
import type { ArgumentId } from '../../../game/index.js';

export interface Why {
  why: string;
  argument: ArgumentId;
}

export const WHY = {
  usg: {
    tier: { why: 'Older chips still add up: every H100-equivalent China installs counts in its K.', argument: 'aggregatable' },
    volumeCap: { why: 'The cap is the only brake on how much compute China can pile up under a loose tier.', argument: 'aggregatable' },
    licenseFee: { why: "The fee takes a share of NVIDIA's China revenue for the Treasury: points for you, less profit for NVIDIA.", argument: 'dependency' },
    chipSecurity: { why: 'Location checks help catch smuggling, but backdoor fears cut China’s trust in NVIDIA.', argument: 'h20-refusal' },
    enforcement: { why: 'Each level makes a smuggling attempt likelier to be caught.', argument: 'geniuses' },
    fabSubsidy: { why: "US fabs raise NVIDIA's output: more chips for American data centres.", argument: 'capital-stock' },
    energySubsidy: { why: 'Power caps usable compute: chips without power add nothing to K.', argument: 'pro-energy' },
    stance: { why: 'Hawk raises tension; collaborating with China lowers it. At 10 a crisis ends the game, and the capital that pushed hardest that year loses most.', argument: 'offer-vs-collaboration' },
    intelligence: { why: "See Huawei's exact R&D progress instead of an estimate.", argument: 'self-reliance' },
  },
  nvidia: {
    chinaShare: { why: 'China sales earn revenue and market share, and keep Chinese buyers on your hardware.', argument: 'dependency' },
    chinaPrice: { why: 'Cheaper chips win more of China’s budget, and every chip China buys from you is one Huawei did not sell.', argument: 'air-out' },
    lobbying: { why: 'Influence makes every tightening step cost the US Government more political capital, and adds US power.', argument: 'pro-energy' },
    rnd: { why: 'R&D grows your output next year.', argument: 'capital-stock' },
    compliantDesign: { why: 'The only way to sell anything while the rule allows compliant (H20-class) chips only.', argument: 'h20-refusal' },
  },
  china: {
    nvidiaSpend: { why: 'NVIDIA chips add the most compute per dollar, within what the rule and trust allow.', argument: 'geniuses' },
    huaweiSpend: { why: "Buying domestic chips funds Huawei's climb up the tech levels.", argument: 'temporary-bridge' },
    huaweiSubsidy: { why: "Pays Huawei's R&D directly, whatever it sells.", argument: 'self-reliance' },
    mandate: { why: 'A share of new chips that must be domestic: NVIDIA sells only alongside Huawei.', argument: 'temporary-bridge' },
    openWeights: { why: "Raises China's model quality Q, and cuts NVIDIA's valuation; adds tension.", argument: 'open-source-valuations' },
    smuggling: { why: 'Chips beyond the rules, secret unless caught; a seizure raises tension.', argument: 'aggregatable' },
    boycott: { why: 'Refuse NVIDIA chips this year: pushes buyers to Huawei, raises tension.', argument: 'h20-refusal' },
    stance: { why: 'Collaborate, and if Washington does too, tension falls fast. A crisis costs most the capital that pushed hardest that year.', argument: 'offer-vs-collaboration' },
  },
  huawei: {
    rnd: { why: 'Progress to the next tech level: each level makes your chips 1.6x as strong.', argument: 'self-reliance' },
    capacity: { why: 'Fab and HBM capacity: more chips to sell from next year.', argument: 'temporary-bridge' },
    price: { why: 'A lower price per compute point wins China’s demand (and revenue funds your R&D).', argument: 'air-out' },
    aggregation: { why: 'CloudMatrix-style clusters: more chips and power for more compute per year.', argument: 'aggregatable' },
  },
} as const satisfies Record<string, Record<string, Why>>;
