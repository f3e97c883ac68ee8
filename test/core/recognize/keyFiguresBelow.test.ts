import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { StatementTable } from "../../../src/core/model";
import { sheetGrid } from "../rules/builder";

const grid = (values: CellValue[][]) => sheetGrid("Ekonomi", values);

/** An income statement in millions with key figures under it, after a blank line, in its columns. */
const ROWS: CellValue[][] = [
  ["Resultaträkning (milj. euro)", "BS 2016", "BS 2017"],
  ["Verksamhetsintäkter", 9.7, 9.3],
  ["Verksamhetskostnader", -62.1, -61.4],
  ["Verksamhetsbidrag", -52.4, -52.1],
  ["Skatteinkomster", 30.9, 31.8],
  ["Statsandelar", 27.8, 28.3],
  ["Årsbidrag", 6.3, 8.0],
  [],
  ["Invånare, antal", 9443, 9514],
  ["Skatteinkomster (€./inv.)", 3270, 3344],
  ["Årsbidrag (€./inv.)", 667, 841],
  [],
  ["År", 2016, 2017],
  ["Stadens inkomstskatteprocent", 21, 21],
];

describe("key figures under a statement, in its columns", () => {
  it("belong to the statement's table after one blank line", () => {
    const r = checkWorkbook([grid(ROWS)]);
    const table = r.model.sheets[0].tables[0] as StatementTable;
    expect(table.range).toBe("A1:C11");
    expect(table.rows.map((x) => x.label)).toContain("Årsbidrag (€./inv.)");
  });

  it("are not read as the amounts they divide, so the statement's identities stay with its own rows", () => {
    const r = checkWorkbook([grid(ROWS)]);
    const table = r.model.sheets[0].tables[0] as StatementTable;
    const roles = Object.fromEntries(table.rows.map((x) => [x.label, x.role]));
    expect(roles["Årsbidrag"]).toBe("vuosikate");
    expect(roles["Årsbidrag (€./inv.)"]).toBeUndefined();
    expect(roles["Skatteinkomster (€./inv.)"]).toBeUndefined();
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a year row over rates only (Stadens inkomstskatteprocent) is said once as info, not as a header without rows", () => {
    const r = checkWorkbook([grid(ROWS)]);
    expect(r.findings.filter((f) => f.severity === "warning")).toEqual([]);
    const note = r.findings.find((f) => f.rule === "structure" && f.cell === "A13");
    expect(note?.severity).toBe("info");
    expect(JSON.stringify(note)).toContain("Stadens inkomstskatteprocent");
  });
});
