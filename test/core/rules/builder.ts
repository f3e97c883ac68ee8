import Decimal from "decimal.js";
import { CellValue, Grid } from "../../../src/core/grid";
import { a1, parseA1 } from "../../../src/core/address";
import { formatFi } from "../../../src/core/numbers";
import { checkWorkbook } from "../../../src/core/check";
import { CheckOptions, Lang } from "../../../src/core/options";
import { Finding, WordedFinding } from "../../../src/core/findings";
import { wordFindings } from "../../../src/i18n/render";

/**
 * Builds one vastuualue sheet laid out like the founding document, consistent by construction:
 * totals are the sums of their lines, the units add up to the käyttötalous (a last unit takes the
 * rest), määrärahat repeat the käyttötalous totals with their changes, and tunnusluvut repeat
 * the käyttötalous lines with correct Muutos % and €/asukas. Tests then break one cell.
 */
export type Col = `${string} ${number}`;

export interface UnitSpec {
  name: string;
  menot: CellValue[];
  tulot: CellValue[];
}

export interface TunnusluvutSpec {
  columns: Col[];
  /** Note under the table, e.g. `* TA 2024 vrt. TA 2023`. */
  note?: string;
  /** Populations by year for the €/asukas row; a column without one gets no per-resident figure. */
  population?: Record<number, number>;
  perResidentDecimals?: number;
  /** Amounts for columns the käyttötalous does not have (TS years), per row label. */
  extra?: Record<string, Partial<Record<Col, number>>>;
  /** Base column per target column for the Muutos % rows; defaults follow the engine's. */
  bases?: Partial<Record<Col, Col>>;
}

export interface AreaSpec {
  name: string;
  sheet?: string;
  columns: Col[];
  tuotot: Record<string, number[]>;
  kulut: Record<string, number[]>;
  units?: UnitSpec[];
  maararahat?: { base: Col; budget: Col };
  tunnusluvut?: TunnusluvutSpec;
}

