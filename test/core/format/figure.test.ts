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

describe("a figure written from its text", () => {
  // formatFigure writes a decimal text from its digits; the reports and the pane rely on it
  // writing exactly what the Decimal would, in every rounding and zero case.
  const policies = [0, 1, 2, 3, 5, upTo(0), upTo(1), upTo(2), upTo(4)];
  const texts = [
    "0", "-0", "0.0", "-0.00", "5", "-5", "0.5", "-0.5", "0.05", "0.049", "0.0449", "0.00000049", "0.0000005", "0.9999", "-0.9995",
    "9.995", "99.95", "999.5", "-999.5", "1000", "1234567.891", "-1871150", "007.50", "8.149", "8.15", "-8.15", "0.004", "1200",
    "123456789012345678901234567890.123456789", "0.000000000001", "-0.0000000000005",
  ];
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let i = 0; i < 400; i++) {
    const digits = (n: number) => Array.from({ length: n }, () => (random(2) ? "0995"[random(4)] : String(random(10)))).join("");
    const whole = random(3) === 0 ? "0" : digits(1 + random(8));
    texts.push(`${random(2) ? "-" : ""}${whole}${random(3) ? "." + digits(1 + random(8)) : ""}`);
  }

  it("is the Decimal's text in both languages, at every decimals policy, signed or not", () => {
    for (const text of texts) {
      for (const policy of policies) {
        for (const lang of ["fi", "en"] as const) {
          expect([text, formatFigure(lang, text, policy)]).toEqual([text, formatFigure(lang, new Decimal(text), policy)]);
          expect([text, formatSigned(lang, text, policy)]).toEqual([text, formatSigned(lang, new Decimal(text), policy)]);
        }
      }
    }
  });

  it("leaves text that is no plain decimal to Decimal", () => {
    expect(formatFigure("en", "1.5e3")).toBe("1,500");
    expect(formatSigned("fi", "+2")).toBe("+2");
  });
});
