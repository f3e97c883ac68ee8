/**
 * The task pane with a big result (issue 11): a generated workbook of 200 sheets (about 2 700 open
 * findings) checked in the built standalone demo in Debian's chromium (playwright-core). Once the
 * result is shown, a click on a sheet's toggle or on a filter must be answered, painted, after
 * under 100 ms of the pane's main-thread CPU (the median; CPU rather than wall time, so a loaded
 * machine does not decide: mainThreadCpu.ts), and the findings at the far end of the list must
 * still be reached by the stepper and by the keyboard, with the headings and toggles a screen
 * reader reads. The page's wall times (paneProbe.ts) are printed beside the CPU. Skips when
 * /usr/bin/chromium is absent, except in CI, where that fails.
 */
import path from "path";
import { existsSync } from "fs";
import type { Browser, Page } from "playwright-core";
import { StaticServer, serveDirectory } from "../../scripts/static-server";
import { builtAddin } from "./buildOnce";
import { describeWithChromium as withChromium } from "./chromium";
import { launchChromium, openGeneratedBook, openPane } from "./paneInBrowser";
import { clearPaneInputs, installPaneProbe, readPaneProbe, resultToReady } from "./paneProbe";
import { answered, expectAnsweredInTime, flipToggle, inView, measuredClick, quiet, seriousAxeViolations, settled, shownAfterScrolling } from "./paneWaits";

const SHEETS = 200;
const describeWithChromium = withChromium("test/e2e/bigBook.e2e.ts");
jest.setTimeout(600_000);

