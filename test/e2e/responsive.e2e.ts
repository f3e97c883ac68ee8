/**
 * The task pane stays responsive during a long check (issue 11): the built standalone demo in
 * Debian's chromium (playwright-core), a generated workbook of many sheets loaded through the
 * file picker, and clicks on the sheet tabs while the check runs. What is judged does not depend
 * on the machine's load: the order of events (each click answered, its frame painted, before the
 * worker's result reached the pane) and the main thread's CPU time per click (mainThreadCpu.ts),
 * which a check on the pane's thread, or any long work there, would fill. The page's wall times
 * (event time stamp → handler) are printed beside them. Skips when /usr/bin/chromium is absent,
 * except in CI, where that fails.
 */
import { existsSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { StaticServer, serveDirectory } from "../../scripts/static-server";
import { builtAddin } from "./buildOnce";
import { describeWithChromium as withChromium } from "./chromium";
import { mainThreadCpu } from "./mainThreadCpu";
import { median } from "./paneProbe";
import { clickCheck, launchChromium, openGeneratedBook, openPane } from "./paneInBrowser";

/** Big enough that checking takes seconds in a browser, so several clicks land inside it. */
const SHEETS = 200;
/** Clicks go on while the check runs, up to this many (a bound, should the check never end). */
const MAX_CLICKS = 1000;
/** The bound for handling a click during a check, as main-thread CPU from the click to its painted answer. */
const HANDLED_WITHIN_MS = 100;
/** Checks started and cancelled, one after another: three, so that the median judges. */
const CANCELS = 3;
const describeWithChromium = withChromium("test/e2e/responsive.e2e.ts");
jest.setTimeout(600_000);

interface Probe {
  /**
   * Clicks on sheet tabs (by name) and on Cancel ("cancel"): how long each waited (wall), whether
   * the check was running then, when the frame after its handler was painted (page time), and the
   * main thread's CPU from just before it was sent to that frame (set by the test, when measured).
   */
  clicks: { tab: string; waited: number; during: boolean; analysing: boolean; painted?: number; cpu?: number }[];
  /** When the Cancel button (shown exactly while a check runs) appeared and went, page time. */
  busy: { from: number; to?: number }[];
  /** When the worker's last result reached the pane's thread, page time (before the pane's own listener read it). */
  resultAt?: number;
}

describeWithChromium("task pane responsiveness during a long check (chromium)", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let workerAtOpen = false;

  beforeAll(async () => {
    outDir = builtAddin();
    expect(existsSync(path.join(outDir, "checkWorker.js"))).toBe(true);
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    page = await openPane(browser, server.url, { width: 1400, height: 900 }, pageErrors, installProbe);
    // The pane starts its check worker as it opens (to warm the engine), before any book is open.
    workerAtOpen = await requested(server, "/checkWorker.js");
    await openGeneratedBook(page, SHEETS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the check worker is started when the pane opens, before any check", () => {
    expect(workerAtOpen).toBe(true);
  });

  test("Cancel stops a check at once, and a check started again can be cancelled too, each time", async () => {
    // Before any result is shown: with thousands of findings listed, every re-render of the pane
    // is slow (the pane's rendering, not the check), which would only blur what this measures.
    const cancel = page.getByRole("button", { name: "Peruuta tarkistus" });
    const cancelOnce = async () => {
      await clickCheck(page);
      await page.getByText("Tunnistetaan taulukot ja tarkistetaan luvut…").waitFor({ timeout: 240_000 });
      const box = await cancel.boundingBox();
      const before = await mainThreadCpu(page);
      await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await cancel.waitFor({ state: "detached", timeout: 60_000 });
      cancelCpu.push((await mainThreadCpu(page)) - before);
    };
    const cancelCpu: number[] = [];
    // The second and third run on a fresh worker each (the one before was terminated).
    for (let i = 0; i < CANCELS; i++) await cancelOnce();
    const probe = await readProbe(page);
    const cancels = probe.clicks.filter((c) => c.tab === "cancel");
    expect(cancels).toHaveLength(CANCELS);
    expect(cancels.every((c) => c.during)).toBe(true);
    console.log(`cancel: waited ${cancels.map((c) => c.waited.toFixed(0)).join(", ")} ms (wall); main-thread CPU to the button gone ${cancelCpu.map((c) => c.toFixed(0)).join(", ")} ms`);
    // Not waiting for the check (seconds of CPU here, in its worker): each cancel cost the pane's
    // thread little, from the click until the Cancel button was gone.
    // The median, as for the tab clicks: one garbage collection of the big book's heap landing in
    // one cancel's window (a first cancel took 172 ms, the next two 72 and 59, with a second test
    // suite running beside it) must not decide. Work done on every cancel still fails it.
    expect(median(cancelCpu)).toBeLessThan(HANDLED_WITHIN_MS);
    // Nothing was reported: the cancelled checks left no result behind.
    expect(await page.getByTestId("check-summary").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Tarkista työkirja" }).isEnabled()).toBe(true);
  });

  test("clicks during the check are answered before it ends, each for under 100 ms of the pane's main-thread CPU", async () => {
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
    // Each click is measured from just before it is sent until the frame after its handler has been
    // painted; the next is sent only then.
    let clicks = 0;
    while (clicks < MAX_CLICKS && (clicks === 0 || (await page.getByTestId("check-cancel").count()) > 0)) {
      const box = boxes[clicks % 2]!;
      const before = await mainThreadCpu(page);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await paintedClick(page, clicks);
      await noteCpu(page, clicks, (await mainThreadCpu(page)) - before);
      clicks++;
    }
    await page.getByTestId("check-summary").waitFor({ timeout: 300_000 });
    const probe = await readProbe(page);

    const tabClicks = probe.clicks.filter((c) => c.tab !== "cancel");
    // Handled while the engine ran in its worker, and painted before its result reached the pane:
    // an order of events, which a loaded machine slows but does not turn over.
    const during = tabClicks.filter((c) => c.during && c.analysing && probe.resultAt !== undefined && c.painted! < probe.resultAt);
    const cpu = during.map((c) => c.cpu!).sort((a, b) => a - b);
    const check = probe.busy[probe.busy.length - 1];
    const duration = check.to !== undefined ? check.to - check.from : NaN;
    console.log(
      `responsiveness: ${during.length}/${tabClicks.length} clicks answered in the engine's phase of a ${duration.toFixed(0)} ms check (wall); ` +
        `waited ${during.map((c) => c.waited.toFixed(1)).join(", ")} ms (wall); main-thread CPU ${cpu.map((c) => c.toFixed(1)).join(", ")} ms`,
    );
    // The clicks were answered inside the check (else this would prove nothing; a check on the
    // pane's thread answers none of them before its result) …
    expect(during.length).toBeGreaterThanOrEqual(3);
    // … and cost the pane's thread little each: the median, so one garbage collection does not
    // decide. Work on the pane's thread while the check runs would fill these windows.
    expect(median(cpu)).toBeLessThan(HANDLED_WITHIN_MS);
    // The last tab clicked is the one shown, chosen while the check ran.
    const last = tabs[(clicks - 1) % 2];
    expect(await page.getByRole("tab", { name: last, exact: true }).getAttribute("aria-selected")).toBe("true");
    expect(server.requests).toContain("/checkWorker.js");
  });

  test("no script errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Whether the page asked the server for `file`, waiting up to 30 s (the page loads on its own time). */
async function requested(server: StaticServer, file: string): Promise<boolean> {
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (server.requests.includes(file)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * In-page bookkeeping: click waits (capture phase, before React) and paints, the check's busy
 * spans, and the worker's results. Installed before the page's own scripts run: the pane makes its
 * worker as it opens.
 */
async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe: Probe = { clicks: [], busy: [] };
    (window as unknown as { __probe: Probe }).__probe = probe;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        // Registered before the pane's own listener, so it runs first.
        this.addEventListener("message", (e) => {
          if ((e as MessageEvent<{ ok?: boolean }>).data?.ok) probe.resultAt = performance.now();
        });
      }
    };
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
        const click: Probe["clicks"][number] = { tab: cancel ? "cancel" : (tab?.textContent ?? ""), waited, during: running(), analysing };
        probe.clicks.push(click);
        requestAnimationFrame(() => setTimeout(() => (click.painted = performance.now())));
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
    }).observe(document, { childList: true, subtree: true });
  });
}

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
}

/** Waits until the `index`th tab click (counting from the first after the Cancel clicks) has been painted. */
async function paintedClick(page: Page, index: number): Promise<void> {
  const painted = await page.evaluate(
    (index) =>
      new Promise<boolean>((done) => {
        const probe = (window as unknown as { __probe: Probe }).__probe;
        const giveUp = performance.now() + 60_000;
        const look = () => {
          const click = probe.clicks.filter((c) => c.tab !== "cancel")[index];
          if (click?.painted !== undefined) done(true);
          else if (performance.now() > giveUp) done(false);
          else requestAnimationFrame(look);
        };
        look();
      }),
    index,
  );
  if (!painted) throw new Error(`tab click ${index + 1} was not recorded by the page's probe, or its answer never painted`);
}

async function noteCpu(page: Page, index: number, cpu: number): Promise<void> {
  await page.evaluate(
    ([index, cpu]) => {
      (window as unknown as { __probe: Probe }).__probe.clicks.filter((c) => c.tab !== "cancel")[index].cpu = cpu;
    },
    [index, cpu] as const,
  );
}
