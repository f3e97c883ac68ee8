import path from "path";
import Decimal from "decimal.js";
import { readGridsFromFile } from "../../../src/hosts/xlsx/node";
import { checkWorkbook } from "../../../src/core/check";
import { Finding } from "../../../src/core/findings";
import { Grid } from "../../../src/core/grid";
import { indexFigures } from "../../../src/core/why/figures";
import { withValue } from "./campaign";

/**
 * A large workbook is analysed around its failing equations only (figures made when asked, the
 * equations indexed by sheet and cell): a cause on its last sheet, far from the first, must be
 * found as on a workbook of that sheet alone, and every copy of the sample must be explained as
 * the sample is.
 */
const SAMPLE = path.join(__dirname, "..", "..", "..", "seeds", "kemijarvi-elinvoima-2024.xlsx");
const OPTIONS = { population: { 2024: 7008 } };
const COPIES = 8;
// A year's management-cost allocation is judged across every area of the workbook: copies of the
// sample's three areas make one allocation of 24 areas, rightly explained otherwise.
const ACROSS_SHEETS = new Set(["allocation-expected", "allocation-implied-total", "allocation-keys-sum"]);

let grids: Grid[];
beforeAll(async () => {
  grids = await readGridsFromFile(SAMPLE);
});

const copyName = (sheet: string, i: number) => (i === 0 ? sheet : `${sheet} (${i + 1})`);
const copies = (source: readonly Grid[]) => Array.from({ length: COPIES }, (_, i) => source.map((g) => ({ ...g, sheet: copyName(g.sheet, i) }))).flat();

/** What the analysis said about each finding of one copy, in the sample's own sheet names. */
function explained(findings: readonly Finding[], copy: number): string[] {
  const own = (s: string) => s.replace(` (${copy + 1})`, "");
  return findings
    .filter((f) => !ACROSS_SHEETS.has(f.rule) && (copy === 0 ? !/ \(\d+\)$/.test(f.sheet) : f.sheet.endsWith(` (${copy + 1})`)))
    .map((f) =>
      [
        `${f.rule} ${own(f.sheet)}!${f.cell} ${f.severity}`,
        f.cause ? `cause ${own(f.cause.sheet)}!${f.cause.cell} → ${f.cause.suggested} (${f.cause.resolves})` : "",
        f.consequenceOf ? `after ${own(f.consequenceOf)}` : "",
        f.possibleCauses ? `tie ${f.possibleCauses.map((c) => `${own(c.sheet)}!${c.cell}`).join(", ")}` : "",
      ].join(" "),
    );
}

test(`${COPIES} copies of the sample: every copy explained as the sample alone`, () => {
  const alone = explained(checkWorkbook(grids, OPTIONS).findings, 0);
  expect(alone.some((x) => x.includes(" cause "))).toBe(true);
  const big = checkWorkbook(copies(grids), OPTIONS).findings;
  for (let i = 0; i < COPIES; i++) expect(explained(big, i)).toEqual(alone);
});

test("a figure mistyped on the last sheet of a large workbook is named there, as on the sample alone", () => {
  const baseline = checkWorkbook(grids, OPTIONS);
  // The first line item whose digit slip the sample alone names as the cause.
  for (const f of indexFigures(baseline.model).values()) {
    if (f.role !== "input" || f.unit !== "euro" || !f.value || f.value.abs().lt(1000)) continue;
    const slipped = f.value.plus(new Decimal(10).pow(f.value.abs().toFixed(0).length - 2));
    const alone = checkWorkbook(withValue(grids, f.ref.sheet, f.ref.cell, slipped), OPTIONS).findings;
    const cause = alone.find((x) => x.cause?.sheet === f.ref.sheet && x.cause.cell === f.ref.cell)?.cause;
    if (!cause) continue;
    const last = copyName(f.ref.sheet, COPIES - 1);
    const big = checkWorkbook(withValue(copies(grids), last, f.ref.cell, slipped), OPTIONS).findings;
    const found = big.find((x) => x.cause?.sheet === last && x.cause.cell === f.ref.cell)?.cause;
    // The same repair (its message names the copy's sheet).
    const { parts: _said, ...repair } = cause;
    expect(found && { ...found, parts: undefined }).toEqual({ ...repair, sheet: last, parts: undefined });
    // The other copies keep the sample's own explanation.
    expect(explained(big, 0)).toEqual(explained(baseline.findings, 0));
    return;
  }
  throw new Error("no line item of the sample was named after a slip");
});