export interface BuiltArea {
  grid: Grid;
  /** A1 of a figure: `kt|TOIMINTAKULUT|TA 2024`, `unit|Kadut|MENOT|TA 2024`, `mr|MENOT|€`, `tl|Henkilöstömenot €|TA 2024`, `tl%|Henkilöstömenot €|TA 2024`. */
  at: (key: string) => string;
  /** Every figure cell written, by key. */
  cells: Map<string, string>;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const num = (v: CellValue) => (typeof v === "number" ? v : 0);

export function buildArea(spec: AreaSpec): BuiltArea {
  const rows: CellValue[][] = [];
  const cells = new Map<string, string>();
  const kinds = spec.columns.map((c) => c.split(" ")[0]);
  const years = spec.columns.map((c) => Number(c.split(" ")[1]));
  const put = (key: string, row: number, col: number) => cells.set(key, a1(row, col));
  const line = (label: string, values: CellValue[], keyPrefix?: string, columns: readonly Col[] = spec.columns) => {
    const r = rows.length;
    rows.push([label, ...values]);
    if (keyPrefix) values.forEach((_, i) => put(`${keyPrefix}|${columns[i] ?? i}`, r, i + 1));
  };
  const blank = () => rows.push([]);

  const tuototTotal = spec.columns.map((_, i) => sum(Object.values(spec.tuotot).map((v) => v[i])));
  const kulutTotal = spec.columns.map((_, i) => sum(Object.values(spec.kulut).map((v) => v[i])));
  const kate = tuototTotal.map((t, i) => t + kulutTotal[i]);
  const colIndex = (c: Col) => spec.columns.indexOf(c);
  const ktValue = (label: string, c: Col): number | undefined => {
    const ta = c.replace(/^TA (\d+)$/, "TA+MUUTOS $1") as Col;
    const i = colIndex(c) >= 0 ? colIndex(c) : colIndex(ta);
    if (i < 0) return undefined;
    if (label === "TOIMINTAKATE") return kate[i];
    return (spec.kulut[label] ?? spec.tuotot[label])?.[i];
  };

  rows.push([`${spec.name.toUpperCase()} VASTUUALUE`]);
  blank();

  if (spec.tunnusluvut) {
    const tl = spec.tunnusluvut;
    rows.push(["6. Talouden ja toiminnan tunnusluvut"]);
    blank();
    rows.push(["Tunnusluvut", ...tl.columns]);
    const items: [string, string][] = [
      ["Henkilöstömenot €", "Henkilöstökulut"],
      ["Palvelujen ostot €", "Palvelujen ostot"],
    ];
    for (const [label, ktLabel] of items) {
      const amounts = tl.columns.map((c) => ktValue(ktLabel, c) ?? tl.extra?.[label]?.[c] ?? null);
      line(label, amounts, `tl|${label}`, tl.columns);
      const pct = tl.columns.map((c, i) => {
        const baseCol = tl.bases?.[c] ?? defaultBase(c, tl.columns);
        const j = baseCol ? tl.columns.indexOf(baseCol) : -1;
        const newV = amounts[i];
        const oldV = j >= 0 ? amounts[j] : null;
        if (typeof newV !== "number" || typeof oldV !== "number") return "x";
        if (oldV === 0) return newV === 0 ? 0 : "x";
        return pctText(newV, oldV);
      });
      line("Muutos %", pct, `tl%|${label}`, tl.columns);
    }
    const d = tl.perResidentDecimals ?? 0;
    const per = tl.columns.map((c) => {
      const k = ktValue("TOIMINTAKATE", c);
      const pop = tl.population?.[Number(c.split(" ")[1])];
      if (k === undefined || !pop) return null;
      return new Decimal(k).div(pop).toDecimalPlaces(d, Decimal.ROUND_HALF_UP).toNumber();
    });
    line("Toimintakate €/asukas", per, "tl|Toimintakate €/asukas", tl.columns);
    blank();
    if (tl.note) rows.push([tl.note]);
    blank();
  }

  if (spec.maararahat) {
    const { base, budget } = spec.maararahat;
    rows.push(["8. Määrärahat"]);
    blank();
    const bi = colIndex(base);
    const ni = colIndex(budget);
    const [bk, by] = base.split(" ");
    const [nk, ny] = budget.split(" ");
    rows.push([`${spec.name} palvelut`, bk === "TA+MUUTOS" ? "TA+muutos" : bk, nk, "MUUTOS", "MUUTOS"]);
    rows.push([null, Number(by), Number(ny), "€", "%"]);
    for (const [label, values] of [
      ["MENOT", kulutTotal],
      ["TULOT", tuototTotal],
      ["NETTOMENO", kate],
    ] as const) {
      const o = values[bi];
      const v = values[ni];
      const pct = o === 0 ? (v === 0 ? 0 : "x") : pctText(v, o);
      const r = rows.length;
      rows.push([label, o, v, v - o, pct]);
      put(`mr|${label}|${base}`, r, 1);
      put(`mr|${label}|${budget}`, r, 2);
      put(`mr|${label}|€`, r, 3);
      put(`mr|${label}|%`, r, 4);
    }
    blank();
  }

  rows.push(["9. Vastualueen käyttötalous"]);
  blank();
  rows.push([null, ...kinds]);
  rows.push([null, ...years]);
  rows.push(["KÄYTTÖTALOUS"]);
  rows.push(["TOIMINTATUOTOT"]);
  for (const [label, v] of Object.entries(spec.tuotot)) line(label, v, `kt|${label}`);
  line("TOIMINTATUOTOT", tuototTotal, "kt|TOIMINTATUOTOT");
  rows.push(["TOIMINTAKULUT"]);
  for (const [label, v] of Object.entries(spec.kulut)) line(label, v, `kt|${label}`);
  line("TOIMINTAKULUT", kulutTotal, "kt|TOIMINTAKULUT");
  line("TOIMINTAKATE/JÄÄMÄ", kate, "kt|TOIMINTAKATE/JÄÄMÄ");

  if (spec.units) {
    blank();
    rows.push([null, ...kinds]);
    rows.push([null, ...years]);
    const units: UnitSpec[] = [...spec.units];
    const rest: UnitSpec = {
      name: "Muut palvelut",
      menot: spec.columns.map((_, i) => kulutTotal[i] - sum(spec.units!.map((u) => num(u.menot[i])))),
      tulot: spec.columns.map((_, i) => tuototTotal[i] - sum(spec.units!.map((u) => num(u.tulot[i])))),
    };
    units.push(rest);
    for (const u of units) {
      rows.push([u.name]);
      line("MENOT", u.menot, `unit|${u.name}|MENOT`);
      line("TULOT", u.tulot, `unit|${u.name}|TULOT`);
      const net = u.menot.map((m, i) => (typeof m === "number" || typeof u.tulot[i] === "number" ? num(m) + num(u.tulot[i]) : m));
      line("NETTOMENO", net, `unit|${u.name}|NETTOMENO`);
    }
    rows.push(["Vastuualue yhteensä"]);
    line("MENOT", kulutTotal, "unit|Vastuualue yhteensä|MENOT");
    line("TULOT", tuototTotal, "unit|Vastuualue yhteensä|TULOT");
    line("NETTOMENO", kate, "unit|Vastuualue yhteensä|NETTOMENO");
  }

  const grid: Grid = { sheet: spec.sheet ?? spec.name, originRow: 0, originCol: 0, values: rows };
  return {
    grid,
    cells,
    at: (key) => {
      const c = cells.get(key);
      if (!c) throw new Error(`No cell ${key}; have ${[...cells.keys()].slice(0, 12).join(", ")}…`);
      return c;
    },
  };
}

/** A one-decimal change % as a Finnish budget book writes it: `-6,9`. */
function pctText(newV: number, oldV: number): string {
  return formatFi(new Decimal(newV).div(oldV).minus(1).mul(100), 1);
}

/** The engine's default Muutos % base, for building consistent tables. */
function defaultBase(c: Col, columns: readonly Col[]): Col | null {
  const [kind, y] = c.split(" ");
  const year = Number(y);
  const has = (x: string) => (columns.includes(x as Col) ? (x as Col) : null);
  switch (kind) {
    case "TPE":
      return has(`TA ${year}`) ?? has(`TA+MUUTOS ${year}`);
    case "TS":
      return has(`TA ${year - 1}`) ?? has(`KS ${year - 1}`) ?? has(`TS ${year - 1}`);
    case "TA":
    case "KS":
      return has(`TA ${year - 1}`) ?? has(`TA+MUUTOS ${year - 1}`);
    case "TA+MUUTOS":
      return has(`TA+MUUTOS ${year - 1}`) ?? has(`TA ${year - 1}`);
    case "TP":
      return has(`TP ${year - 1}`);
  }
  return null;
}

/** A sheet of the given rows from A1, as a host hands it to the engine. */
export function sheetGrid(sheet: string, values: CellValue[][]): Grid {
  return { sheet, originRow: 0, originCol: 0, values };
}

export function setCell(grid: Grid, address: string, value: CellValue): void {
  const { row, col } = parseA1(address);
  const r = row - grid.originRow;
  while (grid.values.length <= r) grid.values.push([]);
  const line = grid.values[r];
  while (line.length <= col - grid.originCol) line.push(null);
  line[col - grid.originCol] = value;
}

export function getCell(grid: Grid, address: string): CellValue {
  const { row, col } = parseA1(address);
  return grid.values[row - grid.originRow]?.[col - grid.originCol] ?? null;
}

/** The findings with their messages rendered in `options.lang` (Finnish unless given), as an edge
 * renders them, so a test reads `message` as the reader would. */
export function check(grids: Grid[], options: Partial<CheckOptions> = {}): WordedFinding[] {
  return wordFindings(checkWorkbook(grids, options).findings, options.lang ?? "fi", options.surface ?? "pane");
}

export function byRule<F extends { rule: string }>(findings: readonly F[], rule: string): F[] {
  return findings.filter((f) => f.rule === rule);
}

/** The messages of the structure notes (what was read only in part, or not at all), in `lang`. */
export function structureNotes(grids: Grid[], lang: "fi" | "en" = "fi"): string[] {
  return byRule(check(grids, { lang }), "structure").map((f) => f.message);
}

/** A small consistent area: three years, two revenue and three cost lines, two units. */
export function sampleArea(overrides: Partial<AreaSpec> = {}): AreaSpec {
  return {
    name: "Asuminen",
    columns: ["TP 2022", "TA+MUUTOS 2023", "TPE 2023", "TA 2024"],
    tuotot: {
      Myyntituotot: [426941, 497200, 522000, 615100],
      Vuokratuotot: [474014, 464000, 513800, 435000],
    },
    kulut: {
      Henkilöstökulut: [-737100, -676800, -630000, -709230],
      "Palvelujen ostot": [-1689907, -1059750, -999000, -1280320],
      Vuokrat: [-217137, -317780, -347300, -319310],
    },
    units: [
      { name: "Lautakunta", menot: [-12100, "sis. joht.", "sis. joht.", "sis. joht."], tulot: [0, "sis. joht.", "sis. joht.", "sis. joht."] },
      { name: "Kadut", menot: [-559568, -701790, -816100, -809580], tulot: [200756, 188000, 216100, 210000] },
    ],
    maararahat: { base: "TA+MUUTOS 2023", budget: "TA 2024" },
    tunnusluvut: {
      columns: ["TP 2022", "TA 2023", "TPE 2023", "TA 2024", "TS 2025"],
      note: "* TA 2024 vrt. TA 2023",
      population: { 2022: 7100, 2023: 7050, 2024: 7008 },
      extra: { "Henkilöstömenot €": { "TS 2025": -730500 }, "Palvelujen ostot €": { "TS 2025": -1319000 } },
    },
    ...overrides,
  };
}

/** Findings of a `checkWorkbook` result with their messages rendered, as an edge shows them. */
export function worded(findings: readonly Finding[], lang: Lang = "fi"): WordedFinding[] {
  return wordFindings(findings, lang, "pane");
}
