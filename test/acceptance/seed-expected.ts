import { Severity, TableKind } from "../../src/core/findings";

/**
 * The founding document's inconsistencies, worked out by hand (docs/seed-audit.md), as data.
 *
 * Places are named the way a reader of the document names them — area, table, row label,
 * column — never by cell address: the sample workbook's layout belongs to its builder, and the
 * acceptance test finds the cells itself. Figures are decimal strings, like `Finding`.
 */

/** The rule families of the hand audit; the test maps them onto the engine's rule ids. */
export type RuleFamily =
  | "sum"
  | "toimintakate"
  | "unit-net"
  | "unit-total"
  | "unit-kayttotalous"
  | "maararahat-kayttotalous"
  | "change-eur"
  | "change-pct"
  | "tunnusluvut-kayttotalous"
  | "sign"
  | "per-resident"
  | "per-resident-population"
  | "allocation";

export interface ExpectedInconsistency {
  /** Row number in docs/seed-audit.md. */
  n: number;
  area: string;
  table: TableKind;
  /** Row label as written in the document. */
  row: string;
  /** Unit blocks: the heading the row belongs to (its start is enough). */
  unit?: string;
  /** Tunnusluvut `Muutos %`: the amount row right above it. */
  after?: string;
  /** `KIND YEAR` as the table's header writes it (without a `*`). */
  column: string;
  actual: string;
  expected: string;
  ruleFamily: RuleFamily;
  severity: Severity;
  /** False where the expected value rests on a judgement the engine may make differently
   * (the consensus population of a year the user gave none for). */
  expectedIsFirm: boolean;
}

export const ASUMINEN = "Asuminen ja ympäristö";
export const MARKKINOINTI = "Kaupunkimarkkinointi, hankinnat";
export const TYOLLISYYS = "Työllisyyspalvelut";
export const AREAS = [ASUMINEN, MARKKINOINTI, TYOLLISYYS] as const;

/** Population on 31.12.2024, given by the user. */
export const POPULATION_2024 = 7008;

const firm = { expectedIsFirm: true } as const;

