import { displayCell, gridNumberFormat, shownFormat } from "../../src/taskpane/demo/cellDisplay";
import { Grid } from "../../src/core/grid";

test("number formats decide decimals, grouping and percent", () => {
  expect(shownFormat("#,##0;-#,##0;0")).toEqual({ decimals: 0, grouped: true, percent: false });
  expect(shownFormat("0.0;-0.0;0.0")).toEqual({ decimals: 1, grouped: false, percent: false });
  expect(shownFormat("0.0 %")).toEqual({ decimals: 1, grouped: false, percent: true });
  expect(shownFormat('#,##0 "€"')).toEqual({ decimals: 0, grouped: true, percent: false });
});

test("cells show as a budget book shows them, in the reader's language", () => {
  expect(displayCell(-737100, "fi", "#,##0")).toBe("-737\u00a0100");
  expect(displayCell(-737100, "en", "#,##0")).toBe("-737,100");
  expect(displayCell(8.0543, "fi", "0.0;-0.0;0.0")).toBe("8,1");
  expect(displayCell(0.081, "fi", "0.0 %")).toBe("8,1\u00a0%");
  // General: a year stays a year.
  expect(displayCell(2024, "fi", null)).toBe("2024");
  // Formats unknown (text host): grouped for reading.
  expect(displayCell(1076109, "fi")).toBe("1\u00a0076\u00a0109");
  expect(displayCell({ error: "#DIV/0!" }, "fi")).toBe("#DIV/0!");
  expect(displayCell("sis. joht.", "fi")).toBe("sis. joht.");
  expect(displayCell(null, "fi")).toBe("");
});

test("grid formats: unknown, General or a code", () => {
  const grid: Grid = { sheet: "S", originRow: 1, originCol: 1, values: [[1, 2]], numberFormats: [["#,##0"]] };
  expect(gridNumberFormat(grid, 1, 1)).toBe("#,##0");
  expect(gridNumberFormat(grid, 1, 2)).toBeNull();
  expect(gridNumberFormat({ ...grid, numberFormats: undefined }, 1, 1)).toBeUndefined();
});
