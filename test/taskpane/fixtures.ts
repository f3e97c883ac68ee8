import { Finding } from "../../src/core/findings";

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
    message: "Summa ei täsmää rivien summaan.",
    ...over,
  };
}
