/**
 * A small seeded PRNG for bots: deterministic given a seed string, so a bot's choice at a given
 * state of a given match is always the same (simulations and replays are exact).
 */

/** cyrb53-style string hash → 32-bit seed. */
function hash(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** mulberry32: returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

/** x scaled by a factor drawn uniformly from [1 - spread, 1 + spread]. */
export const jitter = (random: Random, x: number, spread = 0.15) => x * (1 - spread + 2 * spread * random());

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export const chance = (random: Random, p: number) => random() < p;
