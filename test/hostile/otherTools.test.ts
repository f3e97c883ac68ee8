import { loadXlsxBuffer, loadWorkbookBuffer } from "../../src/hosts/xlsx";
import { promises as fs } from "fs";
import * as path from "path";
import { run, useTempDir } from "../cli/helpers";
import { editParts, smallWorkbook } from "./hostileFiles";

const tmp = useTempDir();
let saves = 0;

async function saved(bytes: Uint8Array): Promise<string> {
  // A folder per file: each keeps the name a reader would give it.
  const folder = tmp.file(String(++saves));
  await fs.mkdir(folder);
  const file = path.join(folder, "kirja.xlsx");
  await fs.writeFile(file, bytes);
  return file;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook with a chart as openpyxl writes it: the drawing's elements in the default namespace
 * (`<wsDr xmlns="…/spreadsheetDrawing"><oneCellAnchor>…`), not with the `xdr:` prefix Excel uses.
 */
async function openpyxlChart(): Promise<Uint8Array> {
  const base = await smallWorkbook("Talous");
  return editParts(
    base,
    {
      "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Myyntituotot</t></is></c><c r="B1"><v>1000</v></c></row></sheetData><drawing r:id="rId1"/></worksheet>`,
    },
    {
      "xl/worksheets/_rels/sheet1.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml"/></Relationships>`,
      "xl/drawings/drawing1.xml": `<?xml version="1.0"?><wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><oneCellAnchor><from><col>3</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/><graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>`,
      "xl/drawings/_rels/drawing1.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="/xl/charts/chart1.xml"/></Relationships>`,
      "xl/charts/chart1.xml": `<?xml version="1.0"?><chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart/></chartSpace>`,
    },
  );
}

/** Issue 10 item 9: files other tools write. */
describe("files other tools write", () => {
  it("reads an xlsx with a chart written by openpyxl (drawing without the xdr: prefix)", async () => {
    const grids = await loadXlsxBuffer(await openpyxlChart(), "openpyxl.xlsx");
    expect(grids).toHaveLength(1);
    expect(grids[0]).toMatchObject({ sheet: "Talous", values: [["Myyntituotot", 1000]] });
  });

  it("refuses an 80 KB sheet name in one line, with none of ExcelJS's console warnings", async () => {
    const longName = "Vastuualue ".repeat(8000);
    const bytes = await smallWorkbook(longName);
    const warn = jest.spyOn(console, "warn");
    const log = jest.spyOn(console, "log");
    const error = jest.spyOn(console, "error");
    try {
      const r = await run("check", await saved(bytes), "--lang", "en");
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/: the sheet name Vastuualue Vastuualue Vastuualu… is longer than the 31 characters Excel allows; shorten it\n$/);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
      error.mockRestore();
    }
  });

  it("gives the console back after loading: only ExcelJS's load is kept quiet", async () => {
    await loadWorkbookBuffer(await smallWorkbook("Talous"), "tavallinen.xlsx");
    const after = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    console.warn("ours");
    expect(after).toHaveBeenCalledWith("ours");
    after.mockRestore();
  });
});
