/**
 * The order of two products of safe integers, `a × b` against `c × d`, exact and without BigInt:
 * each product is the double it rounds to plus its rounding error, both doubles and the error
 * exact (Dekker's product: the factors split into halves of 26 bits, whose products are exact).
 * Rounding keeps order, so two products whose doubles differ are ordered as the doubles are;
 * products whose doubles are equal are ordered by their errors. Comparing quotients by their cross
 * products made two BigInts each time the doubles tied (areas copied from one template tie often).
 */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const p = a * b;
  const q = c * d;
  if (p !== q) return p < q ? -1 : 1;
  const e = productError(a, b, p);
  const f = productError(c, d, q);
  return e < f ? -1 : e > f ? 1 : 0;
}

// 2^27 + 1: splits a double's 53 bits into two halves of at most 26 bits and a sign.
const SPLITTER = 134_217_729;

/** `a × b − p` exactly, where `p` is `a × b` rounded (|a|, |b| < 2^53, so nothing overflows). */
function productError(a: number, b: number, p: number): number {
  const ta = SPLITTER * a;
  const ah = ta - (ta - a);
  const al = a - ah;
  const tb = SPLITTER * b;
  const bh = tb - (tb - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}
