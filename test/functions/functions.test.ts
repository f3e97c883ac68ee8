import { allocate, change, changePct, impliedTotal, perResident, share, sumDiff } from "../../src/functions/functions";
import { RuntimeError, functionLanguage } from "../../src/functions/runtime";

type WithOffice = { Office?: unknown };

function setDisplayLanguage(language: string | undefined): void {
  if (language === undefined) delete (globalThis as WithOffice).Office;
  else (globalThis as WithOffice).Office = { context: { displayLanguage: language } };
}

function asError(value: unknown): RuntimeError {
  expect(value).toEqual(expect.objectContaining({ code: expect.any(String) }));
  return value as RuntimeError;
}

afterEach(() => setDisplayLanguage(undefined));

describe("custom function wrappers (no Excel loaded)", () => {
  it("return plain numbers for good input", () => {
    expect(perResident("-1 871 150", 7008, 0)).toBe(-267);
    expect(change(-2983250, -2759200)).toBe(-224050);
    expect(changePct(-2983250, -2759200, 1)).toBe(8.1);
    expect(share(143000, "65,7", 0)).toBe(93951);
    expect(impliedTotal(-93940, 65.7, 0)).toBe(-142983);
    expect(sumDiff(1112100, [[615100], [62000], [435000]])).toBe(0);
    expect(allocate(143000, [[65.7], [5.5], [28.8]], null)).toEqual([[93951], [7865], [41184]]);
  });

  it("take omitted optional arguments as null, not as TypeScript defaults", () => {
    expect(perResident(10, 4, null)).toBe(2.5);
    expect(changePct(3, 2, null)).toBe(50);
    expect(allocate(10, [[50], [50]], null)).toEqual([[5], [5]]);
  });

  it("give #VALUE! with an English message outside Finnish Excel", () => {
    setDisplayLanguage("en-US");
    const e = asError(allocate(143000, [[65.7], [5.5], [28.7]], null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("The keys add up to 99.9 %, not 100 %. Correct them so that they add up to exactly 100 %.");
    expect(asError(perResident("abc", 7008, null)).message).toContain('Argument amount is not a number: "abc"');
  });

  it("give #VALUE! with a Finnish message in Finnish Excel, argument names in Finnish", () => {
    setDisplayLanguage("fi-FI");
    expect(functionLanguage()).toBe("fi");
    const e = asError(allocate(143000, [[65.7], [5.5], [28.7]], null));
    expect(e.message).toBe("Avaimet ovat yhteensä 99,9 %, eivät 100 %. Korjaa avaimet niin, että niiden summa on tasan 100 %.");
    expect(asError(perResident(100, null, null)).message).toBe("Argumentti asukasluku puuttuu tai sen solu on tyhjä.");
    expect(asError(perResident(100, -7008, null)).message).toBe("Asukasluvun pitää olla suurempi kuin nolla, nyt -7008.");
  });

  it("give #DIV/0! without a message (Excel allows none for it)", () => {
    const e = asError(changePct(5, 0, null));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
    expect(asError(perResident(5, 0, null)).code).toBe("#DIV/0!");
    expect(asError(impliedTotal(5, "0", null)).code).toBe("#DIV/0!");
  });

  it("fall back to English when Office has no context yet", () => {
    (globalThis as WithOffice).Office = {};
    expect(functionLanguage()).toBe("en");
    setDisplayLanguage(undefined);
    expect(functionLanguage()).toBe("en");
  });
});
