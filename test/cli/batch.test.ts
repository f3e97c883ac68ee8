import { promises as fs } from "fs";
import * as path from "path";
import { CONSISTENT_KAYTTOTALOUS, SAMPLE_XLSX, run, tempDir, writeRows } from "./helpers";
import { main } from "../../src/cli/main";

// Every test here checks on this thread (--jobs 1, or a single file): what they show is the
// reports. Worker threads, and a worker that fails, are tested through the compiled CLI in
// batchWorkers.test.ts: from sources a worker compiles the engine again first, and this thread
// had checked every file by then.
describe("check on many files (batch)", () => {
  let dir: string;
  let folder: string;
  let clean: string;
  let broken: string;

  beforeAll(async () => {
    dir = await tempDir();
    folder = path.join(dir, "KANSIO");
    await fs.mkdir(path.join(folder, "ala"), { recursive: true });
    await fs.copyFile(SAMPLE_XLSX, path.join(folder, "kemijarvi.xlsx"));
    await fs.copyFile(SAMPLE_XLSX, path.join(folder, "ala", "kemijarvi.xlsx"));
    await fs.writeFile(path.join(folder, "ala", "muistio.txt"), "ei työkirja");
    await fs.writeFile(path.join(folder, "~$kemijarvi.xlsx"), "Excel lock file");
    clean = path.join(dir, "kunnossa.xlsx");
    await writeRows(clean, "Kunnossa", CONSISTENT_KAYTTOTALOUS);
    broken = path.join(dir, "rikki.xlsx");
    await fs.writeFile(broken, "this is not a zip");
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("checks files and folders (recursively, .xlsx only) and reports them all in command-line order", async () => {
    const r = await run("check", "--jobs", "1", clean, folder, "--population", "2024=7008");
    const titles = r.stdout.split("\n").filter((l) => l.startsWith("Budjettitarkistimen raportti: "));
    expect(titles).toEqual([
      `Budjettitarkistimen raportti: ${clean}`,
      `Budjettitarkistimen raportti: ${path.join(folder, "ala", "kemijarvi.xlsx")}`,
      `Budjettitarkistimen raportti: ${path.join(folder, "kemijarvi.xlsx")}`,
    ]);
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/^Kaikki tiedostot \(3 tiedostoa\): \d+ virhettä, \d+ varoitus(ta)?, \d+ huomio(ta)?$/);
    // The sample holds errors: the worst of all files decides.
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
  });

  it("reports a bad file, checks the others, and exits with the worst code (2)", async () => {
    const r = await run("check", "--jobs", "1", broken, clean, path.join(dir, "puuttuu.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(broken);
    expect(r.stderr).toContain("puuttuu.xlsx");
    expect(r.stdout).toContain(`Budjettitarkistimen raportti: ${clean}`);
    expect(r.stdout).toMatch(/2 tiedostoa ei voitu tarkistaa/);
  });

  it("exits 0 when every file is clean, and --exit-zero keeps errors from failing the batch", async () => {
    expect((await run("check", "--jobs", "1", clean, clean)).code).toBe(0);
    expect((await run("check", "--jobs", "1", folder, "--exit-zero")).code).toBe(0);
  });

  it("--json writes one DESIGN.md report per file as JSON Lines, and a line for a bad file", async () => {
    const r = await run("check", "--jobs", "1", folder, broken, "--json", "--exit-zero");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const reports = lines.map((l) => JSON.parse(l));
    expect(Object.keys(reports[0])).toEqual(["file", "tables", "findings", "summary"]);
    expect(reports[0].tables).toHaveLength(12);
    expect(reports[0].findings.length).toBeGreaterThan(0);
    expect(reports[2]).toEqual({ file: broken, error: expect.stringContaining(broken) });
    expect(r.code).toBe(2);
  });

  it("--html DIR writes a report per file and an index linking them; an existing report is refused unless --force", async () => {
    const out = path.join(dir, "raportit");
    const r = await run("check", "--jobs", "1", folder, clean, broken, "--html", out, "--lang", "en", "--exit-zero");
    const written = (await fs.readdir(out)).sort();
    expect(written).toEqual(["index.html", "kemijarvi-2.html", "kemijarvi.html", "kunnossa.html"]);
    const index = await fs.readFile(path.join(out, "index.html"), "utf8");
    expect(index).toContain('href="kemijarvi.html"');
    expect(index).toContain('href="kunnossa.html"');
    expect(index).toContain("Not checked");
    expect(index).toContain("<th>Errors</th><th>Warnings</th><th>Notes</th>");
    expect(r.stdout).toContain(`HTML reports (3) and index written: ${path.join(out, "index.html")}`);
    const again = await run("check", "--jobs", "1", folder, clean, "--html", out, "--exit-zero");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("on jo olemassa");
    expect((await run("check", "--jobs", "1", folder, clean, "--html", out, "--exit-zero", "--force")).code).toBe(0);
  });

  it("a single file is checked as before (one report, not a batch)", async () => {
    let stdout = "";
    const code = await main(["check", clean, "--json"], { out: (s) => (stdout += s), err: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).file).toBe(clean);
  });
});
