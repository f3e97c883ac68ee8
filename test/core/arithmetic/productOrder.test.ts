import { compareProducts } from "../../../src/core/arithmetic/productOrder";

/** The order BigInt gives the two products: the reference. */
function reference(a: number, b: number, c: number, d: number): number {
  const p = BigInt(a) * BigInt(b);
  const q = BigInt(c) * BigInt(d);
  return p < q ? -1 : p > q ? 1 : 0;
}

// A fixed sequence (xorshift), so a failure repeats.
let state = 0x2545f491;
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}

function safeInteger(bits: number): number {
  return Math.floor(random() * 2 ** bits) * (random() < 0.2 ? -1 : 1);
}

describe("compareProducts", () => {
  test("orders products whose doubles are equal by their exact values", () => {
    // 2^52 + 1 and 2^52 − 1: the products differ by 1 far below a double's precision there.
    const big = 2 ** 52;
    expect(compareProducts(big + 1, big - 1, big, big)).toBe(-1);
    expect(compareProducts(big, big, big + 1, big - 1)).toBe(1);
    expect(compareProducts(big + 1, big - 1, big - 1, big + 1)).toBe(0);
  });

  test("agrees with BigInt on near-equal products of safe integers", () => {
    let ties = 0;
    for (let n = 0; n < 20_000; n++) {
      const a = safeInteger(20 + Math.floor(random() * 33));
      const b = Math.max(1, Math.abs(safeInteger(20 + Math.floor(random() * 33))));
      // c × d near a × b: the doubles often tie while the integers differ.
      const c = a + (random() < 0.5 ? 1 : -1);
      const d = Math.max(1, Math.round((a * b) / (c || 1)) + Math.floor(random() * 5) - 2);
      if (!Number.isSafeInteger(c) || !Number.isSafeInteger(d)) continue;
      if (a * b === c * d && reference(a, b, c, d) !== 0) ties++;
      expect(compareProducts(a, b, c, d)).toBe(reference(a, b, c, d));
    }
    // The case the errors decide must have come up.
    expect(ties).toBeGreaterThan(50);
  });
});
