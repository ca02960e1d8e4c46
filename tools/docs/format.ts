/**
 * Small formatting helpers shared by the rules-page generator: numbers as the prose prints them,
 * and a line collector so each section reads as a list of paragraphs.
 */

/** A number for prose: up to `d` decimals, trailing zeros trimmed, a real minus sign. */
export function n(x: number, d = 4): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  let s = x.toFixed(d);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/** A term after the first in a sum: '+ 1.2' or '− 0.3'. */
export const term = (x: number, d = 4): string => (x < 0 ? `− ${n(-x, d)}` : `+ ${n(x, d)}`);

/** A share as a whole percentage: 0.15 → '15%'. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A volume cap as the policy panel shows it. */
export const cap = (c: number | null): string => (c === null ? 'none' : `${c}%`);

/** Collects the lines of one section; `w()` with no argument is a blank line. */
export class Lines {
  readonly lines: string[] = [];
  w = (line = ''): void => {
    this.lines.push(line);
  };
  /** A fenced code block (the page shows formulas in these). */
  code = (...body: string[]): void => {
    this.lines.push('```', ...body, '```', '');
  };
  text(): string {
    return this.lines.join('\n');
  }
}
