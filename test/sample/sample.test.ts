import * as fs from "fs";
import ExcelJS from "exceljs";
import { SAMPLE_XLSX, SEED_TEXT, buildSampleWorkbook } from "../../scripts/build-sample";
import { gridsFromWorkbook } from "../../src/hosts/xlsx";
import { gridsFromText } from "../../src/hosts/text";
import { checkWorkbook } from "../../src/core/check";
import { BudgetModel } from "../../src/core/model";
import { ParsedCell } from "../../src/core/numbers";

const text = fs.readFileSync(SEED_TEXT, "utf8");

async function committedWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  return wb;
}

function shown(p: ParsedCell): string {
  switch (p.kind) {
    case "number":
      return p.value.toFixed();
    case "marker":
      return `marker:${p.marker}`;
    case "text":
      return `text:${p.text}`;
    case "error":
      return `error:${p.error}`;
    case "empty":
      return "empty";
  }
}

/**
 * Every value the engine read into a table, keyed by where it sits in the table (area, kind,
 * path of the row in the model, column label) rather than by cell address: the text and the
 * workbook put the same tables at different sheet rows.
 */
function tableValues(model: BudgetModel): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string, columns: { label: string }[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}[${i}]`, columns));
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const o = node as Record<string, unknown>;
    if (typeof o.key === "string" && Array.isArray(o.cells)) {
      (o.cells as { parsed: ParsedCell }[]).forEach((c, i) => out.set(`${path}|${columns[i]?.label}`, shown(c.parsed)));
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === "cells" || k === "columns") continue;
      if (k === "changeEur" || k === "changePct") {
        const cell = v as { parsed: ParsedCell } | undefined;
        if (cell) out.set(`${path}.${k}`, shown(cell.parsed));
        continue;
      }
      if (typeof v === "object") walk(v, `${path}.${k}`, columns);
    }
  };
  for (const sheet of model.sheets) {
    for (const table of sheet.tables) {
      walk(table, `${table.area}/${table.kind}`, table.columns);
    }
  }
  return out;
}

describe("sample workbook", () => {
  it("regenerating it from the founding document gives the committed cells", async () => {
    const fresh = gridsFromWorkbook(buildSampleWorkbook(text));
    const committed = gridsFromWorkbook(await committedWorkbook());
    expect(committed.map((g) => g.sheet)).toEqual(["Asuminen ja ympäristö", "Kaupunkimarkkinointi, hankinnat", "Työllisyyspalvelut"]);
    expect(fresh).toEqual(committed);
  });

  it("stores figures as numbers with Finnish-looking formats and markers as text", async () => {
    const wb = await committedWorkbook();
    const ws = wb.getWorksheet("Asuminen ja ympäristö")!;
    const find = (label: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (!found && row.getCell(1).value === label) found = row;
      });
      if (!found) throw new Error(`no row ${label}`);
      return found;
    };
    const tuotot = find("Myyntituotot");
    expect(tuotot.getCell(2).value).toBe(426941);
    expect(tuotot.getCell(2).numFmt).toBe("#,##0");
    const menot = find("MENOT");
    expect(menot.getCell(5).value).toBeCloseTo(8.1, 10);
    expect(menot.getCell(5).numFmt).toBe("#,##0.0");
    const lautakunta = ws.getRow(find("Lautakunta").number + 1);
    expect(lautakunta.getCell(3).value).toBe("sis. joht.");
  });

  it("keeps the document's own mistakes (values are copied, not corrected)", async () => {
    const [asuminen] = gridsFromWorkbook(await committedWorkbook());
    const rows = asuminen.values.filter((r) => r[0] === "TOIMINTATUOTOT" && typeof r[1] === "number");
    // TP 2022 items add up to 1 076 108, the document prints 1 076 109.
    expect(rows[0][1]).toBe(1076109);
  });

  it("the text host and the xlsx host give the engine the same figures at the same table cells", async () => {
    const fromText = checkWorkbook(gridsFromText(text));
    const fromXlsx = checkWorkbook(gridsFromWorkbook(await committedWorkbook()));
    const a = tableValues(fromText.model);
    const b = tableValues(fromXlsx.model);
    expect(fromXlsx.tables.map((t) => [t.sheet, t.kind])).toEqual(fromText.tables.map((t) => [t.sheet, t.kind]));
    expect(fromXlsx.tables.length).toBe(12);
    expect(a.size).toBeGreaterThan(300);
    expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));
  });

  // The workbook stores `155,0` as 155 under the format `#,##0.0`: findings agree only because
  // the engine compares at the decimals the format shows.
  it("the text host and the xlsx host give the same findings, apart from cell positions", async () => {
    const fromText = checkWorkbook(gridsFromText(text));
    const fromXlsx = checkWorkbook(gridsFromWorkbook(await committedWorkbook()));
    expect(fromText.findings.length).toBeGreaterThan(20);
    const strip = (f: { rule: string; sheet: string; row?: string; column?: string; actual?: string; expected?: string; severity: string }) =>
      [f.rule, f.severity, f.sheet, f.row, f.column, f.actual, f.expected].join("|");
    expect(fromXlsx.findings.map(strip)).toEqual(fromText.findings.map(strip));
  });
});
