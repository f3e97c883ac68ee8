import { parseBases } from "../../src/cli/args";
import { settingsFromStored, toCheckOptions } from "../../src/taskpane/settings";
import { checkWorkbook } from "../../src/core/check";
import { CellValue, Grid } from "../../src/core/grid";

const grid = (values: CellValue[][]): Grid => ({ sheet: "S", originRow: 0, originCol: 0, values });

describe("--base and the settings name the proposal and frame columns", () => {
  it("parses EHDOTUS and KEHYS on either side of --base", () => {
    expect(parseBases(["Ehdotus 2025=TA 2024", "KEHYS 2026 = kehys 2025"])).toEqual([
      { target: { kind: "EHDOTUS", year: 2025 }, base: { kind: "TA", year: 2024 } },
      { target: { kind: "KEHYS", year: 2026 }, base: { kind: "KEHYS", year: 2025 } },
    ]);
  });

  it("still refuses a kind it does not know", () => {
    expect(() => parseBases(["EHD 2025=TA 2024"])).toThrow();
  });

  it("keeps an EHDOTUS base from the pane's stored settings", () => {
    const stored = { changeBases: [{ target: { kind: "EHDOTUS", year: 2025 }, base: { kind: "TP", year: 2023 } }] };
    expect(toCheckOptions(settingsFromStored(stored, "fi")).changeBases).toEqual(stored.changeBases);
  });

  it("checks an EHDOTUS column's Muutos % against the base the option names", () => {
    const rows: CellValue[][] = [
      [null, "TP 2023", "TA 2024", "Ehdotus 2025"],
      ["Tulot", 1000, 1100, 1200],
      ["Muutos %", null, null, 20],
    ];
    // Against TA 2024 the change would be 9,1 %; against TP 2023 it is the printed 20 %.
    const withBase = checkWorkbook([grid(rows)], { changeBases: parseBases(["EHDOTUS 2025=TP 2023"]) });
    const without = checkWorkbook([grid(rows)]);
    const errorsAt = (r: typeof withBase) => r.findings.filter((f) => f.severity === "error").map((f) => f.cell);
    expect(errorsAt(without)).toContain("D3");
    expect(errorsAt(withBase)).not.toContain("D3");
  });
});
