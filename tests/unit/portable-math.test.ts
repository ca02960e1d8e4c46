import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ln, log2, powInt } from '../../src/game/portable-math.js';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Number(view.getBigInt64(0) - view.getBigInt64(8));
}

describe('portable math (the same bits on every engine)', () => {
  it('powInt multiplies exactly and refuses fractional or negative exponents', () => {
    expect(powInt(1.6, 0)).toBe(1);
    expect(powInt(1.6, 3)).toBe(1.6 * 1.6 * 1.6);
    expect(powInt(2, 10)).toBe(1024);
    expect(() => powInt(2, 1.5)).toThrow(RangeError);
    expect(() => powInt(2, -1)).toThrow(RangeError);
  });

  it('ln agrees with the true logarithm to within one ulp', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const mine = ln(x);
        const host = Math.log(x);
        expect(Math.abs(ulps(mine, host))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('ln handles the edges as Math.log does', () => {
    expect(ln(1)).toBe(0);
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-1)).toBeNaN();
    expect(ln(Infinity)).toBe(Infinity);
    expect(ln(Math.E)).toBeCloseTo(1, 15);
    expect(ln(5e-324)).toBeCloseTo(Math.log(5e-324), 10);
  });

  it('log2 is exact at powers of two and within an ulp or two elsewhere', () => {
    for (let k = -20; k <= 20; k++) expect(log2(2 ** k)).toBe(k);
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e12, noNaN: true }), (x) => {
        expect(Math.abs(log2(x) - Math.log2(x))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(Math.log2(x))));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});
