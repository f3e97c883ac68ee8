import { SAMPLE_TXT, SAMPLE_XLSX, run } from "./helpers";

describe("cli: allocation", () => {
  it("prints each area's key, amount and the amount expected at the agreed total", async () => {
    const r = await run("allocation", SAMPLE_XLSX, "--management-total", "2024=143000");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // The table groups thousands with no-break spaces; compare as plain spaces.
    const line2024 = (area: string) => r.stdout.replace(/\u00a0/g, " ").split("\n").find((l) => l.startsWith(area) && l.includes("TA 2024"));
    expect(line2024("Asuminen ja ympäristö")).toMatch(/65,7\s+-93 940\s+.*-93 951\s+11\s/);
    expect(line2024("Kaupunkimarkkinointi, hankinnat")).toMatch(/5,5\s+-7 870\s+.*-7 865\s+-5\s/);
    expect(line2024("Työllisyyspalvelut")).toMatch(/28,8\s+-41 180\s+.*-41 184\s+4\s/);
  });

  it("reads the text document too, and speaks English with --lang en", async () => {
    const r = await run("allocation", SAMPLE_TXT, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("82,5".replace(",", "."));
    expect(r.stdout).toContain("Työllisyyspalvelut");
  });

  it("refuses a missing file and bad options with exit 2", async () => {
    expect((await run("allocation", "ei-ole.xlsx")).code).toBe(2);
    expect((await run("allocation", SAMPLE_XLSX, "--json")).code).toBe(2);
    expect((await run("allocation", SAMPLE_XLSX, "--management-total", "paljon")).code).toBe(2);
  });
});
