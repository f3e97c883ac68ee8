import { isUnitOnly, unitIn, withoutUnit } from "../../../../src/core/recognize/vocabulary/units";

describe("the money unit a title or header names", () => {
  it.each([
    ["Käyttötalous (1 000 €)", 1000, "1 000 €"],
    ["TA 2024 t€", 1000, "t€"],
    ["Talousarvio, milj. euroa", 1_000_000, "milj. euroa"],
    ["Resultaträkning (tusen euro)", 1000, "tusen euro"],
    ["Income statement, EUR thousand", 1000, "EUR thousand"],
    ["Menot €", 1, "€"],
  ])("%s is in units of %d euros", (text, factor, words) => {
    expect(unitIn(text)).toEqual({ factor, text: words });
  });

  it("does not read a unit in a label that names none", () => {
    expect(unitIn("Toimintakate")).toBeNull();
    expect(unitIn("Eurooppa-neuvosto")).toBeNull();
  });

  it("tells a header line that is only a unit from a header with a year", () => {
    expect(isUnitOnly("(1 000 €)")).toBe(true);
    expect(isUnitOnly("TA 2024 (1 000 €)")).toBe(false);
  });
});

describe("a label or header with its unit taken out", () => {
  it.each([
    ["TA 2024 (1 000 €)", "TA 2024"],
    ["Toimintakate, milj. €", "Toimintakate,"],
    ["Lainakanta\u00a0 €/asukas", "Lainakanta €/asukas"],
    ["Verotulot (t€) ", "Verotulot"],
    ["Årsbidrag, tusen euro", "Årsbidrag,"],
    ["Toimintatuotot", "Toimintatuotot"],
    ["  Toiminta-\tkulut  ", "Toiminta- kulut"],
    ["Muut ()", "Muut"],
  ])("%j reads as %j", (text, expected) => {
    expect(withoutUnit(text)).toBe(expected);
  });

  it("gives the same answer the second time a label is seen (labels repeat on every sheet)", () => {
    const first = withoutUnit("Bruttoinvestoinnit 1 000 euroa");
    expect(withoutUnit("Bruttoinvestoinnit 1 000 euroa")).toBe(first);
    expect(first).toBe("Bruttoinvestoinnit");
  });
});
