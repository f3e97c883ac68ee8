/**
 * The task pane with a big result on ONE sheet (issue 11): a budget book converted from a PDF often
 * holds every table on a single sheet, so hundreds of findings sit under one sheet heading. Checked
 * in the built standalone demo in Debian's chromium (playwright-core): a click on a filter or on a
 * table's notes toggle, and a step, must be painted after under 100 ms of the pane's main-thread
 * CPU (the median; CPU rather than wall time, so a loaded machine does not decide: mainThreadCpu.ts),
 * the stepper and the keyboard must reach the sheet's last finding, and the list must never show
 * empty room where findings are. The page's wall times (paneProbe.ts) are printed beside the CPU.
 * Skips when /usr/bin/chromium is absent, except in CI.
 */
import type { Browser, Page } from "playwright-core";
import { StaticServer, serveDirectory } from "../../scripts/static-server";
import { oneSheetWorkbook } from "../../bench/workbook";
import { builtAddin } from "./buildOnce";
import { describeWithChromium as withChromium } from "./chromium";
import { launchChromium, openPane, openWorkbook } from "./paneInBrowser";
import { clearPaneInputs, installPaneProbe, readPaneProbe, resultToReady } from "./paneProbe";
import { answered, expectAnsweredInTime, flipToggle, inView, measured, measuredClick, quiet, seriousAxeViolations, settled, shownAfterScrolling } from "./paneWaits";

/** Vastuualue blocks on the sheet: about 360 errors and warnings and 460 notes. */
const AREAS = 60;
const SHEET = "Talousarvio";
const describeWithChromium = withChromium("test/e2e/bigSheet.e2e.ts");
jest.setTimeout(600_000);

