import { promises as fs } from "fs";
import { Grid } from "../../src/core/grid";
import { SheetView } from "../../src/core/recognize/sheetView";
import { recognizeSheet } from "../../src/core/recognize";
import { checkWorkbook } from "../../src/core/check";
import { loadXlsxBuffer } from "../../src/hosts/xlsx";
import { run, useTempDir } from "../cli/helpers";
import { cornerSheet } from "./hostileFiles";

/**
 * Counts the cells recognition looks at, through the SheetView every recognition loop reads: a
 * value, its parse, its kind, its text record, or a step to the next filled cell of a row.
 */
const LOOKS = ["raw", "parsed", "kind", "cellText", "nextOccupied"] as const;
function countLooks<T>(work: () => T): { result: T; looks: number } {
  const spies = LOOKS.map((name) => jest.spyOn(SheetView.prototype, name));
  try {
    const result = work();
    return { result, looks: spies.reduce((n, spy) => n + spy.mock.calls.length, 0) };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** Issue 10 item 2: cost follows content, not the bounding box. */
describe("a sheet holding only A1 and XFD1048576", () => {
  const tmp = useTempDir();
  let grid: Grid;
  beforeAll(async () => {
    [grid] = await loadXlsxBuffer(await cornerSheet(), "kulmat.xlsx");
  });

  it("is read by the xlsx host as two cells, not a million empty rows", () => {
    expect(grid).toMatchObject({ originRow: 0, originCol: 0 });
    expect(grid.values.length).toBe(1_048_576); // the bounding box is still the whole sheet…
    expect(Object.keys(grid.values)).toEqual(["0", "1048575"]); // …but only two rows exist
    expect(Object.keys(grid.values[1_048_575])).toEqual(["16383"]);
    expect(grid.values[0]).toEqual(["TOIMINTATUOTOT"]);
  });

  it("gives a sheet view whose walks visit the two filled cells", () => {
    const view = new SheetView(grid);
    expect([view.bottom, view.right]).toEqual([1_048_575, 16_383]);
    expect(view.occupiedRows()).toEqual([0, 1_048_575]);
    expect(view.occupiedColumns(1_048_575)).toEqual([16_383]);
    expect(view.occupiedRows(1, 1_048_574)).toEqual([]);
    expect(view.isBlankRow(500_000)).toBe(true);
    expect(view.hasContent()).toBe(true);
  });

  it("is recognised looking at a few cells, not 17 billion", () => {
    const { result, looks } = countLooks(() => recognizeSheet(grid));
    expect(result.tables).toEqual([]);
    expect(result.observations.map((o) => o.kind)).toContain("no-tables");
    expect(looks).toBeLessThan(200);
  });

  it("is checked whole by the engine and the CLI", async () => {
    const { looks } = countLooks(() => checkWorkbook([grid]));
    expect(looks).toBeLessThan(500);
    const file = tmp.file("kulmat.xlsx");
    await fs.writeFile(file, await cornerSheet());
    const r = await run("check", file, "--lang", "en");
    expect(r.code).toBe(2); // no budget table in it: unusable, said in one line
    expect(r.stderr).toMatch(/no budget tables/);
  });

  it("keeps dense sheets dense: short gaps are still empty rows and nulls", async () => {
    const view = new SheetView({ sheet: "S", originRow: 2, originCol: 1, values: [["a", null, 3], [], [null, "b"]] });
    expect(view.occupiedRows()).toEqual([2, 4]);
    expect(view.occupiedColumns(2)).toEqual([1, 3]);
    expect(view.occupiedColumns(2, 2, 3)).toEqual([3]);
    expect(view.occupiedColumns(4)).toEqual([2]);
  });
});
