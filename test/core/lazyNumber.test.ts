import Decimal from "decimal.js";
import fc from "fast-check";
import { ParsedCell, decimalOfUnits, figureSign, parseCell } from "../../src/core/numbers";
import { SheetView } from "../../src/core/recognize/sheetView";

/**
 * A figure's Decimal is built when first read (numbers.ts NumberCell). Whatever the cell held, it
 * must be the very Decimal an eager parse made: same digits, exponent and sign (minus zero too),
 * so every rule and report reads the same figure.
 */
function same(actual: Decimal, expected: Decimal): void {
  expect(actual.toString()).toBe(expected.toString());
  expect(actual.isNegative()).toBe(expected.isNegative());
  // Internal form (digits, exponent, sign) equal: later arithmetic cannot tell them apart.
  expect({ d: actual.d, e: actual.e, s: actual.s }).toEqual({ d: expected.d, e: expected.e, s: expected.s });
}

function numberOf(p: ParsedCell): Extract<ParsedCell, { kind: "number" }> {
  if (p.kind !== "number") throw new Error(`not a number: ${JSON.stringify(p)}`);
  return p;
}

/** Groups an integer digit string in threes with a space, as a Finnish sheet prints it. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

// A figure as a sheet may write it: sign, integer digits (short or beyond 2^53), fraction, and
// the ways of printing it (grouping, comma or point, accounting parentheses, a unit after it).
const writtenFigure = fc.record({
  minus: fc.constantFrom("", "-", "\u2212"),
  digits: fc.oneof(fc.stringMatching(/^\d{1,6}$/), fc.stringMatching(/^[1-9]\d{14,24}$/), fc.constant("0")),
  frac: fc.oneof(fc.constant(""), fc.stringMatching(/^\d{1,4}$/), fc.stringMatching(/^0{5,12}[1-9]$/)),
  group: fc.boolean(),
  point: fc.constantFrom(",", "."),
  parens: fc.boolean(),
  unit: fc.constantFrom("", " %", " €", "\u00a0€"),
});

describe("a figure's Decimal made when read", () => {
  it("equals the eager Decimal of every stored number (integers, fractions, beyond 2^53, tiny)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(0, -0, 2 ** 53, -(2 ** 53) - 2, 1e21, 1.5e-7, -3.25e-12, 0.1 + 0.2, 123456789.123),
        ),
        (n) => {
          const p = numberOf(parseCell(n));
          same(p.value, new Decimal(n));
        },
      ),
    );
  });

  it("equals the Decimal of the written figure for every way a sheet writes one", () => {
    fc.assert(
      fc.property(writtenFigure, (f) => {
        const body = `${f.group ? grouped(f.digits) : f.digits}${f.frac ? f.point + f.frac : ""}`;
        const text = f.parens ? `${f.minus}(${body})${f.unit}` : `${f.minus}${body}${f.unit}`;
        const parsed = parseCell(text);
        // A minus before parentheses is not a figure; it stays text, as it did before.
        if (f.parens && f.minus) return parsed.kind === "text";
        const plain = `${f.digits}${f.frac ? "." + f.frac : ""}`;
        let expected = new Decimal(f.minus ? `-${plain}` : plain);
        if (f.parens) expected = expected.neg();
        const p = numberOf(parsed);
        same(p.value, expected);
        expect(p.decimals).toBe(f.frac.length);
        return true;
      }),
    );
  });

  it("keeps the sign of a minus zero and trailing zeros as read", () => {
    same(numberOf(parseCell("-0")).value, new Decimal("-0"));
    same(numberOf(parseCell("(0,00)")).value, new Decimal("0").neg());
    same(numberOf(parseCell("1 500,50")).value, new Decimal("1500.50"));
    expect(numberOf(parseCell("1 500,50")).decimals).toBe(2);
  });

  it("equals the eager Decimal where a figure's digits meet decimal.js's words of seven", () => {
    const texts = ["9 999 999", "10 000 000", "10 000 000,5", "0,0000001", "-0,0000010", "100 000 000 000 000", "-123 456 789 012 345,6", "99 999 999 999 999,99", "1 000 000,0000000", "8 999 999 999 999 999"];
    for (const t of texts) same(numberOf(parseCell(t)).value, new Decimal(t.replace(/ /g, "").replace(",", ".")));
    // Any exact figure with up to seven decimals, as units and decimals, against its written form.
    const written = (units: number, decimals: number) => {
      const digits = String(Math.abs(units)).padStart(decimals + 1, "0");
      return `${units < 0 ? "-" : ""}${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}0`;
    };
    const units = fc.oneof(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: -1e8, max: 1e8 }), fc.constantFrom(0, 1e7, 1e14, 1e15, 2 ** 53 - 1));
    fc.assert(fc.property(units, fc.nat(7), (u, d) => same(decimalOfUnits(u, d), new Decimal(written(u, d)))));
  });

  it("gives a figure's sign as its Decimal does, for every kind of figure", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), writtenFigure.map((f) => `${f.minus}${f.digits},${f.frac}`)), (x) => {
        const p = parseCell(x);
        if (p.kind !== "number") return true;
        const v = new Decimal(p.value);
        expect(figureSign(p)).toBe(v.isZero() ? 0 : v.isNegative() ? -1 : 1);
        return true;
      }),
    );
    expect(figureSign(parseCell("-0,0"))).toBe(0);
    expect(figureSign(parseCell("(12)"))).toBe(-1);
    expect(figureSign(parseCell("sis. joht."))).toBeNull();
  });

  it("is the same object on every read", () => {
    const p = numberOf(parseCell("12 345,6"));
    expect(p.value).toBe(p.value);
  });

  it("writes to JSON as the eager parse did", () => {
    expect(JSON.parse(JSON.stringify(parseCell("-1 234,5")))).toEqual({ kind: "number", value: "-1234.5", decimals: 1, units: -12345 });
    expect(JSON.parse(JSON.stringify(parseCell(2 ** 64)))).toEqual({ kind: "number", value: "18446744073709552000", decimals: 0 });
  });
});

describe("a value cell made when read", () => {
  const view = new SheetView({ sheet: "S", originRow: 2, originCol: 1, values: [["Tuotot", "1 234,5"], [null, 7]], formulas: [[null, null], [null, "=B3*2"]], numberFormats: [[null, "#,##0.0"]] });

  it("names its address, figure, formula and format", () => {
    const c = view.valueCell(2, 2);
    expect(c.cell).toBe("C3");
    expect(c.value?.toFixed()).toBe("1234.5");
    expect(c.numberFormat).toBe("#,##0.0");
    expect(c.formula).toBeUndefined();
    const f = view.valueCell(3, 2);
    expect([f.cell, f.formula, f.value?.toFixed()]).toEqual(["C4", "=B3*2", "7"]);
    expect(view.valueCell(3, 1).value).toBeNull();
  });

  it("reads a figure cell's parse as the figure itself: number, decimals, exact units, the same Decimal", () => {
    const c = view.valueCell(2, 2);
    const p = c.parsed;
    expect(p.kind).toBe("number");
    if (p.kind !== "number") return;
    expect([p.decimals, p.units, p.value.toFixed()]).toEqual([1, 12345, "1234.5"]);
    expect(p.value).toBe(c.value);
    // A copy that names its address (as a rule's emptied cell does) keeps the cell's place.
    const emptied = { ...c, cell: c.cell, parsed: { kind: "empty" as const }, value: null };
    expect([emptied.cell, emptied.row, emptied.col, emptied.numberFormat]).toEqual(["C3", 2, 2, "#,##0.0"]);
  });

  it("reads a stored number as parseCell reads it: decimals, exact units and the same Decimal", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, 2 ** 53, 1e21, 1.5e-7, 0.1 + 0.2)), (n) => {
        const cell = new SheetView({ sheet: "S", originRow: 0, originCol: 0, values: [[n]] }).valueCell(0, 0);
        const expected = numberOf(parseCell(n));
        const p = numberOf(cell.parsed);
        expect([p.decimals, p.units]).toEqual([expected.decimals, expected.units]);
        same(p.value, expected.value);
      }),
    );
  });

  it("writes to JSON as a plain value cell did", () => {
    expect(JSON.parse(JSON.stringify(view.valueCell(3, 2)))).toEqual({ cell: "C4", row: 3, col: 2, parsed: { kind: "number", value: "7", decimals: 0, units: 7 }, value: "7", formula: "=B3*2" });
    expect(Object.keys(JSON.parse(JSON.stringify(view.valueCell(2, 2))))).toEqual(["cell", "row", "col", "parsed", "value", "numberFormat"]);
  });
});
