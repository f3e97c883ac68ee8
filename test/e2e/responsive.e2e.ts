/**
 * The task pane stays responsive during a long check (issue 11): the built standalone demo in
 * Debian's chromium (playwright-core), a generated workbook of many sheets loaded through the
 * file picker, and clicks on the sheet tabs while the check runs. The page itself measures how
 * long each click waited for the main thread (event time stamp → handler), so the figure does not
 * depend on how fast this machine drives the browser; the check's own duration is measured the
 * same way, to show that the clicks really fell inside it. Skips when /usr/bin/chromium is absent,
 * except in CI, where that fails.
 */
import { existsSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { StaticServer, serveDirectory } from "../../scripts/static-server";
import { builtAddin } from "./buildOnce";
import { describeWithChromium as withChromium } from "./chromium";
import { clickCheck, launchChromium, openGeneratedBook, openPane } from "./paneInBrowser";

/** Big enough that checking takes seconds in a browser, so several clicks land inside it. */
const SHEETS = 200;
/** Clicks go on while the check runs, up to this many (a bound, should the check never end). */
const MAX_CLICKS = 1000;
/** The bound for handling a click during a check. */
const HANDLED_WITHIN_MS = 100;
const describeWithChromium = withChromium("test/e2e/responsive.e2e.ts");
jest.setTimeout(600_000);

interface Probe {
  /** Clicks on sheet tabs (by name) and on Cancel ("cancel"): how long each waited, and whether the check was running then. */
  clicks: { tab: string; waited: number; during: boolean; analysing: boolean }[];
  /** When the Cancel button (shown exactly while a check runs) appeared and went, page time. */
  busy: { from: number; to?: number }[];
}

describeWithChromium("task pane responsiveness during a long check (chromium)", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = builtAddin();
    expect(existsSync(path.join(outDir, "checkWorker.js"))).toBe(true);
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    page = await openPane(browser, server.url, { width: 1400, height: 900 }, pageErrors);
    await openGeneratedBook(page, SHEETS);
    await installProbe(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("Cancel stops a check at once, and a check started again can be cancelled too", async () => {
    // Before any result is shown: with thousands of findings listed, every re-render of the pane
    // is slow (the pane's rendering, not the check), which would only blur what this measures.
    const cancel = page.getByRole("button", { name: "Peruuta tarkistus" });
    const cancelOnce = async () => {
      await clickCheck(page);
      await page.getByText("Tunnistetaan taulukot ja tarkistetaan luvut…").waitFor({ timeout: 240_000 });
      const box = await cancel.boundingBox();
      await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await cancel.waitFor({ state: "detached", timeout: 60_000 });
    };
    await cancelOnce();
    // The second runs on a fresh worker (the first was terminated).
    await cancelOnce();
    const probe = await readProbe(page);
    const cancels = probe.clicks.filter((c) => c.tab === "cancel");
    expect(cancels).toHaveLength(2);
    expect(cancels.every((c) => c.during)).toBe(true);
    // Not waiting for the check (seconds here): the 100 ms figure is the tab clicks' median below;
    // a single click is allowed a hiccup of a loaded machine.
    expect(Math.max(...cancels.map((c) => c.waited))).toBeLessThan(HANDLED_WITHIN_MS * 5);
    // Nothing was reported: the cancelled checks left no result behind.
    expect(await page.getByTestId("check-summary").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Tarkista työkirja" }).isEnabled()).toBe(true);
  });

  test("clicks during the check are handled within 100 ms, while the check goes on", async () => {
    // Where the tabs are, found before the check: during it, clicks go by coordinates straight
    // to the browser's input (page.mouse), with nothing run in the page that a busy main thread
    // could hold back.
    const tabs = ["Alue 002", "Alue 003"];
    const boxes = await Promise.all(tabs.map((name) => page.getByRole("tab", { name, exact: true }).boundingBox()));
    expect(boxes.every(Boolean)).toBe(true);

    await clickCheck(page);
    await page.getByTestId("check-cancel").waitFor({ timeout: 240_000 });
    // From the moment the check starts (reading the sheets, then the engine in its worker) until it
    // ends, not a fixed number of clicks after the engine's phase began: with the engine as fast as
    // it is now that phase lasts about a second here, and how many of a fixed few fell inside it
    // depended on how fast this machine drives the browser. The engine's phase is what is judged.
    let clicks = 0;
    while (clicks < MAX_CLICKS && (clicks === 0 || (await page.getByTestId("check-cancel").count()) > 0)) {
      const box = boxes[clicks % 2]!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      clicks++;
    }
    await page.getByTestId("check-summary").waitFor({ timeout: 300_000 });
    const probe = await readProbe(page);

    const tabClicks = probe.clicks.filter((c) => c.tab !== "cancel");
    const during = tabClicks.filter((c) => c.during && c.analysing);
    const waits = during.map((c) => c.waited).sort((a, b) => a - b);
    const check = probe.busy[probe.busy.length - 1];
    const duration = check.to !== undefined ? check.to - check.from : NaN;
    console.log(
      `responsiveness: ${during.length}/${tabClicks.length} clicks in the engine's phase of a ${duration.toFixed(0)} ms check; ` +
        `waited ${waits.map((w) => w.toFixed(1)).join(", ")} ms`,
    );
    // The clicks fell inside the check (else this would prove nothing) …
    expect(during.length).toBeGreaterThanOrEqual(3);
    // … and were handled promptly: the median, so one hiccup of a loaded machine does not decide.
    // A check on the pane's thread would make every one of them wait for the rest of the check.
    expect(waits[Math.floor(waits.length / 2)]).toBeLessThan(HANDLED_WITHIN_MS);
    // The last tab clicked is the one shown, chosen while the check ran.
    const last = tabs[(clicks - 1) % 2];
    expect(await page.getByRole("tab", { name: last, exact: true }).getAttribute("aria-selected")).toBe("true");
    expect(server.requests).toContain("/checkWorker.js");
  });

  test("no script errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

/** In-page bookkeeping: click waits (capture phase, before React) and the check's busy spans. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { clicks: [], busy: [] };
    (window as unknown as { __probe: Probe }).__probe = probe;
    const running = () => document.querySelector('[data-testid="check-cancel"]') !== null;
    document.addEventListener(
      "click",
      (e) => {
        const target = e.target as Element | null;
        const tab = target?.closest?.('[role="tab"]');
        const cancel = target?.closest?.('[data-testid="check-cancel"]');
        if ((!tab && !cancel) || !e.isTrusted) return;
        const waited = performance.now() - e.timeStamp;
        // The engine's phase (in its worker) as against reading the sheets, which comes first.
        const analysing = document.body.textContent?.includes("Tunnistetaan taulukot ja tarkistetaan luvut") ?? false;
        probe.clicks.push({ tab: cancel ? "cancel" : (tab?.textContent ?? ""), waited, during: running(), analysing });
      },
      true,
    );
    let was = running();
    new MutationObserver(() => {
      const now = running();
      if (now === was) return;
      was = now;
      if (now) probe.busy.push({ from: performance.now() });
      else if (probe.busy.length > 0) probe.busy[probe.busy.length - 1].to = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
}
