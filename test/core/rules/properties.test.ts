import fc from "fast-check";
import Decimal from "decimal.js";
import { CellValue, Grid } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { rangesContain } from "../../../src/core/compare/ranges";
import { formatFi, parseCell } from "../../../src/core/numbers";
import { AreaSpec, Col, buildArea, getCell, setCell } from "./builder";
import { wordFindings } from "../../../src/i18n/render";

const COLUMNS: Col[] = ["TP 2022", "TA+MUUTOS 2023", "TA 2024"];
const amounts = (sign: 1 | -1) => fc.array(fc.integer({ min: 0, max: 5_000_000 }).map((x) => x * sign), { minLength: 3, maxLength: 3 });

const areaSpec: fc.Arbitrary<AreaSpec> = fc
  .record({
    tuotot: fc.array(amounts(1), { minLength: 1, maxLength: 4 }),
    kulut: fc.array(amounts(-1), { minLength: 1, maxLength: 4 }),
    units: fc.array(fc.record({ menot: amounts(-1), tulot: amounts(1) }), { maxLength: 3 }),
  })
  .map(({ tuotot, kulut, units }) => ({
    name: "Koealue",
    columns: COLUMNS,
    tuotot: Object.fromEntries(tuotot.map((v, i) => [["Myyntituotot", "Maksutuotot", "Vuokratuotot", "Muut toimintatuotot"][i], v])),
    kulut: Object.fromEntries(kulut.map((v, i) => [["Henkilöstökulut", "Palvelujen ostot", "Avustukset", "Vuokrat"][i], v])),
    units: units.map((u, i) => ({ name: `Yksikkö ${i + 1}`, ...u })),
    maararahat: { base: "TA+MUUTOS 2023", budget: "TA 2024" },
  }));

const fingerprint = (f: object) => JSON.stringify(f);

// Each property runs as three tests of a third of its cases: the same random cases in all, but no
// single test runs hundreds of whole checks, which on a loaded 2-core machine came close to jest's
// per-test limit. fast-check names the seed of a failing run, so it can be replayed.
const THIRDS = [1, 2, 3];

describe("property: one changed number is always reported", () => {
  it.each(THIRDS)("at that cell, or at a total whose related ranges include it (part %i of 3)", () => {
    fc.assert(
      fc.property(areaSpec, fc.nat(), fc.integer({ min: -2_000_000, max: 2_000_000 }).filter((d) => d !== 0), (spec, pick, delta) => {
        const area = buildArea(spec);
        const keys = [...area.cells.keys()];
        const key = keys[pick % keys.length];
        const cell = area.at(key);
        const before = new Set(checkWorkbook([area.grid]).findings.map(fingerprint));
        const old = getCell(area.grid, cell);
        const parsed = parseCell(old);
        const isPercent = key.endsWith("|%");
        if (isPercent) {
          // Percentages move by whole points, so the change is beyond any rounding.
          const base = parsed.kind === "number" ? parsed.value : new Decimal(0);
          setCell(area.grid, cell, formatFi(base.plus(Math.sign(delta) * Math.max(1, Math.abs(delta) % 50)), 1).replace(/\u00a0/g, " "));
        } else {
          setCell(area.grid, cell, (typeof old === "number" ? old : 0) + delta);
        }
        const after = checkWorkbook([area.grid]).findings.filter((f) => !before.has(fingerprint(f)));
        const reported = after.some((f) => (f.sheet === area.grid.sheet && f.cell === cell) || rangesContain(f.related, f.sheet, area.grid.sheet, cell));
        if (!reported) throw new Error(`${key} (${cell}) changed from ${String(old)} by ${delta}: new findings ${JSON.stringify(after)}`);
      }),
      { numRuns: 50 },
    );
  });
});

const VOCABULARY: CellValue[] = [
  "TOIMINTATUOTOT", "TOIMINTAKULUT", "TOIMINTAKATE/JÄÄMÄ", "KÄYTTÖTALOUS", "MENOT", "TULOT", "NETTOMENO", "Vastuualue yhteensä",
  "Muutos %", "Toimintakate €/asukas", "Henkilöstömenot €", "Palvelujen ostot €", "Tunnusluvut", "Johtaminen 50 % v. 2024",
  "Elinvoiman johtamisen kust. 6,9 % v. 2023 ja 5,5 % v. 2024", "TP", "TA", "TA+MUUTOS", "TPE", "KS", "TS", "TP 2022", "TA 2024*",
  "TA+muutos 2023", "MUUTOS", "€", "%", "* TA 2024 vrt. TA 2023", "ASUMINEN VASTUUALUE", "sis. joht.", "x", "-", "1 234,5",
  "−12 000", "12,3 %", "abc", "8. Määrärahat", 2022, 2023, 2024, 2025, 0, -0, 1e15, -1e-7, 0.1, NaN, Infinity, true,
  { error: "#DIV/0!" }, { error: "#REF!" }, null, "",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 3, arbitrary: fc.integer({ min: -3_000_000, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constant(null) },
);

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constantFrom("Asuminen", "Työllisyys", "Kaupunkimarkkinointi, hankinnat", "Tyhjä"),
  originRow: fc.nat({ max: 5 }),
  originCol: fc.nat({ max: 3 }),
  values: fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 30 }),
  merged: fc.option(fc.array(fc.constantFrom("A1:B1", "B3:C4", "nonsense", "C10:C12")), { nil: undefined }),
});

describe("property: the engine never throws", () => {
  it.each(THIRDS)("on random grids, whatever the options (part %i of 3)", () => {
    fc.assert(
      fc.property(
        fc.array(grid, { maxLength: 3 }),
        fc.record({ lang: fc.constantFrom("fi" as const, "en" as const), population: fc.constantFrom<Record<number, number>>({}, { 2024: 7008 }, { 2023: 0 }), managementTotals: fc.constantFrom<Record<number, number>>({}, { 2024: 143000 }, { 2024: 0 }) }),
        (grids, options) => {
          const r = checkWorkbook(grids, options);
          // The findings are data: the same whatever language the caller reads them in.
          const other = checkWorkbook(grids, { ...options, lang: options.lang === "fi" ? "en" : "fi" });
          expect(other.findings).toEqual(r.findings);
          for (const surface of ["pane", "cli"] as const) {
            for (const f of wordFindings(r.findings, options.lang, surface)) {
              expect(typeof f.message).toBe("string");
              expect(f.message).not.toMatch(/\{@?[\w.-]+\}|\[object Object\]|undefined/);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each(THIRDS)("on structured but broken areas (part %i of 3)", () => {
    fc.assert(
      fc.property(areaSpec, fc.array(fc.tuple(fc.nat(), cellValue), { maxLength: 6 }), (spec, edits) => {
        const area = buildArea(spec);
        const keys = [...area.cells.keys()];
        for (const [pick, value] of edits) setCell(area.grid, area.at(keys[pick % keys.length]), value);
        expect(() => checkWorkbook([area.grid], { population: { 2024: 7008 } })).not.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});
