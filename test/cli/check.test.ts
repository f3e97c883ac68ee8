import { promises as fs } from "fs";
import { CONSISTENT_KAYTTOTALOUS, SAMPLE_TXT, SAMPLE_XLSX, run, useTempDir, writeRows } from "./helpers";

const scratch = useTempDir();

describe("cli: check", () => {
  it("--json prints exactly the contract: file, tables, findings, summary", async () => {
    const r = await run("check", SAMPLE_XLSX, "--json", "--population", "2024=7008", "--exit-zero");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(["file", "tables", "findings", "summary"]);
    expect(report.file).toBe(SAMPLE_XLSX);
    // Severity counts, then the probable causes and the findings that follow from them (issue 9).
    expect(Object.keys(report.summary)).toEqual(["error", "warning", "info", "causes", "consequences"]);
    expect(report.tables).toHaveLength(12);
    for (const t of report.tables) expect(Object.keys(t)).toEqual(["sheet", "area", "kind", "range"]);
    expect(report.tables[0]).toEqual({ sheet: "Asuminen ja ympäristö", area: "Asuminen ja ympäristö", kind: "tunnusluvut", range: "A5:G11" });
    for (const f of report.findings) {
      expect(typeof f.rule).toBe("string");
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$|^$/);
      expect(Array.isArray(f.related)).toBe(true);
      for (const k of ["actual", "expected", "difference"]) if (k in f) expect(f[k]).toMatch(/^-?\d+(\.\d+)?$/);
    }
    const counts = { error: 0, warning: 0, info: 0, causes: 0, consequences: 0 } as Record<string, number>;
    for (const f of report.findings) {
      counts[f.severity]++;
      if (f.cause) counts.causes++;
      if (f.consequenceOf) counts.consequences++;
    }
    expect(report.summary).toEqual(counts);
    expect(counts.causes).toBeGreaterThan(0);
  });

  it("finds the sample's errors: exit 1, or 0 with --exit-zero", async () => {
    const strict = await run("check", SAMPLE_XLSX, "--population", "2024=7008");
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/Yhteensä: [1-9]\d* virhe/);
    const demo = await run("check", SAMPLE_XLSX, "--population", "2024=7008", "--exit-zero");
    expect(demo.code).toBe(0);
    expect(demo.stdout).toBe(strict.stdout);
  });

  it("shows a finding under its sheet and table with cell, row, column and Finnish figures", async () => {
    // B34 is a rounding note: listed one by one only with --notes.
    const r = await run("check", SAMPLE_XLSX, "--exit-zero", "--notes");
    const lines = r.stdout.replace(/\u00a0/g, " ").split("\n");
    const sheet = lines.indexOf("Asuminen ja ympäristö (4 taulukkoa)");
    const table = lines.findIndex((l, i) => i > sheet && l.startsWith("  Käyttötalous "));
    const finding = lines.findIndex((l, i) => i > table && /\bB34\s+TOIMINTATUOTOT · TP 2022 \[Summa\]$/.test(l));
    expect(sheet).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(sheet);
    expect(finding).toBeGreaterThan(table);
    expect(lines[finding + 1].trim()).toBe("on 1 076 109, odotettu 1 076 108, ero 1");
    const en = await run("check", SAMPLE_XLSX, "--exit-zero", "--notes", "--lang", "en");
    expect(en.stdout).toContain("is 1,076,109, expected 1,076,108, difference 1");
  });

  it("exits 0 on a consistent workbook laid out away from A1", async () => {
    const file = scratch.file("kunnossa.xlsx");
    await writeRows(file, "Kunnossa", CONSISTENT_KAYTTOTALOUS, { row: 4, col: 3 }, (ws) => {
      ws.getCell("D15").value = { formula: "SUM(D13:D14)", result: -500 };
    });
    const r = await run("check", file, "--json");
    const report = JSON.parse(r.stdout);
    expect(report.tables).toEqual([{ sheet: "Kunnossa", area: "Tekninen", kind: "kayttotalous", range: "C6:E16" }]);
    expect(report.summary.error).toBe(0);
    expect(r.code).toBe(0);
  });

  it("reads the founding document's text format as well", async () => {
    const r = await run("check", SAMPLE_TXT, "--json", "--exit-zero");
    const report = JSON.parse(r.stdout);
    expect(report.tables.map((t: { sheet: string }) => t.sheet)).toContain("Työllisyyspalvelut");
    expect(report.tables).toHaveLength(12);
  });

  it("the text report names every sheet and ends with the counts", async () => {
    const r = await run("check", SAMPLE_XLSX, "--exit-zero");
    expect(r.stdout).toContain("Tunnistetut taulukot: 12");
    for (const sheet of ["Asuminen ja ympäristö", "Kaupunkimarkkinointi, hankinnat", "Työllisyyspalvelut"]) {
      expect(r.stdout).toContain(sheet);
    }
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/^Yhteensä: \d+ virhe(ttä)?, \d+ varoitus(ta)?, \d+ huomio(ta)?$/);
  });

  it("--html writes a self-contained report, escaping a sheet name and label that hold markup", async () => {
    const rows: (string | number | null)[][] = [
      [null, "TP", "TA"],
      [null, 2022, 2023],
      ["TOIMINTATUOTOT", null, null],
      ["<script>alert(1)</script>", 10, 20],
      ["Muut toimintatuotot", 5, 5],
      ["TOIMINTATUOTOT", 99, 25],
      ["TOIMINTAKULUT", null, null],
      ["Henkilöstökulut", -10, -10],
      ["TOIMINTAKULUT", -10, -10],
      ["TOIMINTAKATE/JÄÄMÄ", 89, 15],
    ];
    const file = scratch.file("markup.xlsx");
    await writeRows(file, "<img src=x onerror=alert(1)>", rows, { row: 3, col: 2 });
    const out = scratch.file("report.html");
    const r = await run("check", file, "--html", out, "--exit-zero");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`HTML-raportti kirjoitettu: ${out}`);
    const html = await fs.readFile(out, "utf8");
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps stdout pure JSON when --json and --html are both given", async () => {
    const out = scratch.file("both.html");
    const r = await run("check", SAMPLE_XLSX, "--json", "--html", out, "--exit-zero");
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain("both.html");
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });

  it("says so when the HTML report cannot be written", async () => {
    const r = await run("check", SAMPLE_XLSX, "--html", scratch.file("no-such-dir", "r.html"), "--exit-zero");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ENOENT");
  });
});