describeWithChromium("a big result on a single sheet in the task pane (chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const open = () => page.getByTestId("open-findings");
  const focusedTitle = () => page.evaluate(() => document.activeElement?.getAttribute("title") ?? "");

  beforeAll(async () => {
    server = await serveDirectory(builtAddin());
    browser = await launchChromium();
    page = await openPane(browser, server.url, { width: 1400, height: 900 }, pageErrors, installPaneProbe);
    await openWorkbook(page, oneSheetWorkbook(AREAS, SHEET), "yksi-valilehti.xlsx");
    await page.getByRole("button", { name: "Tarkista työkirja" }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 300_000 });
    await quiet(page);
    const ready = resultToReady(await readPaneProbe(page));
    console.log(`one big sheet: ${await open().getByRole("heading", { level: 2 }).innerText()}; result → ready ${ready?.toFixed(0)} ms`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the one sheet lists hundreds of open findings under its heading", async () => {
    const sheets = await open().getByTestId("finding-sheet").evaluateAll((all) => all.map((s) => s.getAttribute("data-sheet")));
    expect(sheets).toEqual([SHEET]);
    const total = Number(/\((\d+)\)/.exec(await open().getByRole("heading", { level: 2 }).innerText())?.[1]);
    expect(total).toBeGreaterThan(300);
  });

  test("a click on a severity filter is painted after under 100 ms of the pane's main-thread CPU", async () => {
    await clearPaneInputs(page);
    const warnings = page.getByRole("checkbox", { name: /^Varoitukset/ });
    for (let i = 0; i < 6; i++) {
      await measuredClick(page, warnings);
      await expect(warnings.isChecked()).resolves.toBe(i % 2 === 1);
      await page.waitForTimeout(100);
    }
    await expectAnsweredInTime(page, "filter", 6);
  });

  test("a click on a table's notes toggle is painted after under 100 ms of main-thread CPU, near the top and far down the sheet", async () => {
    await clearPaneInputs(page);
    const pane = page.locator("aside");
    for (const at of [0.05, 0.5, 0.9]) {
      await pane.evaluate((el, at) => (el.scrollTop = el.scrollHeight * at), at);
      // The chunks that came near the view are drawn on the next frames: the toggle is picked once they are.
      const table = await tableNearestView(page);
      const button = open().locator(`[data-testid="finding-table"][data-table="${table}"]`).getByTestId("notes-toggle");
      await button.scrollIntoViewIfNeeded();
      await settled(page, button);
      for (let click = 0; click < 2; click++) await flipToggle(page, button);
    }
    await expectAnsweredInTime(page, "notes", 6);
  });

  test("at the far end of the sheet a finding is chosen by click, and the stepper goes on from it, focused and in view", async () => {
    await clearPaneInputs(page);
    const pane = page.locator("aside");
    // To the end, again once the chunks drawn there have their measured heights.
    for (let i = 0; i < 3; i++) {
      await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await settled(page, pane.locator('[data-testid="finding"]').last());
    }
    const last = open().locator('[data-testid="finding"] button[title^="Siirry soluun "]').last();
    await last.scrollIntoViewIfNeeded();
    await settled(page, last);
    const title = await last.getAttribute("title");
    await last.click();
    const position = () => page.getByTestId("finding-stepper").getByTestId("step-position").innerText();
    const [index, total] = (await position()).split("/").map(Number);
    expect(index).toBeGreaterThan(total * 0.9);
    for (let step = 1; step <= 3; step++) {
      await measured(page, () => page.keyboard.press("Alt+PageUp"));
      await expect(position()).resolves.toBe(`${index - step}/${total}`);
      expect(await focusedTitle()).toMatch(/^Siirry soluun /);
      expect(await inView(page)).toBe(true);
    }
    for (let step = 1; step <= 3; step++) await measured(page, () => page.keyboard.press("Alt+PageDown"));
    await expect(position()).resolves.toBe(`${index}/${total}`);
    expect(await focusedTitle()).toBe(title);
    await expectAnsweredInTime(page, "step", 6);
  });

  /** The table whose notes toggle is nearest the middle of the pane's view, once the chunks near the view are drawn. */
  async function tableNearestView(page: Page): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const table = await page.locator("aside").evaluate((pane) => {
        const middle = pane.getBoundingClientRect().top + pane.clientHeight / 2;
        let best: { key: string | null; distance: number } = { key: null, distance: Infinity };
        for (const t of pane.querySelectorAll('[data-testid="notes-toggle"]')) {
          const distance = Math.abs(t.getBoundingClientRect().top - middle);
          if (distance < best.distance) best = { key: t.closest('[data-testid="finding-table"]')?.getAttribute("data-table") ?? null, distance };
        }
        return best.key;
      });
      if (table !== null) return table;
      await page.waitForTimeout(100);
    }
    throw new Error("no notes toggle was drawn near the view");
  }

  test("scrolled anywhere in the sheet, the pane shows findings there, never empty room", async () => {
    for (const at of [0.2, 0.5, 0.85]) {
      const seen = await shownAfterScrolling(page, at);
      expect(seen.empty).toBe(0);
      expect(seen.findings).toBeGreaterThan(0);
    }
  });

  test("the long sheet's grid beside the pane, scrolled anywhere, shows its rows there in order, never empty room", async () => {
    const grid = page.locator(`[data-testid="sheet-grid"][data-sheet="${SHEET}"]`);
    const box = grid.locator("xpath=..");
    for (const at of [0.3, 0.77, 1]) {
      await box.evaluate((el, at) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * at), at);
      // Rows coming near the view are drawn on the next frames.
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(drawn, 50)))));
      const seen = await box.evaluate((el) => {
        const view = el.getBoundingClientRect();
        // Below the column letters, which stay at the top (sticky).
        const head = el.querySelector("thead th")!.getBoundingClientRect().bottom;
        const inView = [...el.querySelectorAll("tbody tr")].filter((tr) => {
          const r = tr.getBoundingClientRect();
          return r.bottom > head && r.top < view.bottom;
        });
        return { rows: inView.map((tr) => Number(tr.querySelector('th[scope="row"]')?.textContent ?? NaN)), cells: inView.reduce((n, tr) => n + tr.querySelectorAll("td[data-cell]").length, 0) };
      });
      expect(seen.rows.length).toBeGreaterThan(20);
      expect(seen.rows).toEqual(seen.rows.map((_, i) => seen.rows[0] + i));
      expect(seen.cells).toBeGreaterThan(0);
      if (at === 1) expect(seen.rows[seen.rows.length - 1]).toBe(await grid.getAttribute("aria-rowcount").then((n) => Number(n) - 1));
    }
  });

  test("the sheet's last finding, far out of view, is found by typing its cell in the search; Escape gives the whole list back", async () => {
    const pane = page.locator("aside");
    for (let i = 0; i < 3; i++) {
      await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await settled(page, pane.locator('[data-testid="finding"]').last());
    }
    const title = (await open().locator('[data-testid="finding"] button[title^="Siirry soluun "]').last().getAttribute("title"))!;
    const cell = title.slice(title.lastIndexOf("!") + 1);
    await pane.evaluate((el) => (el.scrollTop = 0));
    const total = Number(/\((\d+)\)/.exec(await open().getByRole("heading", { level: 2 }).innerText())?.[1]);

    await clearPaneInputs(page);
    const field = page.getByRole("searchbox", { name: "Hae havainnoista" });
    await field.click();
    // Typed a key at a time in lower case, as a user looking for it would.
    await field.pressSequentially(cell.toLowerCase());
    const count = open().getByRole("status").getByText(/^Näytetään \d+\/\d+ avointa havaintoa\.$/);
    await count.waitFor();
    const [shown, of] = (/(\d+)\/(\d+)/.exec(await count.innerText()) ?? []).slice(1).map(Number);
    expect(of).toBe(total);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(10);
    const titles = await open().locator('[data-testid="finding"] button[title]').evaluateAll((all) => all.map((b) => b.getAttribute("title")));
    expect(titles).toContain(title);
    console.log(`search "${cell.toLowerCase()}": ${shown} of ${of} shown`);
    const keys = await answered(page, "search");
    expect(keys).toHaveLength(cell.length);

    // Pasted as Excel writes it, the address one digit short is another cell: neither this finding
    // nor any other whose address merely begins with it is listed (`$D$544` is not D5448).
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const shorter = `${letters}${digits.slice(0, -1)}`;
    await field.fill(`'${SHEET}'!$${letters}$${digits.slice(0, -1)}`);
    await page.waitForFunction(
      (gone) => ![...document.querySelectorAll('[data-testid="open-findings"] [data-testid="finding"] button[title]')].some((b) => b.getAttribute("title") === gone),
      title,
    );
    const near = await open().locator('[data-testid="finding"] button[title^="Siirry soluun "]').evaluateAll((all) => all.map((b) => b.getAttribute("title")!));
    const at = `Siirry soluun ${SHEET}!`;
    expect(near.filter((t) => t.startsWith(`${at}${shorter}`) && t !== `${at}${shorter}`)).toEqual([]);
    console.log(`search "${await field.inputValue()}": ${near.length} listed`);

    // Among the filters in the tab order: on to the severity checkboxes.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="finding-filters"]')?.querySelector('input[type="checkbox"]') === document.activeElement)).toBe(true);
    expect(await seriousAxeViolations(page, page.getByTestId("finding-filters"))).toEqual([]);

    await field.focus();
    await page.keyboard.press("Escape");
    await expect(field.inputValue()).resolves.toBe("");
    await page.waitForFunction(() => document.querySelector('[data-testid="shown-count"]')?.textContent === "");
    expect(await open().getByText(/^Näytetään /).count()).toBe(0);
  });

  test("axe-core finds no serious or critical violation in the long sheet", async () => {
    expect(await seriousAxeViolations(page, open())).toEqual([]);
  });

  test("no script errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
