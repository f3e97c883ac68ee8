import Decimal from "decimal.js";
import { summaryWords } from "../../../src/i18n/sheetWords";
import { Grid, cellAt } from "../../../src/core/grid";
import { recognizeWorkbook } from "../../../src/core/recognize";
import { buildMaararahatSummary } from "../../../src/core/summary";
import { SheetData } from "../../../src/core/sheetData";
import { evaluateFormula, CellResolver } from "../../../src/core/formula/evaluate";
import { parseA1 } from "../../../src/core/address";
import { KAYTTOTALOUS_ROWS, gridAt } from "../recognize/fixtures";

function area(sheet: string, title: string, scale: number, at: number): Grid {
  // Header rows (years) stay; figures are scaled so that the areas differ.
  const rows = KAYTTOTALOUS_ROWS.map((r, i) => (i < 2 ? r : r.map((v) => (typeof v === "number" ? v * scale : v))));
  return gridAt(sheet, at, 1, [[`${title} VASTUUALUE`], [null], ...rows]);
}

/** Resolves cells of the source grids and of the summary sheet itself, evaluating its formulas. */
function resolverFor(grids: Grid[], summary: SheetData): CellResolver {
  const own = new Map(summary.cells.map((c) => [c.address, c]));
  const resolve: CellResolver = (sheet, row, col) => {
    if (sheet === summary.name) {
      const c = own.get(`${String.fromCharCode(65 + col)}${row + 1}`);
      if (!c) return null;
      if (c.formula) {
        const v = evaluateFormula(c.formula, summary.name, resolve);
        return v;
      }
      return c.value ?? null;
    }
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) return { error: "#REF!" };
    const v = cellAt(grid, row, col);
    return typeof v === "object" && v !== null ? v : v;
  };
  return resolve;
}

describe("määrärahat summary", () => {
  const grids = [area("Asuminen ja ympäristö", "ASUMINEN JA YMPÄRISTÖ", 1, 0), area("Työllisyys", "TYÖLLISYYSPALVELUT", 3, 5)];
  const model = recognizeWorkbook(grids);
  const summary = buildMaararahatSummary(model, summaryWords("fi"));
  const resolve = resolverFor(grids, summary);

  it("lists every area with MENOT, TULOT and NETTOMENO as formulas on the käyttötalous totals", () => {
    const formulas = summary.cells.filter((c) => c.formula).map((c) => c.formula);
    expect(formulas).toContain("='Asuminen ja ympäristö'!D13");
    expect(formulas).toContain("='Asuminen ja ympäristö'!E14");
    expect(summary.cells.find((c) => c.address === "A5")?.value).toBe("Asuminen ja ympäristö");
    expect(summary.cells.find((c) => c.address === "A8")?.value).toBe("Työllisyyspalvelut");
    expect(summary.cells.find((c) => c.address === "C4")?.value).toBe("TA+MUUTOS 2023");
  });

  it("has formulas that evaluate to the engine's own figures", () => {
    const withExpected = summary.cells.filter((c) => c.formula && c.expected !== undefined && c.expected !== "");
    expect(withExpected.length).toBeGreaterThan(20);
    for (const c of withExpected) {
      const { row, col } = parseA1(c.address);
      const v = resolve(summary.name, row, col);
      expect({ at: c.address, value: v instanceof Decimal ? v.toDecimalPlaces(8).toFixed() : v }).toEqual({
        at: c.address,
        value: new Decimal(c.expected as string).toDecimalPlaces(8).toFixed(),
      });
    }
  });

  it("totals the areas", () => {
    // Asuminen kulut TA 2024 −700, Työllisyys (×3) −2100.
    const total = summary.cells.find((c) => c.value === "Yhteensä");
    const { row } = parseA1(total!.address);
    expect((resolve(summary.name, row, 3) as Decimal).toNumber()).toBe(-2800);
  });

  it("says so when there is nothing to summarise", () => {
    const empty = buildMaararahatSummary(recognizeWorkbook([gridAt("x", 0, 0, [["teksti"]])]), summaryWords("en"));
    expect(empty.cells.some((c) => String(c.value).includes("No operating-budget"))).toBe(true);
  });
});

describe("määrärahat summary with a missing year", () => {
  it("names the missing source cell and writes no change formula that could only fail", () => {
    const rows = KAYTTOTALOUS_ROWS.map((r) => [...r.slice(0, 2), null, r[3]]);
    rows[0][2] = null;
    const grids = [
      gridAt("Full", 0, 0, [["TÄYSI VASTUUALUE"], [null], ...KAYTTOTALOUS_ROWS]),
      gridAt("Partial", 0, 0, [["OSITTAINEN VASTUUALUE"], [null], ...rows]),
    ];
    const summary = buildMaararahatSummary(recognizeWorkbook(grids), summaryWords("fi"));
    const partialRow = summary.cells.find((c) => c.value === "Osittainen");
    const row = parseA1(partialRow!.address).row + 1;
    expect(summary.cells.find((c) => c.address === `C${row}`)?.value).toBe("ei lähdesolua");
    expect(summary.cells.find((c) => c.address === `E${row}`)).toBeUndefined();
    expect(summary.cells.find((c) => c.address === `D${row}`)?.formula).toBe("=Partial!D13");
  });
});