export const SEED_INCONSISTENCIES: readonly ExpectedInconsistency[] = [
  // Asuminen ja ympäristö
  { n: 1, area: ASUMINEN, table: "kayttotalous", row: "TOIMINTATUOTOT", column: "TP 2022",
    actual: "1076109", expected: "1076108", ruleFamily: "sum", severity: "info", ...firm },
  { n: 2, area: ASUMINEN, table: "kayttotalous", row: "TOIMINTAKULUT", column: "TPE 2023",
    actual: "-2618150", expected: "-2627000", ruleFamily: "sum", severity: "error", ...firm },
  { n: 3, area: ASUMINEN, table: "yksikot", unit: "Konepalvelut", row: "NETTOMENO", column: "TP 2022",
    actual: "6527", expected: "6528", ruleFamily: "unit-net", severity: "info", ...firm },
  { n: 4, area: ASUMINEN, table: "yksikot", unit: "Vastuualue yhteensä", row: "MENOT", column: "TP 2022",
    actual: "-3150893", expected: "-3150894", ruleFamily: "unit-total", severity: "info", ...firm },
  { n: 5, area: ASUMINEN, table: "yksikot", unit: "Vastuualue yhteensä", row: "TULOT", column: "TP 2022",
    actual: "1076109", expected: "1076111", ruleFamily: "unit-total", severity: "error", ...firm },
  { n: 6, area: ASUMINEN, table: "yksikot", unit: "Vastuualue yhteensä", row: "MENOT", column: "TA+MUUTOS 2023",
    actual: "-2759200", expected: "-2759210", ruleFamily: "unit-total", severity: "error", ...firm },
  { n: 7, area: ASUMINEN, table: "yksikot", unit: "Vastuualue yhteensä", row: "NETTOMENO", column: "TA+MUUTOS 2023",
    actual: "-1720000", expected: "-1720010", ruleFamily: "unit-total", severity: "error", ...firm },
  { n: 8, area: ASUMINEN, table: "yksikot", unit: "Maa- ja metsätilat", row: "MENOT", column: "TPE 2023",
    actual: "13900", expected: "-13900", ruleFamily: "sign", severity: "error", ...firm },
  { n: 9, area: ASUMINEN, table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TPE 2023",
    actual: "-232", expected: "-209", ruleFamily: "per-resident-population", severity: "error",
    expectedIsFirm: false },

  // Kaupunkimarkkinointi, hankinnat
  { n: 10, area: MARKKINOINTI, table: "tunnusluvut", after: "Henkilöstömenot €", row: "Muutos %", column: "TA 2024",
    actual: "10.6", expected: "10.7", ruleFamily: "change-pct", severity: "info", ...firm },
  { n: 11, area: MARKKINOINTI, table: "tunnusluvut", row: "Palvelujen ostot €", column: "TA 2024",
    actual: "-79850", expected: "-79860", ruleFamily: "tunnusluvut-kayttotalous", severity: "error", ...firm },
  { n: 12, area: MARKKINOINTI, table: "tunnusluvut", row: "Palvelujen ostot €", column: "TS 2025",
    actual: "82250", expected: "-82250", ruleFamily: "sign", severity: "error", ...firm },
  { n: 13, area: MARKKINOINTI, table: "tunnusluvut", row: "Palvelujen ostot €", column: "TS 2026",
    actual: "84710", expected: "-84710", ruleFamily: "sign", severity: "error", ...firm },
  { n: 14, area: MARKKINOINTI, table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TA 2024",
    actual: "-22.6", expected: "-22.5", ruleFamily: "per-resident", severity: "info", ...firm },
  { n: 15, area: MARKKINOINTI, table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TPE 2023",
    actual: "-10.1", expected: "-10.4", ruleFamily: "per-resident-population", severity: "info",
    expectedIsFirm: false },
  { n: 16, area: MARKKINOINTI, table: "yksikot", unit: "Elinvoiman johtamisen kust.", row: "MENOT",
    column: "TA+MUUTOS 2023", actual: "-11090", expected: "-9022", ruleFamily: "allocation", severity: "error", ...firm },

  // 2023 is judged at the total the two agreeing areas imply (121 730 / 93,1 % = 130 752, issue 9):
  // Asuminen and Työllisyys sit within their one-decimal keys' rounding of it (info), and
  // Kaupunkimarkkinointi's −11 090 is the one out of line (row 16, the cause).
  { n: 17, area: ASUMINEN, table: "yksikot", unit: "Johtaminen", row: "MENOT", column: "TA+MUUTOS 2023",
    actual: "-107880", expected: "-107870", ruleFamily: "allocation", severity: "info", ...firm },
  { n: 18, area: TYOLLISYYS, table: "yksikot", unit: "Johtamisen kust.", row: "MENOT", column: "TA+MUUTOS 2023",
    actual: "-13850", expected: "-13860", ruleFamily: "allocation", severity: "info", ...firm },

  // Työllisyyspalvelut
  { n: 19, area: TYOLLISYYS, table: "kayttotalous", row: "TOIMINTAKULUT", column: "TP 2022",
    actual: "-1051736", expected: "-1051725", ruleFamily: "sum", severity: "error", ...firm },
  { n: 20, area: TYOLLISYYS, table: "yksikot", unit: "Vastuualue yhteensä", row: "MENOT", column: "TP 2022",
    actual: "-1051736", expected: "-1051735", ruleFamily: "unit-total", severity: "info", ...firm },
  { n: 21, area: TYOLLISYYS, table: "yksikot", unit: "Vastuualue yhteensä", row: "TULOT", column: "TP 2022",
    actual: "162502", expected: "162501", ruleFamily: "unit-total", severity: "info", ...firm },
  { n: 22, area: TYOLLISYYS, table: "tunnusluvut", row: "Henkilöstömenot €", column: "TP 2022",
    actual: "-359816", expected: "-359806", ruleFamily: "tunnusluvut-kayttotalous", severity: "error", ...firm },
  { n: 23, area: TYOLLISYYS, table: "tunnusluvut", row: "Henkilöstömenot €", column: "TPE 2023",
    actual: "-182900", expected: "-183600", ruleFamily: "tunnusluvut-kayttotalous", severity: "error", ...firm },
  { n: 24, area: TYOLLISYYS, table: "tunnusluvut", row: "Henkilöstömenot €", column: "TA 2024",
    actual: "-279110", expected: "-279100", ruleFamily: "tunnusluvut-kayttotalous", severity: "error", ...firm },
  { n: 25, area: TYOLLISYYS, table: "tunnusluvut", after: "Henkilöstömenot €", row: "Muutos %", column: "TA 2024",
    actual: "155", expected: "-8.3", ruleFamily: "change-pct", severity: "error", ...firm },
  { n: 26, area: TYOLLISYYS, table: "tunnusluvut", after: "Palvelujen ostot €", row: "Muutos %", column: "TA 2024",
    actual: "438", expected: "-14.5", ruleFamily: "change-pct", severity: "error", ...firm },
  // −127 holds for any 2023 population from 6 894 to 6 928, i.e. whichever area the engine trusts.
  { n: 27, area: TYOLLISYYS, table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TA 2023",
    actual: "-146", expected: "-127", ruleFamily: "per-resident-population", severity: "error", ...firm },
  { n: 28, area: TYOLLISYYS, table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TPE 2023",
    actual: "-89", expected: "-95", ruleFamily: "per-resident-population", severity: "error",
    expectedIsFirm: false },
];

