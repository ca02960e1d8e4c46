/** Number formats used across the table, so the same figure reads the same everywhere. */
export const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
export const money = (x: number) => `$${fixed(x)}B`;
export const trillions = (x: number) => `$${fixed(x, 2)}T`;
export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const signed = (x: number, digits = 2) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** mm:ss for timers. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A money cost for a lever card's badge; nothing when the lever costs nothing. */
export const costOf = (x: number) => (x > 0 ? money(x) : undefined);
