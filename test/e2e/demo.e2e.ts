/**
 * The built standalone demo in a real browser (Debian's chromium via playwright-core), used as a
 * finance officer would: check, count the findings, go to one, mark, build the summary.
 * Skips when /usr/bin/chromium is absent, except in CI, where that fails (CI installs it).
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import type { Browser, Page } from "playwright-core";
import { StaticServer, serveDirectory } from "../../scripts/static-server";
import { CHROMIUM, describeWithChromium as withChromium } from "./chromium";

const REPO = path.resolve(__dirname, "../..");
const SCREENSHOT_DIR = os.tmpdir();
// Skips without chromium on a developer's machine; fails in CI (CI=true), see ./chromium.
const describeWithChromium = withChromium("test/e2e/demo.e2e.ts");
jest.setTimeout(300_000);

describeWithChromium("standalone demo in chromium", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), "budjettitarkistin-e2e-"));
    await promisify(execFile)(path.join(REPO, "node_modules/.bin/webpack"), ["--mode", "production", "--output-path", outDir], {
      cwd: REPO,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(existsSync(path.join(outDir, "taskpane.html"))).toBe(true);
    expect(existsSync(path.join(outDir, "sample.xlsx"))).toBe(true);
    server = await serveDirectory(outDir);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // The demo needs no network: anything not on the test server is refused (office.js's CDN included).
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    await page.goto(`${server.url}/taskpane.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test("starts the demo with the sample workbook when office.js cannot load", async () => {
    await page.getByRole("button", { name: "Tarkista työkirja" }).waitFor({ timeout: 20_000 });
    await page.getByTestId("workbook-name").getByText("sample.xlsx").waitFor();
    expect(await page.getByTestId("sheet-tab").count()).toBeGreaterThan(1);
    expect(blocked.every((u) => !u.startsWith(server.url))).toBe(true);
    expect(server.requests).toContain("/sample.xlsx");
  });

  test("check counts the findings and lists every one of them", async () => {
    await page.getByRole("button", { name: "Tarkista työkirja" }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor({ timeout: 30_000 });
    const counts: Record<string, number> = {};
    for (const severity of ["error", "warning", "info"]) {
      const text = await page.getByTestId("severity-counts").locator(`[data-severity="${severity}"]`).innerText();
      counts[severity] = Number(/(\d+)\s*$/.exec(text)?.[1]);
    }
    const total = counts.error + counts.warning + counts.info;
    expect(total).toBeGreaterThan(0);
    await expect(page.getByTestId("open-findings").getByTestId("finding").count()).resolves.toBe(total);
    // Finnish counts: 1 varoitus, 2 varoitusta (the sample has exactly one warning).
    const fi = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    expect(await summary.innerText()).toContain(
      `${fi(counts.error, "virhe", "virhettä")}, ${fi(counts.warning, "varoitus", "varoitusta")}, ${fi(counts.info, "huomio", "huomiota")}`,
    );
  });

  test("clicking a finding selects its cell in the demo grid", async () => {
    const goTo = page.getByTestId("open-findings").getByTestId("finding").nth(2).locator("button[title^='Siirry soluun']");
    const title = (await goTo.getAttribute("title")) ?? "";
    const m = /^Siirry soluun (.+)!([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(title);
    expect(m).not.toBeNull();
    const [, sheet, range] = m!;
    await goTo.click();
    const grid = page.locator(`[data-testid="sheet-grid"][data-sheet="${sheet}"]`);
    const cell = grid.locator(`td[data-cell="${range.split(":")[0]}"]`);
    await expect(cell.getAttribute("data-selected")).resolves.toBe("true");
    expect(await cell.isVisible()).toBe(true);
    expect(await page.getByTestId("name-box").innerText()).toBe(range);
    expect(await page.getByRole("tab", { name: sheet, exact: true }).getAttribute("aria-selected")).toBe("true");
    await shoot(page, "budjettitarkistin-demo-finding.png");
  });

  test("Mark fills the findings' cells in the grid", async () => {
    await page.getByRole("button", { name: "Merkitse" }).click();
    await page.getByText(/Merkittyjä soluja: \d+\./).waitFor();
    expect(await page.locator("td[data-marked]").count()).toBeGreaterThan(0);
  });

  test("the määrärahat summary appears as a new sheet with live formulas", async () => {
    await page.getByRole("button", { name: "Luo määrärahayhteenveto" }).click();
    await page.getByText("Luotiin välilehti ”Määrärahat yhteenveto”.").waitFor();
    expect(await page.getByRole("tab", { name: "Määrärahat yhteenveto (luotu)" }).getAttribute("aria-selected")).toBe("true");
    const grid = page.locator('[data-testid="sheet-grid"][data-sheet="Määrärahat yhteenveto"]');
    const formulas = grid.locator("td[data-formula]");
    expect(await formulas.count()).toBeGreaterThan(10);
    const reference = grid.locator(`td[data-formula^="='Asuminen ja ympäristö'!"]`).first();
    const formula = (await reference.getAttribute("data-formula")) ?? "";
    const shown = await reference.innerText();
    expect(shown).toMatch(/\d/);
    await reference.click();
    expect(await page.getByTestId("formula-content").innerText()).toBe(formula);
    expect(await page.getByTestId("formula-expected").innerText()).toBe(`Laskettu arvo: ${shown}`);
    const total = grid.locator('td[data-formula^="=SUMIF("]');
    expect(await total.count()).toBeGreaterThan(0);
    await shoot(page, "budjettitarkistin-demo-summary.png");
  });

  test("the report downloads as CSV for Finnish Excel", async () => {
    await page.getByRole("button", { name: "Vie raportti" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Lataa CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^budjettitarkistus-\d{4}-\d\d-\d\d\.csv$/);
    const file = path.join(outDir, "report.csv");
    await download.saveAs(file);
    const text = readFileSync(file, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith("Tila;Vakavuus;Välilehti;Solu;")).toBe(true);
  });

  test("an explanation survives a reload of the page", async () => {
    const item = page.getByTestId("open-findings").getByTestId("finding").first();
    const title = (await item.locator("button[title^='Siirry soluun']").getAttribute("title")) ?? "";
    await item.getByRole("button", { name: /^Selitä havainto/ }).click();
    await item.getByRole("textbox").fill("korjattu lautakunnan päätöksellä");
    await item.getByRole("button", { name: "Hyväksy selityksellä" }).click();
    await page.getByText("Selitys tallennettu työkirjaan.").waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Tarkista työkirja" }).click();
    const explained = page.getByTestId("explained-list");
    await explained.waitFor({ timeout: 30_000 });
    const again = explained.getByTestId("explained-finding");
    expect(await again.count()).toBe(1);
    expect(await again.locator("button").first().getAttribute("title")).toBe(title);
    expect(await again.getByTestId("explanation-comment").innerText()).toContain("korjattu lautakunnan päätöksellä");
    await shoot(page, "budjettitarkistin-demo-explained.png");
  });

  test("no script errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: false });
}
