import fc from "fast-check";

export const TWO_53 = 2 ** 53;

/**
 * Figures a workbook holds, as stored numbers and as text: whole euros, cents, long binary
 * fractions, zeros of both signs, around and beyond 2^53, grouped Finnish text, accounting
 * parentheses, a unit or a per cent sign after the figure. Every one parses as a number.
 */
export const workbookFigure: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: -50_000_000, max: 50_000_000 }),
  fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }).map((c) => c / 100),
  fc.integer({ min: -999_999, max: 999_999 }).map((c) => c / 1000),
  fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map((b) => Number(b)),
  fc.constantFrom(0, -0, TWO_53 - 1, TWO_53, TWO_53 + 2, -TWO_53, 1e21, 0.1 + 0.2, -0.5, 1e-7),
  fc.integer({ min: -9_999_999, max: 9_999_999 }).map((n) => n.toLocaleString("fi-FI").replace(/\s/g, " ")),
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${String(b).padStart(2, "0")}`),
  fc.constantFrom("12345678901234567890", "-9007199254740993", "(1 234)", "-0", "(0)", "−12,5", "0,50", "1 000 €", "12,5 %"),
);
