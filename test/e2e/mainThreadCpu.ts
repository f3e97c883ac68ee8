/**
 * The CPU time of the page's main thread, read through the Chrome DevTools Protocol (Performance
 * domain, metric "ThreadTime"). It grows only while that thread computes: on a loaded machine the
 * operating system may leave the renderer waiting for a core for tens of milliseconds, which wall
 * time (performance.now, event time stamps) counts and this does not. The browser tests judge the
 * pane's own work for an input by it, so their verdicts do not depend on the machine's load.
 */
import type { CDPSession, Page } from "playwright-core";

const sessions = new WeakMap<Page, Promise<CDPSession>>();

async function session(page: Page): Promise<CDPSession> {
  let made = sessions.get(page);
  if (!made) {
    made = (async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      return cdp;
    })();
    sessions.set(page, made);
  }
  return made;
}

/** The page's main thread CPU time so far, in milliseconds. */
export async function mainThreadCpu(page: Page): Promise<number> {
  const { metrics } = await (await session(page)).send("Performance.getMetrics");
  const thread = metrics.find((m) => m.name === "ThreadTime");
  if (!thread) throw new Error(`this chromium reports no ThreadTime among its metrics (${metrics.map((m) => m.name).join(", ")})`);
  return thread.value * 1000;
}

/**
 * Waits until the page's main thread has been idle for a moment (under `idleMs` of CPU in
 * `windowMs`), or `maxMs` has passed. An input measured right after a scroll otherwise counts the
 * drawing the scroll set going (the chunks that came near the view): bigSheet's first notes click
 * after each scroll took ~130 ms of CPU and the second, same toggle, ~50 ms.
 */
export async function quietMainThread(page: Page, windowMs = 100, idleMs = 5, maxMs = 5_000): Promise<void> {
  let last = await mainThreadCpu(page);
  for (let waited = 0; waited < maxMs; waited += windowMs) {
    await page.waitForTimeout(windowMs);
    const now = await mainThreadCpu(page);
    if (now - last < idleMs) return;
    last = now;
  }
}
