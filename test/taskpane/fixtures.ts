import Decimal from "decimal.js";
import { Finding } from "../../src/core/findings";
import { Message, figure, part, signedFigure } from "../../src/core/message";

/**
 * A message that begins with `text`, as a row label from the workbook would begin it: the pane
 * renders `text: …` through a real catalogue template, so a test can find the words it gave, or
 * feed hostile text through the renderer.
 */
export function said(text: string): Message {
  return [part("change.zero-to-zero", { row: text, actual: figure(1) })];
}

export function makeFinding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "sum",
    severity: "error",
    sheet: "Asuminen ja ympäristö",
    cell: "C14",
    related: ["C9:C13"],
    area: "Asuminen ja ympäristö",
    table: "kayttotalous",
    row: "TOIMINTATUOTOT",
    column: "TP 2022",
    actual: "1076109",
    expected: "1076108",
    difference: "1",
    parts: [
      part("sum.tuotot", { row: "TOIMINTATUOTOT", column: "TP 2022", actual: figure("1076109"), expected: figure("1076108"), ranges: "C9:C13" }),
      part("verdict.euro-wrong", { difference: signedFigure(new Decimal(1)) }),
    ],
    ...over,
  };
}
