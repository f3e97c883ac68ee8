import { AreaSpec, buildArea, byRule, check, sampleArea, setCell } from "./builder";

function area(name: string, scale: number, extra: Partial<AreaSpec> = {}): AreaSpec {
  const base = sampleArea();
  const scaled = (rec: Record<string, number[]>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v.map((x) => Math.round(x * scale))]));
  return { ...base, name, units: undefined, tuotot: scaled(base.tuotot), kulut: scaled(base.kulut), ...extra };
}

/**
 * An odd €/asukas figure is told the value its toimintakate gives at the population the other
 * areas agree on. That quotient is divided in integers from the toimintakate's digits: a
 * toimintakate written with cents must be read at its cents, not as that many euros.
 */
describe("per-resident-population: a toimintakate with cents", () => {
  it("names the figure its toimintakate in euros and cents gives at the agreed population", () => {
    const areas = [buildArea(area("Asuminen", 1)), buildArea(area("Markkinointi", 0.1, { tunnusluvut: { ...sampleArea().tunnusluvut!, perResidentDecimals: 1 } })), buildArea(area("Työllisyys", 0.4))];
    const tyo = areas[2];
    const cell = tyo.at("tl|Toimintakate €/asukas|TA 2024");
    const kate = tyo.at("kt|TOIMINTAKATE/JÄÄMÄ|TA 2024");
    setCell(tyo.grid, kate, "-503 504,50");
    setCell(tyo.grid, cell, -84);
    const f = byRule(check(areas.map((b) => b.grid)), "per-resident-population");
    expect(f.map((x) => [x.cell, x.actual, x.expected])).toEqual([[cell, "-84", "-72"]]);
  });
});
