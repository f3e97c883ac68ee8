import Decimal from "decimal.js";
import { allocationWords } from "../../src/i18n/sheetWords";
import { computeManagementAllocation } from "../../src/core/managementAllocation";
import { buildAllocationSheet } from "../../src/core/allocationSheet";
import { checkWorkbook } from "../../src/core/check";
import { Grid } from "../../src/core/grid";
import { parseRange } from "../../src/core/address";
import { SheetData } from "../../src/core/sheetData";
import { gridsFromText } from "../../src/hosts/text";
import { seedText, modelOf } from "./allocationFixtures";
import { sheetEvaluator, shown } from "./sheetEvaluator";

const grids = gridsFromText(seedText());

/** Same text, or the same number to 1e-6 (Excel computes in doubles, the engine in decimals). */
function close(actual: string, expected: string | undefined): boolean {
  if (actual === expected) return true;
  if (expected === undefined || !/^-?\d/.test(actual) || !/^-?\d/.test(expected)) return false;
  return new Decimal(actual).minus(expected).abs().lt(1e-6);
}

function sheetFor(sources: Grid[], totals: Record<number, number>, lang: "fi" | "en" = "fi"): SheetData {
  const { model } = checkWorkbook(sources);
  return buildAllocationSheet(computeManagementAllocation(model, { managementTotals: totals }), allocationWords(lang));
}

function cell(data: SheetData, address: string) {
  const c = data.cells.find((x) => x.address === address);
  if (!c) throw new Error(`no cell ${address}`);
  return c;
}

/** Rows of the sheet as text, for finding the block of a year. */
function rowOf(data: SheetData, text: string): number {
  const c = data.cells.find((x) => x.value === text);
  if (!c) throw new Error(`no cell with ${text}`);
  return parseRange(c.address).range.top + 1;
}

