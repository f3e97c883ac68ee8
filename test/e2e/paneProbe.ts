/**
 * In-page timing for the browser tests: how long the pane takes to show a check's result, and how
 * long a click or a key waits until the pane has painted its answer. These are wall times by the
 * page's own clock (performance.now, event time stamps): they do not depend on how fast the test
 * runner drives the browser, but they do grow when a loaded machine gives the renderer no core, so
 * the tests print them and judge an input by its main-thread CPU time instead (`cpu`, filled in by
 * paneWaits.ts `measured` from mainThreadCpu.ts).
 */
import type { Page } from "playwright-core";

export interface PaneInput {
  /** What was acted on: a sheet's toggle, a table's notes toggle, a filter checkbox, an overview button, a stepping key, a key typed in the search. */
  kind: "sheet" | "notes" | "filter" | "overview" | "step" | "search" | "other";
  /** Input event time stamp → the handler's start (the main thread was busy with something else). */
  waited: number;
  /** Input event time stamp → the next frame after the handler and React's render: what the user sees. */
  painted?: number;
  /** The main thread's CPU time from just before the input was sent to its painted answer, when measured. */
  cpu?: number;
}

export interface PaneProbe {
  /** When the worker's result reached the pane's thread (page time). */
  resultAt?: number;
  /** When the first frame after the check's summary appeared had been painted. */
  shownAt?: number;
  /** Main-thread tasks over 50 ms (Chromium's long-task entries), page time. */
  longTasks: { start: number; end: number }[];
  inputs: PaneInput[];
}

/** Installs the probe before the page's own scripts run (the worker is wrapped before the pane makes one). */
export async function installPaneProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe: PaneProbe = { longTasks: [], inputs: [] };
    (window as unknown as { __paneProbe: PaneProbe }).__paneProbe = probe;
    const afterPaint = (then: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => then(performance.now())));

    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        // Registered before the pane's own listener, so it runs first; the time is taken before
        // the message's data is read (reading it deserialises the findings, part of showing them).
        this.addEventListener("message", (e) => {
          const at = performance.now();
          if ((e as MessageEvent<{ ok?: boolean }>).data?.ok) {
            probe.resultAt = at;
            probe.shownAt = undefined;
          }
        });
      }
    };

    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // No long-task timing in this browser: the figures then rest on the painted frame alone.
    }

    const record = (kind: PaneInput["kind"], e: Event) => {
      const input: PaneInput = { kind, waited: performance.now() - e.timeStamp };
      probe.inputs.push(input);
      afterPaint((at) => (input.painted = at - e.timeStamp));
    };
    const kindOf = (target: Element | null): PaneInput["kind"] => {
      if (target?.closest?.('[data-testid="finding-sheet"] h3 button')) return "sheet";
      if (target?.closest?.('[data-testid="notes-toggle"]')) return "notes";
      if (target?.matches?.('input[type="checkbox"]')) return "filter";
      if (target?.closest?.('[data-testid="overview"] button[data-sheet]')) return "overview";
      return "other";
    };
    document.addEventListener("click", (e) => e.isTrusted && record(kindOf(e.target as Element | null), e), true);
    document.addEventListener("keydown", (e) => e.isTrusted && e.altKey && (e.key === "PageDown" || e.key === "PageUp") && record("step", e), true);
    document.addEventListener("keydown", (e) => e.isTrusted && !e.altKey && (e.target as Element | null)?.matches?.('input[type="search"]') && record("search", e), true);

    const summaryShown = () => document.querySelector('[data-testid="check-summary"]') !== null;
    let shown = false;
    const watch = () => {
      const now = summaryShown();
      if (now && !shown && probe.resultAt !== undefined) afterPaint((at) => (probe.shownAt ??= at));
      shown = now;
    };
    document.addEventListener("DOMContentLoaded", () => new MutationObserver(watch).observe(document.body, { childList: true, subtree: true }));
  });
}

export async function readPaneProbe(page: Page): Promise<PaneProbe> {
  return page.evaluate(() => (window as unknown as { __paneProbe: PaneProbe }).__paneProbe);
}

/** Empties the list of inputs, so a test reads only its own. */
export async function clearPaneInputs(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __paneProbe: PaneProbe }).__paneProbe.inputs = [];
  });
}

/**
 * From the result's arrival to the pane being ready for input: the first painted frame after the
 * summary, or the end of the last long task that followed the result, whichever is later.
 */
export function resultToReady(probe: PaneProbe): number | undefined {
  if (probe.resultAt === undefined || probe.shownAt === undefined) return undefined;
  const from = probe.resultAt;
  const lastBusy = Math.max(probe.shownAt, ...probe.longTasks.filter((t) => t.end > from).map((t) => t.end));
  return lastBusy - from;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
