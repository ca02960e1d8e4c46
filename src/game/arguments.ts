/**
 * The arguments of the source commentary (GAME.md section 8), paraphrased, each with the rule
 * that plays it out. Event cards and order levers cite these by id, so the table can say
 * "why this matters".
 */
export const ARGUMENT_IDS = [
  'geniuses',
  'air-out',
  'self-reliance',
  'pro-energy',
  'aggregatable',
  'capital-stock',
  'open-source-valuations',
  'h20-refusal',
  'dependency',
  'temporary-bridge',
  'offer-vs-collaboration',
] as const;
export type ArgumentId = (typeof ARGUMENT_IDS)[number];

export interface Argument {
  id: ArgumentId;
  /** The argument, paraphrased fairly. */
  claim: string;
  /** Who makes it in the commentary. */
  voice: string;
  /** How the game plays it out. */
  rule: string;
}

export const ARGUMENTS: Record<ArgumentId, Argument> = {
  geniuses: {
    id: 'geniuses',
    claim: 'Selling advanced GPUs arms a competitor with "a country of geniuses in a data center"; it is a security question, not a trade one.',
    voice: 'Dario Amodei (Anthropic)',
    rule: "China's K counts every NVIDIA chip it installs; the US Government scores on the US share of K.",
  },
  'air-out': {
    id: 'air-out',
    claim: 'Supplying China "takes the air out" of its drive for a self-sufficient chip industry, hindering Huawei.',
    voice: 'the administration',
    rule: "Huawei's R&D is paid from its revenue: every NVIDIA chip China buys is a Huawei chip it did not.",
  },
  'self-reliance': {
    id: 'self-reliance',
    claim: "H200 sales give China real compute now, but will not change its long-term policy of self-reliance.",
    voice: 'the commentary',
    rule: 'The previous-gen tier sells real compute; China scores on self-reliance and can mandate domestic chips.',
  },
  'pro-energy': {
    id: 'pro-energy',
    claim: "Praise for a 'pro-energy' government is a lobbying appeal: power limits compute, and NVIDIA wants freedom to sell.",
    voice: "on Jensen Huang's lobbying",
    rule: "NVIDIA's lobbying raises the political price of tightening and adds US power; usable compute is capped by power.",
  },
  aggregatable: {
    id: 'aggregatable',
    claim: 'A sliding scale is dangerous: performance is aggregatable, so enough older chips equal a frontier system.',
    voice: 'the commentary',
    rule: 'Every H100-equivalent adds to C whatever its generation; the volume cap is the only brake on the previous-gen tier.',
  },
  'capital-stock': {
    id: 'capital-stock',
    claim: 'A nation\'s advantage is its "intelligent capital stock": compute times model quality. China counters with open models.',
    voice: 'the commentary',
    rule: 'K = usable compute x model quality; open-weight releases keep China\'s Q close.',
  },
  'open-source-valuations': {
    id: 'open-source-valuations',
    claim: 'Free, high-quality open models and chips could wreck the valuations of American AI companies.',
    voice: 'the commentary',
    rule: "Open-weight releases cut NVIDIA's valuation and the US Government's economy score.",
  },
  'h20-refusal': {
    id: 'h20-refusal',
    claim: "China refused the H20 over backdoor fears (remote shutdown) and confidence in Huawei's Ascend.",
    voice: 'the commentary',
    rule: 'Trust falls with the chip-security requirement and backdoor news; below 4 buyers take half, at 0 none; China may boycott.',
  },
  dependency: {
    id: 'dependency',
    claim: 'Dependency on American hardware is a stronger lever than an embargo that breeds domestic champions.',
    voice: 'Jensen Huang (NVIDIA)',
    rule: 'In the open market, Huawei is starved of revenue while NVIDIA sells; NVIDIA scores on its China share.',
  },
  'temporary-bridge': {
    id: 'temporary-bridge',
    claim: 'Selling to Chinese giants builds a temporary bridge to domestic suppliers they are mandated to switch to.',
    voice: 'the commentary',
    rule: "China's mandate shifts purchases to Huawei, whose revenue then funds its climb up the tech levels.",
  },
  'offer-vs-collaboration': {
    id: 'offer-vs-collaboration',
    claim: 'Using an AI lead to make China "an offer it can\'t refuse" fuels an arms race; others call for collaboration.',
    voice: 'Amodei, and the counterpoint of Demis Hassabis',
    rule: 'Hawk stances raise tension, collaboration by both lowers it; at 10 a crisis ends the game and every seat loses.',
  },
};