describe("buildAllocationSheet on the founding document", () => {
  const data = sheetFor(grids, { 2024: 143000 });
  const y2024 = rowOf(data, "Vuosi 2024");
  const first = y2024 + 3; // title, total, header, then the areas

  it("writes live references to the amounts, quoting the sheet names", () => {
    expect(cell(data, `E${first}`).formula).toBe("='Asuminen ja ympäristö'!E124");
    expect(cell(data, `E${first + 1}`).formula).toBe("='Kaupunkimarkkinointi, hankinnat'!E88");
    expect(cell(data, `E${first + 2}`).formula).toBe("='Työllisyyspalvelut'!E112");
    expect(cell(data, `D${first}`).value).toBe(65.7);
  });

  it("uses the custom functions: implied total per row, one spilled ALLOCATE, SUMDIFF for the gap", () => {
    expect(cell(data, `F${first}`).formula).toBe(`=BUDJETTI.IMPLIEDTOTAL(E${first},D${first})`);
    const anchor = cell(data, `G${first}`);
    expect(anchor.formula).toBe(`=BUDJETTI.ALLOCATE($E$${y2024 + 1},$D$${first}:$D$${first + 2},0)`);
    expect(anchor.spill).toEqual({ range: `G${first}:G${first + 2}`, expected: ["-93951", "-7865", "-41184"] });
    // Spilled cells must stay empty or Excel shows #SPILL!.
    expect(data.cells.some((c) => c.address === `G${first + 1}` || c.address === `G${first + 2}`)).toBe(false);
    expect(cell(data, `E${first + 4}`).formula).toBe(`=BUDJETTI.SUMDIFF($E$${y2024 + 1},E${first}:E${first + 2})`);
    expect(cell(data, `E${y2024 + 1}`).value).toBe(-143000);
  });

  it("evaluates, with the add-in's functions, to exactly the figures the engine expects", () => {
    const value = sheetEvaluator(data.name, data, grids);
    let checked = 0;
    for (const c of data.cells) {
      if (c.formula) {
        expect([c.address, close(shown(value(c.address)), c.expected)]).toEqual([c.address, true]);
        checked++;
      }
      if (c.spill) {
        const { range } = parseRange(c.spill.range);
        c.spill.expected.forEach((e, i) => expect(shown(value(`G${range.top + 1 + i}`))).toBe(e));
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(shown(value(`H${first}`))).toBe("11");
    expect(shown(value(`H${first + 1}`))).toBe("-5");
    expect(shown(value(`H${first + 2}`))).toBe("4");
    expect(shown(value(`D${first + 3}`))).toBe("100");
    expect(shown(value(`E${first + 4}`))).toBe("-10");
  });

  it("follows the workbook: a changed source figure changes the differences", () => {
    const edited = grids.map((g) =>
      g.sheet === "Työllisyyspalvelut" ? { ...g, values: g.values.map((r, i) => (i === 111 ? r.map((v, j) => (j === 4 ? "-41 280" : v)) : r)) } : g,
    );
    const value = sheetEvaluator(data.name, data, edited);
    expect(shown(value(`E${first + 2}`))).toBe("-41280");
    expect(shown(value(`H${first + 2}`))).toBe("-96");
    expect(shown(value(`E${first + 4}`))).toBe("90");
  });

  it("explains the total and the keys in the chosen language", () => {
    const texts = data.cells.map((c) => String(c.value ?? ""));
    expect(texts).toContain("Kokonaissumma -143\u00a0000 € on annettu asetuksissa.");
    expect(texts).toContain("Avaimet yhteensä 100,0 %.");
    const en = sheetFor(grids, {}, "en");
    expect(en.name).toBe("Allocation");
    expect(en.cells.map((c) => String(c.value ?? ""))).toContain("Total -142,990 € is the sum of the allocated amounts (no agreed total was given in the settings).");
    // Without an agreed total the total cell is a live SUM of the amounts.
    const y = rowOf(en, "Year 2024");
    expect(cell(en, `E${y + 1}`).formula).toBe(`=SUM(E${y + 3}:E${y + 5})`);
  });
});

describe("buildAllocationSheet edge cases", () => {
  it("with keys adding up to 99,9 % writes SHARE per row instead of an ALLOCATE that could only fail", () => {
    const model = modelOf([
      { sheet: "A", columns: [["TA", 2024]], units: [{ name: "J 60 % v. 2024", keys: [[2024, "60"]], menot: [-60000] }] },
      { sheet: "B b", columns: [["TA", 2024]], units: [{ name: "J 39,9 % v. 2024", keys: [[2024, "39.9"]], menot: [-40000] }] },
    ]);
    const data = buildAllocationSheet(computeManagementAllocation(model, { managementTotals: { 2024: 100000 } }), allocationWords("fi"));
    expect(data.cells.some((c) => c.formula?.includes("ALLOCATE"))).toBe(false);
    expect(cell(data, "G7").formula).toBe("=BUDJETTI.SHARE($E$5,D7,0)");
    expect(cell(data, "E8").formula).toBe("='B b'!B12");
    expect(data.cells.map((c) => c.value)).toContain(
      "Avaimet ovat yhteensä 99,9 %, eivät 100 %: odotetut summat on laskettu avain kerrallaan, eivätkä ne täsmää kokonaissummaan.",
    );
  });

  it("writes a note instead of figures when no keys were found", () => {
    const data = buildAllocationSheet({ years: [] }, allocationWords("en"));
    expect(data.cells.map((c) => c.value)).toContain('No management-cost keys (e.g. "65,7 % v. 2024") were found in the workbook\'s unit headings.');
    expect(data.cells.some((c) => c.formula)).toBe(false);
  });

  it("with an area's amount missing and no agreed total, writes no expected amounts and says the total is not known", () => {
    const model = modelOf([
      { sheet: "A", columns: [["TA", 2024]], units: [{ name: "J 50 % v. 2024", keys: [[2024, "50"]], menot: ["sis. joht."] }] },
      { sheet: "B", columns: [["TA", 2024]], units: [{ name: "J 50 % v. 2024", keys: [[2024, "50"]], menot: [-500] }] },
    ]);
    const data = buildAllocationSheet(computeManagementAllocation(model, { managementTotals: {} }), allocationWords("en"));
    // A SUM of the one amount there is would pass half the cost for the whole.
    expect(cell(data, "E5").value).toBe("–");
    expect(data.cells.some((c) => /ALLOCATE|SHARE|SUMDIFF/.test(c.formula ?? ""))).toBe(false);
    expect(cell(data, "A5").value).toBe("Total");
    expect(data.cells.some((c) => typeof c.value === "string" && c.value.startsWith("The total is not known: not every area has an allocated amount"))).toBe(true);
  });

  it("writes 'no figure' where a year has no budget column, and no formulas on it", () => {
    const model = modelOf([{ sheet: "A", columns: [["TP", 2023]], units: [{ name: "J 100 % v. 2024", keys: [[2024, "100"]], menot: [-5] }] }]);
    const data = buildAllocationSheet(computeManagementAllocation(model, { managementTotals: { 2024: 10 } }), allocationWords("en"));
    expect(cell(data, "E7").value).toBe("no figure");
    expect(data.cells.some((c) => c.address === "F7" || c.address === "H7")).toBe(false);
    expect(cell(data, "G7").spill?.expected).toEqual([new Decimal(-10).toFixed()]);
  });
});
