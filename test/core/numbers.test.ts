import Decimal from "decimal.js";
import { formatFi, parseCell, parseFinnishNumber } from "../../src/core/numbers";

describe("parseFinnishNumber", () => {
  it.each([
    ["-1 234 567", "-1234567"],
    ["1 234,5", "1234.5"],
    ["\u22121\u00a0234", "-1234"],
    ["8,1", "8.1"],
    ["-0,5 %", "-0.5"],
    ["12\u202f000 €", "12000"],
    ["(1 500)", "-1500"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseFinnishNumber(text)?.value.toFixed()).toBe(expected);
  });

  it.each(["sis. joht.", "Myyntituotot", "1 23 4", "12,3,4", ""])("does not read %s as a number", (text) => {
    expect(parseFinnishNumber(text)).toBeNull();
  });

  it("keeps the decimals as written", () => {
    expect(parseFinnishNumber("3,0")?.decimals).toBe(1);
  });
});

describe("parseCell", () => {
  it("tells markers, errors, text and numbers apart", () => {
    expect(parseCell("sis. joht.").kind).toBe("marker");
    expect(parseCell("x").kind).toBe("marker");
    expect(parseCell({ error: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(parseCell("#REF!").kind).toBe("error");
    expect(parseCell("noin 5000").kind).toBe("text");
    expect(parseCell(null).kind).toBe("empty");
    expect(parseCell("  ").kind).toBe("empty");
    const n = parseCell(-2074784);
    expect(n.kind === "number" && n.value.eq(-2074784)).toBe(true);
  });
});

describe("formatFi", () => {
  it("groups thousands with a no-break space and uses a decimal comma", () => {
    expect(formatFi(new Decimal("-1871150"))).toBe("-1\u00a0871\u00a0150");
    expect(formatFi(new Decimal("8.149"), 1)).toBe("8,1");
    expect(formatFi(new Decimal("-0.04"), 1)).toBe("0,0");
  });
});
