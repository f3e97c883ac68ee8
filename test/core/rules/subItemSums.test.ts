import { recognizeWorkbook } from "../../../src/core/recognize";
import { StatementTable } from "../../../src/core/model";
import { a1 } from "../../../src/core/cell";
import { subItemSums } from "../../../src/core/rules/subItems";
import { sheetGrid as grid } from "./builder";
import { subItemPage } from "./subItemPage";

test("a column of the item that the sub-items' block does not print is read as empty there, each cell still at its own address", () => {
  // The block prints no Talousarvio 2023: the item's C column has nothing to be summed from.
  const rows = subItemPage(2600, ["1 000 €", "Käyttö\n2022", "Ehdotus\n2024", "Talous-\narvio\n2024"]);
  for (const r of [11, 12, 13]) rows[r] = [rows[r][0], rows[r][1], 9999, rows[r][3]];
  const model = recognizeWorkbook([grid("7 01", rows)]);
  const statements = model.sheets.flatMap((s) => s.tables).filter((t): t is StatementTable => t.kind === "erittely" || t.kind === "tuloslaskelma");
  const item = statements.find((t) => t.rows.some((r) => r.label === "Tulot" && r.cells.some((c) => c.parsed.kind === "number")));
  expect(item).toBeDefined();
  const [sum] = subItemSums(item as StatementTable, statements);
  expect(sum.chapter).toBe("7 01 01");
  const emptiedAt = sum.target.cells.filter((c) => c.parsed.kind === "empty").map((c) => c.cell);
  expect(emptiedAt).toEqual(["C4"]);
  for (const row of [sum.target, ...sum.parts]) for (const c of row.cells) expect(c.cell).toBe(a1(c.row, c.col));
});
