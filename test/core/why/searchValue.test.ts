/**
 * The repair search weighs its values in exact units (why/searchValue.ts) and makes a Decimal only
 * where units cannot tell. Whatever a user reads of a cause (the value suggested, its rounding, the
 * slip named) must be what decimal.js would give: each units helper is compared here with its
 * Decimal form over random and edge figures, written as a finance officer types them.
 */
import Decimal from "decimal.js";
import { SearchValue, fartherThanTwentieth, roundedUnits } from "../../../src/core/why/searchValue";
import { roundness, roundnessOf, slipOf, slipOfValues, figureEqualsSearchValue } from "../../../src/core/why/patterns";
import { sameDecimal } from "../../../src/core/compare/decimalOrder";
import { approxNumber, figureEquals } from "../../../src/core/relations/exactValues";
import { parseCell } from "../../../src/core/numbers";
import type { ParsedNumber } from "../../../src/core/numbers";
import type { ValueCell } from "../../../src/core/model";
import type { Figure } from "../../../src/core/why/figures";
import { seeded } from "./campaign";

const EDGES = [
  "9007199254740991", "9007199254740992", "9007199254740993", "-9007199254740991", "0.000000000000001", "0.0000000000000001",
  "99999999999999.5", "0.5", "-0.5", "1.5", "2.5", "0.05", "-0.05", "0.005", "123456789012345678901234567890",
  "0.1234567890123456789", "-0", "0", "30000", "-203310",
];

/** Figures as text (a dot for the decimal comma): whole euros, cents, tiny fractions, halves, 2^53 and beyond, round amounts. */
function figureTexts(seed: number): () => string {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const digits = (n: number) => {
    let s = String(1 + int(9));
    while (s.length < n) s += String(int(10));
    return s;
  };
  return () => {
    const sign = rnd() < 0.3 ? "-" : "";
    switch (int(8)) {
      case 0:
        return sign + digits(1 + int(16));
      case 1:
        return `${sign}${digits(1 + int(8))}.${digits(1 + int(7))}`;
      case 2:
        return `${sign}0.${"0".repeat(int(14))}${digits(1 + int(4))}`;
      case 3:
        return EDGES[int(EDGES.length)];
      case 4:
        return sign + digits(3 + int(5)) + "0".repeat(int(6));
      case 5:
        return `${sign}${digits(1 + int(3))}.${digits(1 + int(2))}5`;
      case 6:
        return `${sign}${digits(15)}.${digits(2)}`;
      default:
        return sign + digits(1 + int(6)) + (rnd() < 0.5 ? `.${digits(1 + int(4))}` : "");
    }
  };
}

function parsedFigure(text: string): ParsedNumber | undefined {
  const p = parseCell(text.replace(".", ","));
  return p.kind === "number" ? p : undefined;
}

/** The value as the search holds it: from a Decimal, or from the cell the text was typed in. */
function searchValue(text: string, fromCell: boolean): SearchValue {
  const p = fromCell ? parsedFigure(text) : undefined;
  return p ? new SearchValue().setFigure(p) : new SearchValue().setDecimal(new Decimal(text));
}

function cellOf(text: string, col: number): ValueCell {
  return { cell: "B2", row: 1, col, parsed: parseCell(text.replace(".", ",")) } as unknown as ValueCell;
}

const COLUMNS = ["TA 2024", "TP 2023"];
const figure = { siblings: COLUMNS.map((column) => ({ column })) } as unknown as Figure;

describe("the repair search's exact values agree with decimal.js", () => {
  test("value, decimals, equality, sign, roundness, slips, nearness and rounding over 5 000 random and edge figures", () => {
    const next = figureTexts(21);
    const rnd = seeded(7);
    const wrong: string[] = [];
    const expect1 = (ok: boolean, what: string) => {
      if (!ok && wrong.length < 10) wrong.push(what);
    };
    for (let i = 0; i < 5_000; i++) {
      const ta = next();
      const tb = next();
      const tn = rnd() < 0.5 ? tb : next();
      const a = searchValue(ta, rnd() < 0.5);
      const b = searchValue(tb, rnd() < 0.5);
      const needed = searchValue(tn, false);
      const [A, B, N] = [new Decimal(ta), new Decimal(tb), new Decimal(tn)];
      expect1(a.value.eq(A) && a.value.isNegative() === A.isNegative(), `value of ${ta}: ${a.value.toString()}`);
      expect1(a.decimalPlaces() === A.decimalPlaces(), `decimals of ${ta}`);
      expect1(a.equals(b) === sameDecimal(A, B), `${ta} equals ${tb}`);
      expect1(a.sign() === (A.isZero() ? 0 : A.isNegative() ? -1 : 1), `sign of ${ta}`);
      expect1(a.approx() === approxNumber(A), `double of ${ta}`);
      expect1(roundnessOf(a) === roundness(A), `roundness of ${ta}`);
      const cells = [cellOf(rnd() < 0.5 ? ta : next(), 2), cellOf(next(), 3)];
      const siblings = cells.map((cell, k) => ({ column: COLUMNS[k], cell }));
      const slip = JSON.stringify(slipOfValues(a, b, figure, cells, cells.length, needed));
      const slipInDecimal = JSON.stringify(slipOf(A, B, siblings, N));
      expect1(slip === slipInDecimal, `slip ${ta} -> ${tb} (needed ${tn}): ${slip}, not ${slipInDecimal}`);
      expect1(figureEqualsSearchValue(cells[0].parsed, a) === figureEquals(cells[0].parsed, A), `cell equal to ${ta}`);
      if (a.hasUnits() && b.hasUnits()) {
        const far = fartherThanTwentieth(a, b);
        const farInDecimal = A.minus(B).abs().gt(B.abs().mul(0.05).plus(1));
        expect1(far === undefined || far === farInDecimal, `${ta} far from ${tb}`);
      }
      if (a.hasUnits() && a.units !== 0) {
        for (let places = 0; places < a.scale; places++) {
          const rounded = new Decimal(roundedUnits(a.units, a.scale, places)).div(new Decimal(10).pow(places));
          expect1(rounded.eq(A.toDecimalPlaces(places, Decimal.ROUND_HALF_UP)), `${ta} rounded to ${places} decimals`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("a zero typed with a minus keeps it where a repair would suggest it", () => {
    for (const text of ["-0", "−0,00", "-0,0"]) {
      const p = parseCell(text);
      if (p.kind !== "number") throw new Error(`${text} is no figure`);
      const v = new SearchValue().setFigure(p);
      expect(v.isZero()).toBe(true);
      expect(v.decimal?.isNegative()).toBe(p.value.isNegative());
    }
  });
});
