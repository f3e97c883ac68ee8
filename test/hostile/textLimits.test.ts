import { promises as fs } from "fs";
import { run, useTempDir } from "../cli/helpers";
import { textCellCount } from "../../src/hosts/text";

const scratch = useTempDir();

/** The founding document's text format meets the same cell ceiling as a workbook (issue 10). */
describe("a text file with more cells than the checker reads", () => {
  it("is refused in one line, in the user's language, before it is split into cells", async () => {
    const file = scratch.file("sarkaimet.txt");
    // One line of 600 000 tabs: 3 MB on disk, 600 001 cells once split.
    await fs.writeFile(file, `ELINVOIMAPALVELUT\n${"\t".repeat(600_000)}x\n`);
    const en = await run("check", file, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`budjettitarkistin: ${file}: more than 500,000 cells (this checker's limit; budget workbooks stay far below it)\n`);
    const fi = await run("check", file);
    expect(fi.stderr).toBe(`budjettitarkistin: ${file}: yli 500\u00a0000 solua (tarkistimen raja; talousarviotyökirjat jäävät kauas sen alle)\n`);
  });

  it("counts cells as the reader makes them: blank lines make none, each tab one more", () => {
    expect(textCellCount("")).toBe(0);
    expect(textCellCount("A\tB\n\n   \nC")).toBe(3);
    expect(textCellCount("A\t\tB\r\n")).toBe(3);
  });
});
