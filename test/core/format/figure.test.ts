import Decimal from "decimal.js";
import { AS_READ, findingFigure, formatFigure, formatSigned, upTo } from "../../../src/core/format";

const NBSP = "\u00a0";

describe("formatFigure", () => {
  it("writes Finnish with no-break space groups and a decimal comma, English with commas and a point", () => {
    expect(formatFigure("fi", new Decimal("-1871150"))).toBe(`-1${NBSP}871${NBSP}150`);
    expect(formatFigure("en", new Decimal("-1871150"))).toBe("-1,871,150");
    expect(formatFigure("fi", new Decimal("8.149"), 1)).toBe("8,1");
    expect(formatFigure("en", new Decimal("8.15"), 1)).toBe("8.2");
  });

  it("never writes minus zero", () => {
    expect(formatFigure("fi", new Decimal("-0.04"), 1)).toBe("0,0");
  });

  it("upTo keeps the value's own decimals up to the cap and never shows a non-zero value as zero", () => {
    expect(formatFigure("fi", new Decimal("8.0571"), upTo(2))).toBe("8,06");
    expect(formatFigure("fi", new Decimal("8.1"), upTo(2))).toBe("8,1");
    expect(formatFigure("fi", new Decimal("1200"), upTo(2))).toBe(`1${NBSP}200`);
    expect(formatFigure("en", new Decimal("0.004"), AS_READ)).toBe("0.004");
    expect(formatFigure("en", new Decimal("0"), AS_READ)).toBe("0");
  });

  it("signs a positive difference", () => {
    expect(formatSigned("fi", new Decimal(5))).toBe("+5");
    expect(formatSigned("fi", new Decimal(-5))).toBe("-5");
    expect(formatSigned("fi", new Decimal("0.2"))).toBe("0");
  });
});

describe("findingFigure", () => {
  it("writes a finding's decimal strings as every edge shows them", () => {
    expect(findingFigure("-1076109", "fi")).toBe(`-1${NBSP}076${NBSP}109`);
    expect(findingFigure("-1076109", "en")).toBe("-1,076,109");
    expect(findingFigure("8.0571", "fi")).toBe("8,06");
    expect(findingFigure("0.25", "en")).toBe("0.25");
  });

  it("shows text as it is and a missing figure as nothing", () => {
    expect(findingFigure("sis. joht.", "fi")).toBe("sis. joht.");
    expect(findingFigure(undefined, "fi")).toBe("");
    expect(findingFigure("", "en")).toBe("");
  });
});
