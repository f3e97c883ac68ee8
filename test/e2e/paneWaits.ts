/**
 * Waiting in the browser tests for what the user would wait for: the pane gone quiet after a
 * result, an element that stopped moving, an input's answer painted (and what it cost the main
 * thread). Polled in the page, never a fixed sleep standing in for a condition.
 */
import type { Locator, Page } from "playwright-core";
import { readFileSync } from "fs";
import { mainThreadCpu, quietMainThread } from "./mainThreadCpu";
import { PaneInput, PaneProbe, median, readPaneProbe } from "./paneProbe";

/** Waits until the page has had a second without a long task since the result was shown. */
export async function quiet(page: Page): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const calm = await page.evaluate(() => {
      const probe = (window as unknown as { __paneProbe: PaneProbe }).__paneProbe;
      const lastBusy = Math.max(0, ...probe.longTasks.map((t) => t.end));
      return probe.shownAt !== undefined && performance.now() - Math.max(lastBusy, probe.shownAt) > 1000;
    });
    if (calm) return;
    await page.waitForTimeout(250);
  }
  throw new Error("the pane never went quiet after showing the result");
}

/** Waits until `target` stays where it is over two frames and a little more. */
export async function settled(page: Page, target: Locator): Promise<void> {
  let last = "";
  for (let i = 0; i < 100; i++) {
    const now = JSON.stringify(await target.boundingBox());
    if (now === last) return;
    last = now;
    await page.evaluate(() => new Promise((later) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(later, 50)))));
  }
  throw new Error("the element never stopped moving");
}

/** The inputs of one kind since the last clear, once each has been painted; their figures are printed. */
export async function answered(page: Page, kind: PaneInput["kind"]): Promise<PaneInput[]> {
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 50))));
  const inputs = (await readPaneProbe(page)).inputs.filter((i) => i.kind === kind);
  const ms = (values: (number | undefined)[]) => values.map((v) => v?.toFixed(0)).join(", ");
  const cpu = inputs.some((i) => i.cpu !== undefined) ? `; main-thread CPU ${ms(inputs.map((i) => i.cpu))} ms` : "";
  console.log(`${kind}: waited ${ms(inputs.map((i) => i.waited))} ms; painted ${ms(inputs.map((i) => i.painted))} ms (wall)${cpu}`);
  return inputs;
}

/**
 * The bound for answering a click, as the pane's own work: the median of a test's inputs
 * takes less main-thread CPU than this from the input to its painted answer. CPU, not wall time:
 * on a loaded machine the wall time also holds the renderer's waits for a core, which the pane
 * does not control (bigSheet's filter clicks took 114-169 ms wall under load ~9 with the same
 * build that answers them in about 10 ms of CPU).
 */
export const ANSWERED_WITHIN_MS = 100;

/**
 * Makes one input with `act` (a click or a key the page's probe records), waits for its answer to
 * be painted, and notes on the input the main thread's CPU time from just before `act` to then.
 * The figure also holds whatever else the thread did meanwhile, and the test runner's own steps in
 * the page (playwright's checks before a click): it overstates the pane's work, never understates it.
 */
export async function measured(page: Page, act: () => Promise<unknown>): Promise<void> {
  // From a quiet thread: what an earlier scroll or input set going is not this input's work.
  await quietMainThread(page);
  const seen = (await readPaneProbe(page)).inputs.length;
  const before = await mainThreadCpu(page);
  await act();
  const answered = await page.evaluate(
    (seen) =>
      new Promise<boolean>((done) => {
        const probe = (window as unknown as { __paneProbe: PaneProbe }).__paneProbe;
        const giveUp = performance.now() + 30_000;
        const look = () => {
          const last = probe.inputs[probe.inputs.length - 1];
          if (probe.inputs.length > seen && last.painted !== undefined) done(true);
          else if (performance.now() > giveUp) done(false);
          else requestAnimationFrame(look);
        };
        look();
      }),
    seen,
  );
  if (!answered) throw new Error("the input was not recorded by the page's probe, or its answer never painted");
  const cpu = (await mainThreadCpu(page)) - before;
  await page.evaluate((cpu) => {
    const inputs = (window as unknown as { __paneProbe: PaneProbe }).__paneProbe.inputs;
    inputs[inputs.length - 1].cpu = cpu;
  }, cpu);
}

/**
 * Clicks `target` where it is, measured as `measured` does. The target is scrolled to and found
 * before the measurement begins, so playwright's own checks before a click (layouts and hit tests
 * of a big page, tens of milliseconds of the page's thread) are not counted as the pane's work.
 */
export async function measuredClick(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("the element to click is not shown");
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // The pointer reaches the target first, as a user's does: the hover it sets off (styles recomputed
  // where it lands) is pointing, not the click; the click is then measured from a quiet thread.
  await page.mouse.move(x, y);
  await measured(page, () => page.mouse.click(x, y));
}

/**
 * Clicks a fold toggle (measured), sees its aria-expanded turn over, and leaves a pause before the
 * next click so each is answered (and measured) on its own.
 */
export async function flipToggle(page: Page, button: Locator): Promise<void> {
  const before = await button.getAttribute("aria-expanded");
  await measuredClick(page, button);
  await expect(button.getAttribute("aria-expanded")).resolves.toBe(before === "true" ? "false" : "true");
  await page.waitForTimeout(100);
}

/**
 * `count` inputs of the kind were made, each measured, and the median took the main thread less
 * than ANSWERED_WITHIN_MS of CPU from the input to its painted answer. The wall figures are printed.
 */
export async function expectAnsweredInTime(page: Page, kind: PaneInput["kind"], count: number): Promise<void> {
  const inputs = await answered(page, kind);
  expect(inputs).toHaveLength(count);
  expect(inputs.every((i) => i.cpu !== undefined)).toBe(true);
  expect(median(inputs.map((i) => i.cpu!))).toBeLessThan(ANSWERED_WITHIN_MS);
}

/** Whether the focused element is inside the pane's visible area. */
export async function inView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const pane = document.querySelector("aside");
    if (!el || !pane) return false;
    const r = el.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return r.bottom > p.top && r.top < p.bottom;
  });
}

/** axe-core's serious and critical violations inside `scope` (the script is added to the page first). */
export async function seriousAxeViolations(page: Page, scope: Locator): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const violations = await scope.evaluate(async (root) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
    const result = await axe.run(root, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html.slice(0, 120)) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Scrolls the pane to `at` (0 = top, 1 = bottom) and reads, once what came into view has been
 * drawn (polled, not timed), how many findings and how many blocks of room held for findings not
 * drawn (a far sheet, a far chunk of a long sheet) are in view.
 */
export async function shownAfterScrolling(page: Page, at: number): Promise<{ findings: number; empty: number }> {
  const pane = page.locator("aside");
  await pane.evaluate((el, at) => (el.scrollTop = el.scrollHeight * at), at);
  let seen = { findings: 0, empty: -1 };
  for (let i = 0; i < 50 && (seen.empty !== 0 || seen.findings === 0); i++) {
    await page.waitForTimeout(100);
    seen = await pane.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const inView = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      };
      return {
        findings: [...el.querySelectorAll('[data-testid="finding"]')].filter(inView).length,
        empty: [...el.querySelectorAll('[data-testid="finding-sheet-pending"], [data-testid="finding-chunk-pending"]')].filter(inView).length,
      };
    });
  }
  return seen;
}
