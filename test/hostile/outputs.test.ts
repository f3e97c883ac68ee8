import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLE_XLSX, run, digest, useTempDir } from "../cli/helpers";
import { OutputError, OutputFileSystem, nodeOutputFileSystem, writeOutput } from "../../src/cli/output";

const scratch = useTempDir();

const PREVIOUS_REPORT = "<!DOCTYPE html>\n<html><body>edellinen raportti</body></html>\n";

/** Issue 10 item 5: outputs never overwrite silently, never replace another kind of file, and are atomic. */
describe("outputs: summary OUT and --html OUT", () => {
  it("refuses an existing --html report without --force, and replaces it with --force", async () => {
    const out = scratch.file("raportti.html");
    await fs.writeFile(out, PREVIOUS_REPORT);
    const refused = await run("check", SAMPLE_XLSX, "--html", out, "--exit-zero", "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`budjettitarkistin: ${out}: the file already exists; give --force to replace it\n`);
    expect(refused.stdout).toBe(""); // refused before any work: no report printed either
    expect(await fs.readFile(out, "utf8")).toBe(PREVIOUS_REPORT);

    const forced = await run("check", SAMPLE_XLSX, "--html", out, "--exit-zero", "--force");
    expect(forced.code).toBe(0);
    expect(await fs.readFile(out, "utf8")).toContain("Budjettitarkistimen raportti");
  });

  it("never writes an HTML report over a workbook, even with --force", async () => {
    const out = scratch.file("talousarvio-kopio.xlsx");
    await fs.copyFile(SAMPLE_XLSX, out);
    const before = await digest(out);
    const r = await run("check", SAMPLE_XLSX, "--html", out, "--force", "--exit-zero");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`budjettitarkistin: ${out}: tiedosto on olemassa eikä ole HTML-tiedosto; sitä ei korvata (ei myöskään --force-valinnalla)\n`);
    expect(await digest(out)).toBe(before);
  });

  it("refuses an existing summary OUT without --force and a non-workbook OUT always", async () => {
    const out = scratch.file("yhteenveto.xlsx");
    await fs.copyFile(SAMPLE_XLSX, out);
    const before = await digest(out);
    const refused = await run("summary", SAMPLE_XLSX, out, "--lang", "en");
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("already exists; give --force");
    expect(await digest(out)).toBe(before);

    const forced = await run("summary", SAMPLE_XLSX, out, "--force");
    expect(forced.code).toBe(0);
    expect(await digest(out)).not.toBe(before);

    const notes = scratch.file("muistiinpanot.xlsx");
    await fs.writeFile(notes, "tärkeitä muistiinpanoja, ei työkirja\n");
    const other = await run("summary", SAMPLE_XLSX, notes, "--force", "--lang", "en");
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("is not an .xlsx file; it is not replaced");
    expect(await fs.readFile(notes, "utf8")).toBe("tärkeitä muistiinpanoja, ei työkirja\n");
  });

  it("does not write over a directory", async () => {
    const out = scratch.file("kansio.html");
    await fs.mkdir(out);
    const r = await run("check", SAMPLE_XLSX, "--html", out, "--force", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a file; nothing is written in its place");
  });

  it("leaves the previous file whole and says so when the disk fills up mid-write", async () => {
    const out = scratch.file("taysi-levy.html");
    await fs.writeFile(out, PREVIOUS_REPORT);
    const written: string[] = [];
    const fullDisk: OutputFileSystem = {
      ...nodeOutputFileSystem,
      writeFile: async (file, data) => {
        written.push(file);
        // Half of the content reaches the temporary file, then the disk is full.
        await fs.writeFile(file, String(data).slice(0, 20));
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      },
    };
    const failure = writeOutput(out, "<!DOCTYPE html>\n<html>uusi</html>", { kind: "html", force: true, fs: fullDisk });
    await expect(failure).rejects.toBeInstanceOf(OutputError);
    await expect(failure).rejects.toMatchObject({ reason: "write-failed", detail: "ENOSPC" });
    expect(await fs.readFile(out, "utf8")).toBe(PREVIOUS_REPORT);
    // The temporary file sat next to OUT (same file system, so the rename is atomic) and is gone.
    expect(path.dirname(written[0])).toBe(scratch.dir);
    expect((await fs.readdir(scratch.dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("words a failed write in the user's language, saying the previous file is unchanged", async () => {
    const r = await run("check", SAMPLE_XLSX, "--html", scratch.file("ei-kansiota", "r.html"), "--exit-zero", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write the file \(ENOENT\); the previous file is unchanged\n$/);
  });
});
