import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLE_XLSX, run, tempDir } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function oneLine(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
}

describe("cli: arguments", () => {
  it("prints usage for --help, in Finnish by default and in English with --lang en", async () => {
    const fi = await run("--help");
    expect(fi.code).toBe(0);
    expect(fi.stdout).toContain("budjettitarkistin check TIEDOSTO");
    const en = await run("check", "--help", "--lang", "en");
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("budjettitarkistin check FILE");
  });

  it.each([
    ["--lang", "en", "--help"],
    ["--help", "--lang", "en"],
    ["-h", "--lang=en"],
    ["check", "--lang", "en", "-h"],
    ["check", "-h", "--lang", "en"],
  ])("prints English usage for %s %s %s, whatever the order", async (...argv) => {
    const r = await run(...argv);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("budjettitarkistin check FILE");
  });

  it("takes --lang before the command too", async () => {
    const r = await run("--lang", "en", "check", SAMPLE_XLSX, "--exit-zero");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Budjettitarkistin report");
    expect(r.stdout).toContain("1,076,109");
    const bad = await run("--lang", "en", "frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("frobnicate");
  });

  it("keeps every value of a repeatable option and the last of another", async () => {
    const r = await run("check", SAMPLE_XLSX, "--json", "--lang", "fi", "--lang", "en", "--population", "2023=7100", "--population=2024=7008", "--exit-zero");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] };
    // English messages (the last --lang), and no per-resident-population guesses for 2024 (its population was given).
    expect(json.findings.find((f) => f.rule === "sum")?.message).toMatch(/[a-z]/);
    expect(json.findings.some((f) => f.rule === "per-resident-population" && f.message.includes("2024"))).toBe(false);
  });

  it.each([
    [["check", SAMPLE_XLSX, "--frobnicate"], "--frobnicate"],
    [["check", SAMPLE_XLSX, "--json=yes"], "--json=yes"],
    [["check", SAMPLE_XLSX, "--html"], "--html"],
    [["check"], "1"],
    [["check", SAMPLE_XLSX, "--lang", "sv"], "sv"],
    [["check", SAMPLE_XLSX, "--population", "2024"], "2024"],
    [["check", SAMPLE_XLSX, "--population", "2024=-5"], "2024=-5"],
    [["check", SAMPLE_XLSX, "--tolerance", "speed=3"], "speed=3"],
    [["check", SAMPLE_XLSX, "--base", "TA 2024"], "TA 2024"],
    [["check", SAMPLE_XLSX, "--base", "QQ 2024=TA 2023"], "QQ 2024=TA 2023"],
    [["check", SAMPLE_XLSX, "--jobs", "0"], "--jobs"],
    [["frobnicate"], "frobnicate"],
    [[], "--help"],
  ])("refuses %j on one line with exit 2", async (argv, mention) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    oneLine(r.stderr);
    expect(r.stderr).toContain(mention);
  });

  it("words usage errors in English with --lang en", async () => {
    const r = await run("check", "x.xlsx", "--lang", "en", "--population", "abc");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not valid: as YEAR=NUMBER");
  });

  it("accepts every documented option", async () => {
    const r = await run(
      "check", SAMPLE_XLSX, "--json", "--lang=en", "--population", "2024=7008", "--population=2023=7100",
      "--tolerance", "euros=2", "--tolerance", "percent=0,2", "--base", "TA 2024=TA+muutos 2023",
      "--management-total", "2024=143000", "--exit-zero",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe("cli: unusable files", () => {
  it("a missing file", async () => {
    const r = await run("check", path.join(dir, "puuttuu.xlsx"));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("puuttuu.xlsx: tiedostoa ei löydy");
  });

  it("a folder without workbooks", async () => {
    // A folder is a batch of the workbooks in it (src/cli/batch); an empty one is unusable input.
    const r = await run("check", dir, "--lang", "en");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("no .xlsx workbook found");
  });

  it("a damaged workbook", async () => {
    const bytes = await fs.readFile(SAMPLE_XLSX);
    const file = path.join(dir, "rikki.xlsx");
    await fs.writeFile(file, bytes.subarray(0, 2000));
    const r = await run("check", file);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("rikki.xlsx: tiedosto on vioittunut tai se ei ole .xlsx-työkirja (tekninen tieto: ");
  });

  it("a file that is not a workbook, named .xlsx", async () => {
    const file = path.join(dir, "teksti.xlsx");
    await fs.writeFile(file, "MENOT\t-10\n");
    const r = await run("check", file, "--lang", "en");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("teksti.xlsx: neither an .xlsx workbook nor a document in the text format");
  });

  it("a binary file", async () => {
    const file = path.join(dir, "kuva.png");
    await fs.writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await run("check", file);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
  });

  it("an old .xls workbook", async () => {
    const file = path.join(dir, "vanha.xls");
    await fs.writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await run("check", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("vanha .xls");
  });

  it("a readable file without any budget table is not passed as checked", async () => {
    const file = path.join(dir, "muistio.txt");
    await fs.writeFile(file, "Kokouksen muistio\n\nEi lukuja.\n");
    const r = await run("check", file, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).tables).toEqual([]);
    oneLine(r.stderr);
    expect(r.stderr).toContain("talousarviotaulukoita");
  });

  it("refuses to write the HTML report over the input", async () => {
    const r = await run("check", SAMPLE_XLSX, "--html", SAMPLE_XLSX);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lähtötiedostoa ei muuteta");
  });
});
