import { CellValue } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { worded, sheetGrid as grid } from "./builder";
import { SUB_ITEM_HEAD, subItemPage } from "./subItemPage";

const readInPart = (r: ReturnType<typeof checkWorkbook>) =>
  worded(r.findings, "en")
    .filter((f) => f.rule === "structure" && /read only in part/.test(f.message))
    .map((f) => f.message);

/**
 * An item's sub-items printed in a block of their own under it (Helsinki's "… alakohdittain"):
 * recognition cannot read the block's rows on their own, but the sub-item check reads them
 * against the item, so the "read only in part" note must not list them as unchecked.
 */
describe("the note on a table read only in part", () => {
  const sheet = (extra: CellValue[][] = []) => subItemPage(2600, SUB_ITEM_HEAD, extra);

  it("leaves out the sub-items the item's check reads", () => {
    const r = checkWorkbook([grid("7 01", sheet())]);
    expect(r.equations.some((e) => e.cells.some((c) => c.cell === "B12"))).toBe(true);
    expect(readInPart(r)).toEqual([]);
  });

  it("still lists a row in the block that nothing reads, and only that row", () => {
    const r = checkWorkbook([grid("7 01", sheet([["Arvonlisäveron palautukset", 15, 16, 17]]))]);
    const notes = readInPart(r);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("Arvonlisäveron palautukset (A15)");
    expect(notes[0]).not.toContain("Kunnallisvero");
  });
});
