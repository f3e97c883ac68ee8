import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writeBenchWorkbook } from "../../bench/workbook";

// Only the clock is faked: ExcelJS and JSZip still need real timers and ticks to write.
const REAL_TIMERS = ["hrtime", "nextTick", "performance", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] as const;

describe("the bench book", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "bt-bench-book-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.useRealTimers());

  /** The bytes of a 3-sheet bench book written with the clock at `now`. */
  async function writtenAt(now: string, name: string): Promise<Buffer> {
    jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: new Date(now) });
    const file = path.join(dir, name);
    const size = await writeBenchWorkbook(file, 3);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBe(size);
    return bytes;
  }

  it("is the same bytes whenever it is written (its properties' and zip entries' dates are fixed)", async () => {
    const morning = await writtenAt("2026-12-02T06:00:00Z", "a.xlsx");
    const later = await writtenAt("2027-03-15T17:43:21Z", "b.xlsx");
    expect(later.equals(morning)).toBe(true);
  });

  it("still reads as the book it was: its sheets and its fixed dates", async () => {
    const file = path.join(dir, "read.xlsx");
    await writeBenchWorkbook(file, 3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Alue 001", "Alue 002", "Alue 003"]);
    expect(wb.created.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });
});
