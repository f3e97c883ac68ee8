import { buildArea, sampleArea, setCell } from "./builder";
import { checkWorkbook } from "../../../src/core/check";

const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, "");
const colOf = (cell: string) => cell.replace(/\d+$/, "");

describe("sign checks in the check's equations", () => {
  it("lists every sign check, holding or not, where the rule recorded it", () => {
    const a = buildArea(sampleArea());
    const menot = a.at("unit|Kadut|MENOT|TPE 2023");
    setCell(a.grid, menot, 816100);
    const equations = checkWorkbook([a.grid]).equations;
    const places = equations.flatMap((e, i) => (e.rule === "sign" ? [i] : []));
    // One run, as the rule records them: no sign check is left out or moved to the end.
    expect(places.length).toBeGreaterThan(20);
    expect(places[places.length - 1] - places[0]).toBe(places.length - 1);
    const signs = places.map((i) => equations[i]);
    expect(signs.filter((e) => e.evaluate() === "wrong").map((e) => e.target.cell)).toEqual([menot]);
    // The wrong one among the checks of its row that hold, column by column.
    const row = signs.filter((e) => rowOf(e.target.cell) === rowOf(menot)).map((e) => e.target.cell);
    expect(row).toContain(menot);
    expect(row.indexOf(menot)).toBeGreaterThan(0);
    expect(row.map(colOf)).toEqual([...row.map(colOf)].sort());
    expect(signs.every((e) => e.cells.length === 1 && e.cells[0].cell === e.target.cell)).toBe(true);
  });
});
