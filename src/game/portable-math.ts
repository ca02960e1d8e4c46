/**
 * Math that gives the same bits on every JavaScript engine. `**`, Math.pow, Math.log and
 * Math.log2 are not specified to the last bit, and engines differ: Node 20 (V8 11.3) and
 * Chromium 156 disagree on 1.08 ** 3 and on Math.log for about one argument in forty. A record
 * replays bit for bit only if the rules use these instead: they are built from +, -, *, / alone
 * (each correctly rounded everywhere, by the IEEE 754 rules JavaScript requires).
 */

/** base ** n for a whole n >= 0, by repeated multiplication (n is a year or a tech level here). */
export function powInt(base: number, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`powInt: the exponent must be a whole number >= 0, not ${n}.`);
  let result = 1;
  for (let i = 0; i < n; i++) result *= base;
  return result;
}

// fdlibm's e_log.c (Sun Microsystems, 1993), which V8 itself used: the same steps, in JavaScript.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

const words = new DataView(new ArrayBuffer(8));

/** The natural logarithm, the same on every engine (within an ulp of the true value). */
export function ln(input: number): number {
  let x = input;
  words.setFloat64(0, x);
  let hx = words.getInt32(0);
  const lx = words.getUint32(4);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54; // subnormal: scale up
    x *= TWO54;
    words.setFloat64(0, x);
    hx = words.getInt32(0);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i0 = (hx + 0x95f64) & 0x100000;
  words.setInt32(0, hx | (i0 ^ 0x3ff00000)); // normalise x or x/2 into [sqrt(2)/2, sqrt(2))
  x = words.getFloat64(0);
  k += i0 >> 20;
  const f = x - 1.0;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - R : dk * LN2_HI - (R - dk * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  let i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - (hfsq - s * (hfsq + R) - dk * LN2_LO - f);
  }
  return k === 0 ? f - s * (f - R) : dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

const INV_LN2 = 1 / Math.LN2;

/** log2 from ln, exact at powers of two: x = m * 2^k with m near 1, log2 x = k + ln(m) / ln 2. */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return ln(x);
  words.setFloat64(0, x);
  const hx = words.getInt32(0);
  if (hx < 0x00100000) return ln(x) * INV_LN2; // subnormal
  let k = (hx >> 20) - 1023;
  words.setInt32(0, (hx & 0x000fffff) | 0x3ff00000);
  let m = words.getFloat64(0); // in [1, 2)
  if (m > Math.SQRT2) {
    m /= 2; // exact
    k += 1;
  }
  return k + ln(m) * INV_LN2;
}
