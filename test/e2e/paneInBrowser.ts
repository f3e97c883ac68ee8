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

/** Opens `wb` through the pane's file picker under the file name `name`. */
export async function openWorkbook(page: Page, wb: ExcelJS.Workbook, name: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await page.getByTestId("workbook-name").getByText(name).waitFor({ timeout: 120_000 });
}
