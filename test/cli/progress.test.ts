import { promises as fs } from "fs";
import * as path from "path";
import { CONSISTENT_KAYTTOTALOUS, SAMPLE_XLSX, run, useTempDir, writeRows } from "./helpers";
import { main } from "../../src/cli/main";

const ERASE = "\r\x1b[K";

/** A run whose stderr is a terminal of `columns`: both streams' writes in the order made. */
async function onTerminal(columns: number, ...argv: string[]) {
  const writes: { to: "out" | "err"; text: string }[] = [];
  const code = await main(argv, {
    out: (text) => writes.push({ to: "out", text }),
    err: (text) => writes.push({ to: "err", text }),
    errColumns: columns,
  });
  return { code, writes };
}

/** The progress lines drawn, without their control characters. */
function drawn(writes: { to: string; text: string }[]): string[] {
  return writes.filter((w) => w.to === "err" && w.text.startsWith("\r") && w.text !== ERASE).map((w) => w.text.slice(1).replace("\x1b[K", ""));
}

/** Fails when anything but the progress line is written while a progress line is shown. */
function expectNothingOverTheLine(writes: { to: string; text: string }[]): void {
  let shown = false;
  for (const w of writes) {
    if (w.to === "err" && w.text === ERASE) shown = false;
    else if (w.to === "err" && w.text.startsWith("\r")) shown = true;
    else expect(shown).toBe(false);
  }
  expect(shown).toBe(false);
}

describe("progress on a terminal", () => {
  const tmp = useTempDir();
  let clean: string;
  let broken: string;
  let longName: string;

  beforeAll(async () => {
    clean = tmp.file("kunnossa.xlsx");
    await writeRows(clean, "Kunnossa", CONSISTENT_KAYTTOTALOUS);
    broken = tmp.file("rikki.xlsx");
    await fs.writeFile(broken, "this is not a zip");
    longName = tmp.file("hyvin-pitka-kansion-nimi-jota-ei-mahdu-riville", "kemijarvi-elinvoima.xlsx");
    await fs.mkdir(path.dirname(longName));
    await fs.copyFile(SAMPLE_XLSX, longName);
  });

  it("counts the files done on one line of stderr, erased before anything else is written and at the end", async () => {
    const { code, writes } = await onTerminal(100, "check", "--jobs", "1", clean, broken, longName, "--population", "2024=7008");
    expect(code).toBe(2);
    expect(drawn(writes)).toEqual([
      "Tarkistetaan 3 tiedostoa…",
      `Tarkistettu 1/3: ${clean}`,
      `Tarkistettu 2/3: ${broken}`,
      expect.stringMatching(/^Tarkistettu 3\/3: .*kemijarvi-elinvoima\.xlsx$/),
    ]);
    // Never a report or a problem over a progress line: they may reach the same terminal.
    expectNothingOverTheLine(writes);
    expect(writes.some((w) => w.to === "err" && w.text.includes("rikki.xlsx") && !w.text.startsWith("\r"))).toBe(true);
  });

  it("writes the same reports as without a terminal, and no progress when stderr is none", async () => {
    const argv = ["check", "--jobs", "1", clean, longName, "--population", "2024=7008"];
    const { writes } = await onTerminal(100, ...argv);
    const plain = await run(...argv);
    expect(writes.filter((w) => w.to === "out").map((w) => w.text).join("")).toBe(plain.stdout);
    expect(plain.stderr).toBe("");
  });

  it("speaks English with --lang en and cuts a long path from its middle to the terminal's width", async () => {
    const { writes } = await onTerminal(40, "--lang", "en", "check", "--jobs", "1", clean, longName);
    const lines = drawn(writes);
    expect(lines[0]).toBe("Checking 2 files…");
    expect(lines[1].startsWith("Checked 1/2: ")).toBe(true);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(39);
    expect(lines[2]).toMatch(/^Checked 2\/2: .*….*elinvoima\.xlsx$/);
  });

  it("says what a single book's check is doing, then erases it before the report", async () => {
    const { code, writes } = await onTerminal(100, "check", clean);
    expect(code).toBe(0);
    expect(drawn(writes)).toEqual([`Luetaan ${clean}…`, `Tarkistetaan ${clean}: 1 välilehti…`]);
    expectNothingOverTheLine(writes);
    const plain = await run("check", clean);
    expect(writes.filter((w) => w.to === "out").map((w) => w.text).join("")).toBe(plain.stdout);
  });

  it("erases the line before a file's error too", async () => {
    const { code, writes } = await onTerminal(100, "--lang", "en", "check", tmp.file("puuttuu.xlsx"));
    expect(code).toBe(2);
    expect(drawn(writes)).toEqual([`Reading ${tmp.file("puuttuu.xlsx")}…`]);
    expectNothingOverTheLine(writes);
    expect(writes[writes.length - 1].text).toMatch(/^budjettitarkistin: .*puuttuu\.xlsx: file not found\n$/);
  });
});