/** A finding that follows from a listed inconsistency and is right only once that one is mended. */
export interface ExpectedConsequence extends Omit<ExpectedInconsistency, "expected" | "expectedIsFirm"> {
  /** The listed inconsistency (its `n`) this one shows through. */
  follows: number;
  /** No figure to write instead: the cell is right for the mended figures. */
  expected: undefined;
}

/**
 * Findings that follow from a listed one. Muutos % TS 2025 of Palvelujen ostot shows 3,0: with the
 * amounts as written (82 250 against −79 850) the change would be −203,0 %, but 3,0 is exactly
 * right for −82 250, the cost with the sign that #12 says is missing. So the cell is not wrong and
 * −203 is nothing to write there: the engine reports it as a warning pointing at the sign, with no
 * expected value (this list said "error, expected −203" before; the document shows the warning is
 * right).
 */
export const SEED_CONSEQUENCES: readonly ExpectedConsequence[] = [
  { n: 12, follows: 12, area: MARKKINOINTI, table: "tunnusluvut", after: "Palvelujen ostot €", row: "Muutos %", column: "TS 2025",
    actual: "3", expected: undefined, ruleFamily: "change-pct", severity: "warning" },
];

/**
 * TPE 2023 €/asukas: the three areas imply 6 230, 7 089 and 7 379 residents — no two agree, so
 * whatever the population, at least two of these cells are wrong.
 */
export const TPE_2023_PER_RESIDENT = SEED_INCONSISTENCIES.filter(
  (i) => i.ruleFamily === "per-resident-population" && i.column === "TPE 2023",
);

/** Management-cost keys written in the unit headings, per area and year. */
export const ALLOCATION_KEYS: Record<string, { unit: string; 2023: string; 2024: string }> = {
  [ASUMINEN]: { unit: "Johtaminen", 2023: "82.5", 2024: "65.7" },
  [MARKKINOINTI]: { unit: "Elinvoiman johtamisen kust.", 2023: "6.9", 2024: "5.5" },
  [TYOLLISYYS]: { unit: "Johtamisen kust.", 2023: "10.6", 2024: "28.8" },
};

/** 2024 amounts by largest remainder: at the sum of the areas (142 990) and at the agreed 143 000.
 * The sheet's −93 940 / −7 870 / −41 180 fit the one-decimal keys, so these are no errors. */
export const ALLOCATION_2024 = {
  atSum: { total: "142990", [ASUMINEN]: "-93944", [MARKKINOINTI]: "-7865", [TYOLLISYYS]: "-41181" },
  at143000: { total: "143000", [ASUMINEN]: "-93951", [MARKKINOINTI]: "-7865", [TYOLLISYYS]: "-41184" },
} as const;

export const SEED_SEVERITY_COUNTS = {
  error: SEED_INCONSISTENCIES.filter((i) => i.severity === "error").length,
  info: SEED_INCONSISTENCIES.filter((i) => i.severity === "info").length,
};
