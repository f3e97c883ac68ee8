import Decimal from "decimal.js";
import { AllocationYear, ManagementAllocation, totalMessageId, totalMessageParams } from "../core/managementAllocation";
import { qualified } from "../core/address";
import { figureOrDash } from "../core/format";
import { makeTranslator, Translate } from "../i18n/translate";
import { functionMessages } from "../i18n/functions";
import { optionHints } from "../i18n/hints";

/**
 * The allocation view as an aligned text table for the terminal (`budjettitarkistin allocation
 * FILE`): one block per year, figures right-aligned in Finnish (or English) number format, the
 * source cell of each amount last so the auditor can find it.
 */
export function renderAllocationText(view: ManagementAllocation, lang: "fi" | "en"): string {
  // Options, not settings, are what a reader of the terminal can change.
  const t = makeTranslator(lang, optionHints, functionMessages);
  const lines = [t("alloc.title"), ""];
  if (view.years.length === 0) return [...lines, t("alloc.empty"), ""].join("\n");
  for (const year of view.years) lines.push(...renderYear(year, lang, t), "");
  return lines.join("\n");
}

type Align = "left" | "right";

function renderYear(year: AllocationYear, lang: "fi" | "en", t: Translate): string[] {
  const num = (d: Decimal | null, decimals = year.decimals) => figureOrDash(lang, d, decimals);
  const header = [t("alloc.area"), t("alloc.column"), t("alloc.key"), t("alloc.amount"), t("alloc.implied"), t("alloc.expected"), t("alloc.difference"), t("alloc.source")];
  const align: Align[] = ["left", "left", "right", "right", "right", "right", "right", "left"];
  const body = year.rows.map((r) => [
    r.area,
    r.column ?? "–",
    num(r.keyPercent, 1),
    r.amount === null && r.amountCell === null ? t("alloc.noAmount") : num(r.amount),
    num(r.impliedTotal),
    num(r.expected),
    num(r.difference),
    qualified(r.sheet, r.amountCell ?? r.keyCell),
  ]);
  const footer = [t("alloc.total"), "", num(year.keySum, 1), num(year.amountSum), "", num(year.expectedSum), num(year.differenceSum), ""];
  const table = [header, ...body, footer];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (align[c] === "right" ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [
    t("alloc.year", { year: year.year }),
    t(totalMessageId(year), totalMessageParams(year, num(year.total))),
    t(year.keysComplete ? "alloc.keysOk" : "alloc.keysBad", { sum: num(year.keySum, 1) }),
    line(header),
    rule,
    ...body.map(line),
    rule,
    line(footer),
    `${t("alloc.unallocated")}: ${num(year.unallocated)} €`,
  ];
}
