/**
 * Waiting in the browser tests for what the user would wait for: the pane gone quiet after a
 * result, an element that stopped moving, an input's answer painted. Polled in the page, never a
 * fixed sleep standing in for a condition.
 */
import type { Locator, Page } from "playwright-core";
import { readFileSync } from "fs";
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

/** The inputs of one kind since the last clear, once each has been painted. */
export async function answered(page: Page, kind: PaneInput["kind"]): Promise<PaneInput[]> {
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 50))));
  const inputs = (await readPaneProbe(page)).inputs.filter((i) => i.kind === kind);
  console.log(`${kind}: waited ${inputs.map((i) => i.waited.toFixed(0)).join(", ")} ms; painted ${inputs.map((i) => i.painted?.toFixed(0)).join(", ")} ms`);
  return inputs;
}

/** The bound for answering a click: the median of a test's clicks is painted within it. */
export const ANSWERED_WITHIN_MS = 100;

/**
 * Clicks a fold toggle, sees its aria-expanded turn over, and leaves a pause before the next click
 * so each is answered (and measured) on its own.
 */
export async function flipToggle(page: Page, button: Locator): Promise<void> {
  const before = await button.getAttribute("aria-expanded");
  await button.click();
  await expect(button.getAttribute("aria-expanded")).resolves.toBe(before === "true" ? "false" : "true");
  await page.waitForTimeout(100);
}

/** `count` inputs of the kind were made, and their median was painted within ANSWERED_WITHIN_MS. */
export async function expectAnsweredInTime(page: Page, kind: PaneInput["kind"], count: number): Promise<void> {
  const inputs = await answered(page, kind);
  expect(inputs).toHaveLength(count);
  expect(median(inputs.map((c) => c.painted!))).toBeLessThan(ANSWERED_WITHIN_MS);
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
