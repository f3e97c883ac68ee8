import type { Browser, Page } from "playwright-core";
import type ExcelJS from "exceljs";
import { benchWorkbook } from "../../bench/workbook";
import { CHROMIUM } from "./chromium";

/** Debian's chromium as the browser tests start it: no network, sync or updates of its own. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * The standalone pane in a Finnish page of the given size that reaches only this machine, its script
 * errors collected in `errors`; `beforeLoad` runs before the pane's own scripts (page probes).
 */
export async function openPane(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  errors: string[],
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ locale: "fi-FI", viewport });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  await beforeLoad?.(page);
  await page.goto(`${url}/taskpane.html`);
  await page.getByRole("button", { name: "Tarkista työkirja" }).waitFor({ timeout: 60_000 });
  return page;
}

/** Opens a generated book of `sheets` vastuualue sheets (bench/workbook.ts) through the pane's file picker. */
export async function openGeneratedBook(page: Page, sheets: number, name = "iso-kunta.xlsx"): Promise<void> {
  await openWorkbook(page, benchWorkbook(sheets), name);
}

/**
 * Opens `wb` through the pane's file picker under the file name `name`, and waits for what a user
 * waits for before checking: the book shown and its pane's check button usable.
 */
export async function openWorkbook(page: Page, wb: ExcelJS.Workbook, name: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await explainingFailure(page, `opening ${name}`, async () => {
    await page.getByTestId("workbook-name").getByText(name).waitFor({ timeout: 120_000 });
    await checkButton(page).waitFor({ timeout: 30_000 });
  });
}

/** The pane's "Tarkista työkirja" (before any result), in the pane only and by its whole name. */
export function checkButton(page: Page) {
  return page.locator("aside").getByRole("button", { name: "Tarkista työkirja", exact: true });
}

/** Clicks the pane's "Tarkista työkirja"; should it never be clickable, the error says what the page showed instead. */
export async function clickCheck(page: Page): Promise<void> {
  await explainingFailure(page, "clicking Tarkista työkirja", () => checkButton(page).click());
}

/**
 * Runs `step`; if it fails, rethrows with what the page showed then (a browser test's timeout
 * alone says only what was waited for, which left a failure of this wait unexplained once).
 */
async function explainingFailure(page: Page, doing: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    throw new Error(`${doing}: ${e instanceof Error ? e.message : String(e)}\nThe page then: ${await describePage(page)}`);
  }
}

/** The pane's state as a line of text, or that the page did not answer (its thread busy, or gone). */
async function describePage(page: Page): Promise<string> {
  const described = page
    .evaluate(() => {
      const pane = document.querySelector("aside");
      const buttons = [...(pane?.querySelectorAll("button") ?? [])]
        .slice(0, 8)
        .map((b) => `"${b.textContent ?? ""}"${b.disabled ? " (disabled)" : ""}${b.closest("[aria-hidden=true]") ? " (aria-hidden)" : ""}`);
      const tabs = document.querySelectorAll('[role="tab"]').length;
      const name = document.querySelector('[data-testid="workbook-name"]')?.textContent;
      return `${name ?? "no workbook"}; pane ${pane ? `lang ${pane.querySelector("[lang]")?.getAttribute("lang")}, buttons ${buttons.join(", ")}` : "absent"}; ${tabs} tabs; ${document.visibilityState}`;
    })
    .catch((e: unknown) => `not readable: ${String(e)}`);
  const answer = await Promise.race([described, new Promise<string>((resolve) => setTimeout(() => resolve("no answer within 10 s: its main thread was busy"), 10_000))]);
  return answer;
}
