import * as zlib from "zlib";
import { ZipPart, crc32, readZipDirectory, rebuildZip, writeZip, entryData } from "../../src/hosts/xlsx/zip";

/**
 * Hostile workbooks made at run time, each from a small valid workbook with one part swapped.
 * Nothing large is committed and nothing large is built: the big parts are deflate streams
 * assembled from one compressed block repeated.
 */

const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>';
const SHEET_CLOSE = "</sheetData></worksheet>";

/**
 * A small ordinary workbook: one sheet (`Data`, A1 `Myyntituotot`, B1 1000) and only the parts
 * Excel needs, so a hostile variant stays as small as the (1.6 KB).
 */
export async function smallWorkbook(sheetName = "Data"): Promise<Uint8Array> {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `${SHEET_OPEN}<row r="1"><c r="A1" t="inlineStr"><is><t>Myyntituotot</t></is></c><c r="B1"><v>1000</v></c></row>${SHEET_CLOSE}`,
  };
  return writeZip(Object.entries(parts).map(([name, xml]) => ({ ...deflatedSheet(xml), name })));
}

/** The workbook with parts replaced (stored) and parts added. */
export function editParts(bytes: Uint8Array, replace: Record<string, string | ZipPart>, add: Record<string, string> = {}): Uint8Array {
  const entries = readZipDirectory(bytes).filter((e) => !e.name.endsWith("/"));
  const parts: ZipPart[] = entries.map((e) => {
    const r = replace[e.name];
    if (r === undefined) return { name: e.name, method: e.method, data: entryData(bytes, e), crc32: e.crc32, uncompressedSize: e.uncompressedSize };
    return typeof r === "string" ? stored(e.name, r) : { ...r, name: e.name };
  });
  for (const [name, text] of Object.entries(add)) parts.push(stored(name, text));
  return writeZip(parts);
}

function stored(name: string, text: string): ZipPart {
  const data = new TextEncoder().encode(text);
  return { name, method: 0, data, crc32: crc32(data), uncompressedSize: data.length };
}

/** A sheet part from its XML, deflated. */
export function deflatedSheet(xml: string): ZipPart {
  const raw = Buffer.from(xml, "utf8");
  return { name: "", method: 8, data: zlib.deflateRawSync(raw), crc32: crc32(raw), uncompressedSize: raw.length };
}

/**
 * A sheet part of `head`, then `block` repeated `times`, then `tail`, as one deflate stream built
 * from independently flushed pieces: the block is compressed once. `declared` is the size the zip
 * directory states (the truth unless a test wants it to lie). The CRC is not computed (zero):
 * the reader under test refuses such parts before any CRC could matter.
 */
export function repeatedSheet(head: string, block: string, times: number, tail: string, declared?: number): ZipPart {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const headZ = zlib.deflateRawSync(Buffer.from(head), flush);
  const blockZ = zlib.deflateRawSync(Buffer.from(block), flush);
  const tailZ = zlib.deflateRawSync(Buffer.from(tail));
  const data = new Uint8Array(headZ.length + blockZ.length * times + tailZ.length);
  data.set(headZ, 0);
  for (let i = 0; i < times; i++) data.set(blockZ, headZ.length + i * blockZ.length);
  data.set(tailZ, headZ.length + blockZ.length * times);
  const size = Buffer.byteLength(head) + Buffer.byteLength(block) * times + Buffer.byteLength(tail);
  return { name: "", method: 8, data, crc32: 0, uncompressedSize: declared ?? size };
}

const SHEET = "xl/worksheets/sheet1.xml";

/** 1.6 KB: the only row of the only sheet is numbered 1 000 000 000. */
export async function rowBeyondExcel(): Promise<Uint8Array> {
  return editParts(await smallWorkbook(), { [SHEET]: deflatedSheet(`${SHEET_OPEN}<row r="1000000000"><c r="A1000000000"><v>1</v></c></row>${SHEET_CLOSE}`) });
}

/** A cell in column XFE, one past Excel's last column. */
export async function columnBeyondExcel(): Promise<Uint8Array> {
  return editParts(await smallWorkbook(), { [SHEET]: deflatedSheet(`${SHEET_OPEN}<row r="1"><c r="XFE1"><v>1</v></c></row>${SHEET_CLOSE}`) });
}

/** A sheet that inflates to `gibibytes` GiB of whitespace, honestly declared (or declared tiny). */
export async function whitespaceBomb(mebibytes: number, lie = false): Promise<Uint8Array> {
  const block = " ".repeat(1 << 20);
  return editParts(await smallWorkbook(), { [SHEET]: repeatedSheet(SHEET_OPEN, block, mebibytes, SHEET_CLOSE, lie ? 1234 : undefined) });
}

/**
 * `rows` numbered rows of `columns` numbers each (cells without `r`: they follow one another).
 * The row of cells is compressed once; only the row tags differ.
 */
export async function fullWidthRows(rows: number, columns = 16_384): Promise<Uint8Array> {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const cells = "<c><v>1</v></c>".repeat(columns) + "</row>";
  const cellsZ = zlib.deflateRawSync(Buffer.from(cells), flush);
  const pieces: Buffer[] = [zlib.deflateRawSync(Buffer.from(SHEET_OPEN), flush)];
  let size = Buffer.byteLength(SHEET_OPEN) + Buffer.byteLength(SHEET_CLOSE);
  for (let r = 1; r <= rows; r++) {
    const tag = `<row r="${r}">`;
    pieces.push(zlib.deflateRawSync(Buffer.from(tag), flush), cellsZ);
    size += tag.length + cells.length;
  }
  pieces.push(zlib.deflateRawSync(Buffer.from(SHEET_CLOSE)));
  const data = new Uint8Array(Buffer.concat(pieces));
  return editParts(await smallWorkbook(), { [SHEET]: { name: "", method: 8, data, crc32: 0, uncompressedSize: size } });
}

/** Only A1 and XFD1048576: the widest and tallest a sheet can be, with two cells. */
export async function cornerSheet(): Promise<Uint8Array> {
  return editParts(await smallWorkbook(), {
    [SHEET]: deflatedSheet(`${SHEET_OPEN}<row r="1"><c r="A1" t="inlineStr"><is><t>TOIMINTATUOTOT</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>${SHEET_CLOSE}`),
  });
}

export { rebuildZip };
