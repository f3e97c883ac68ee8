import { loadXlsxBuffer } from "../../hosts/xlsx";
import { LoadedWorkbook } from "./workbookFile";

export const SAMPLE_FILE = "sample.xlsx";

/** The sample workbook shipped next to the page (same origin; the demo uses no other network). */
export async function loadSampleWorkbook(fetchFn: typeof fetch = fetch): Promise<LoadedWorkbook> {
  const response = await fetchFn(SAMPLE_FILE);
  if (!response.ok) throw new Error(`${SAMPLE_FILE}: HTTP ${response.status}`);
  const grids = await loadXlsxBuffer(await response.arrayBuffer(), SAMPLE_FILE);
  return { name: SAMPLE_FILE, grids };
}

/** A workbook the user picked. Only .xlsx is read; the caller words the refusal. */
export async function loadPickedWorkbook(file: File): Promise<LoadedWorkbook> {
  const grids = await loadXlsxBuffer(await file.arrayBuffer(), file.name);
  return { name: file.name, grids };
}