describeWithChromium("a big result in the task pane (chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const open = () => page.getByTestId("open-findings");
  const section = (sheet: string) => open().locator(`[data-testid="finding-sheet"][data-sheet="${sheet}"]`);
  const toggle = (sheet: string) => section(sheet).locator("h3 button");
  /** Where the keyboard is: the sheet section it is in, and what it is. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return {
        sheet: el?.closest('[data-testid="finding-sheet"]')?.getAttribute("data-sheet") ?? null,
        toggle: el?.parentElement?.tagName === "H3",
        goTo: el?.getAttribute("title")?.startsWith("Siirry soluun ") ?? false,
        title: el?.getAttribute("title") ?? "",
      };
    });

  beforeAll(async () => {
    const outDir = builtAddin();
    expect(existsSync(path.join(outDir, "checkWorker.js"))).toBe(true);
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    page = await openPane(browser, server.url, { width: 1400, height: 900 }, pageErrors, installPaneProbe);
    await openGeneratedBook(page, SHEETS);

    await page.getByRole("button", { name: "Tarkista työkirja" }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 300_000 });
    await quiet(page);
    const probe = await readPaneProbe(page);
    const ready = resultToReady(probe);
    const busy = probe.longTasks.filter((t) => t.end > (probe.resultAt ?? 0)).map((t) => (t.end - t.start).toFixed(0));
    console.log(`big result: ${await open().getByRole("heading", { level: 2 }).innerText()}; result → ready ${ready?.toFixed(0)} ms (long tasks ${busy.join(", ")} ms)`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("every sheet with findings has its heading, counts and an expanded toggle naming its panel", async () => {
    const withFindings = await page
      .getByTestId("overview")
      .locator("button[data-sheet]")
      .evaluateAll((rows) => rows.filter((row) => row.querySelector('[data-worst]:not([data-worst="clean"])')).map((row) => row.getAttribute("data-sheet")));
    expect(withFindings.length).toBeGreaterThan(SHEETS / 2);
    const sheets = await open().getByTestId("finding-sheet").evaluateAll((all) => all.map((s) => s.getAttribute("data-sheet")));
    expect(sheets).toEqual(withFindings);
    expect(await open().getByRole("heading", { level: 3 }).count()).toBe(sheets.length);
    const toggles = await open()
      .locator('[data-testid="finding-sheet"] h3 button')
      .evaluateAll((all) => all.map((b) => ({ expanded: b.getAttribute("aria-expanded"), panel: !!document.getElementById(b.getAttribute("aria-controls") ?? "") })));
    expect(toggles.every((t) => t.expanded === "true" && t.panel)).toBe(true);
    const total = Number(/\((\d+)\)/.exec(await open().getByRole("heading", { level: 2 }).innerText())?.[1]);
    expect(total).toBeGreaterThan(2000);
  });

  test("a click on a sheet's toggle is painted after under 100 ms of main-thread CPU, at the top of the list and far down it", async () => {
    await clearPaneInputs(page);
    for (const sheet of ["Alue 001", "Alue 001", "Alue 002", "Alue 002", "Alue 100", "Alue 100"]) {
      const button = toggle(sheet);
      // Scrolled to first and left to settle, as a reader sees a heading before clicking it:
      // sheets drawn as they come near the view may still move it in the frames after a scroll.
      await button.scrollIntoViewIfNeeded();
      await settled(page, button);
      await flipToggle(page, button);
    }
    await expectAnsweredInTime(page, "sheet", 6);
  });

  test("a click on a severity filter is painted after under 100 ms of the pane's main-thread CPU", async () => {
    await clearPaneInputs(page);
    const warnings = page.getByRole("checkbox", { name: /^Varoitukset/ });
    for (let i = 0; i < 6; i++) {
      await measuredClick(page, warnings);
      await expect(warnings.isChecked()).resolves.toBe(i % 2 === 1);
      expect(await open().getByText(/^Näytetään \d+\/\d+ avointa havaintoa\.$/).count()).toBe(i % 2 === 0 ? 1 : 0);
      await page.waitForTimeout(100);
    }
    await expectAnsweredInTime(page, "filter", 6);
  });

  test("a finding at the far end is reached and focused, stepping goes on from it, and Enter goes to its cell", async () => {
    await clearPaneInputs(page);
    const last = `Alue ${String(SHEETS).padStart(3, "0")}`;
    await page.getByTestId("overview").locator(`button[data-sheet="${last}"]`).click();
    await expect(focused()).resolves.toMatchObject({ sheet: last, goTo: true });
    const stepper = page.getByTestId("finding-stepper");
    const [index, total] = (await stepper.getByTestId("step-position").innerText()).split("/").map(Number);
    expect(index).toBeGreaterThan(total * 0.9);
    await page.keyboard.press("Alt+PageDown");
    await expect(stepper.getByTestId("step-position").innerText()).resolves.toBe(`${index + 1}/${total}`);
    const next = await focused();
    expect(next).toMatchObject({ sheet: last, goTo: true });
    expect(await inView(page)).toBe(true);
    // Back over the sheet boundary: the previous sheet's last finding, focused too.
    await page.keyboard.press("Alt+PageUp");
    await page.keyboard.press("Alt+PageUp");
    await expect(stepper.getByTestId("step-position").innerText()).resolves.toBe(`${index - 1}/${total}`);
    expect(await focused()).toMatchObject({ sheet: `Alue ${String(SHEETS - 1).padStart(3, "0")}`, goTo: true });
    expect(await inView(page)).toBe(true);
    // Enter on the focused finding goes to its cell in the grid.
    const [, sheet, cell] = /^Siirry soluun (.+)!([A-Z]+\d+)/.exec((await focused()).title) ?? [];
    await page.keyboard.press("Enter");
    await expect(page.locator(`[data-testid="sheet-grid"][data-sheet="${sheet}"] td[data-cell="${cell}"]`).getAttribute("data-selected")).resolves.toBe("true");
    const steps = await answered(page, "step");
    const picks = await answered(page, "overview");
    console.log(`far end: overview pick painted ${picks.map((c) => c.painted!.toFixed(0)).join(", ")} ms; steps ${steps.map((c) => c.painted!.toFixed(0)).join(", ")} ms`);
  });

  test("Tab goes from a sheet's toggle into its findings and on into the next sheet's, far down the list", async () => {
    await toggle("Alue 150").focus();
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toMatchObject({ sheet: "Alue 150", toggle: false });
    const visited: Awaited<ReturnType<typeof focused>>[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const at = await focused();
      visited.push(at);
      if (at.sheet !== "Alue 150" && !at.toggle) break;
    }
    // Every stop on the way was in one of the two sheets, and the next sheet's findings came after its toggle.
    expect(visited.every((v) => v.sheet === "Alue 150" || v.sheet === "Alue 151")).toBe(true);
    expect(visited.filter((v) => v.sheet === "Alue 151").map((v) => v.toggle)).toEqual([true, false]);
  });

  test("scrolled anywhere in the list, the pane shows findings there, never empty room", async () => {
    for (const at of [0.3, 0.55, 0.8]) {
      const seen = await shownAfterScrolling(page, at);
      expect(seen.empty).toBe(0);
      expect(seen.findings).toBeGreaterThan(0);
    }
  });

  test("axe-core finds no serious or critical violation in the long list (headings, toggles, rendered and pending sheets)", async () => {
    expect(await seriousAxeViolations(page, open())).toEqual([]);
  });

  test("no script errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
