import { readFileSync } from "fs";
import path from "path";
import Decimal from "decimal.js";
import { checkWorkbook, CheckResult } from "../../src/core/check";
import { Finding } from "../../src/core/findings";
import { Grid } from "../../src/core/grid";
import { RULES } from "../../src/core/rules";
import { gridsFromText } from "../../src/hosts/text";
import { readGridsFromFile } from "../../src/hosts/xlsx/node";
import { locate, Place, PlaceQuery } from "./locate";
import {
  ALLOCATION_2024,
  ALLOCATION_KEYS,
  AREAS,
  ASUMINEN,
  ExpectedConsequence,
  ExpectedInconsistency,
  POPULATION_2024,
  RuleFamily,
  SEED_CONSEQUENCES,
  SEED_INCONSISTENCIES,
  SEED_SEVERITY_COUNTS,
  TPE_2023_PER_RESIDENT,
  TYOLLISYYS,
} from "./seed-expected";

/**
 * Acceptance: the engine must report every inconsistency of the founding document that the hand
 * audit (docs/seed-audit.md) found, at the right cell with the right figures, and nothing as an
 * error where the audit found the document consistent — read from the sample workbook and from
 * the document's text alike.
 */

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const OPTIONS = { population: { 2024: POPULATION_2024 } };

/** The engine's rule ids for each family of the hand audit. */
const RULE_IDS: Record<RuleFamily, readonly string[]> = {
  sum: ["sum"],
  toimintakate: ["toimintakate"],
  "unit-net": ["unit-nettomeno"],
  "unit-total": ["unit-total"],
  "unit-kayttotalous": ["unit-kayttotalous"],
  "maararahat-kayttotalous": ["maararahat-total"],
  "change-eur": ["maararahat-change-eur"],
  "change-pct": ["change-percent", "maararahat-change-percent"],
  "tunnusluvut-kayttotalous": ["tunnusluku-kayttotalous"],
  sign: ["sign"],
  "per-resident": ["per-resident"],
  "per-resident-population": ["per-resident-population"],
  // The odd area's key also shows as the total it implies, at the same cell.
  allocation: ["allocation-expected", "allocation-implied-total"],
};

interface Source {
  name: string;
  grids: () => Promise<Grid[]>;
}

const SOURCES: Source[] = [
  {
    name: "sample workbook (xlsx host)",
    grids: () => readGridsFromFile(path.join(SEEDS, "kemijarvi-elinvoima-2024.xlsx")),
  },
  {
    name: "founding document (text host)",
    grids: async () => gridsFromText(readFileSync(path.join(SEEDS, "kemijarvi-elinvoima-2024.txt"), "utf8")),
  },
];

function same(a: string | undefined, b: string): boolean {
  return a !== undefined && new Decimal(a).eq(new Decimal(b));
}

/** The figure in a cell as written, read with the document's conventions (space thousands, comma decimals). */
function sheetValue(grids: readonly Grid[], at: Place): string | undefined {
  const g = grids.find((x) => x.sheet === at.sheet);
  const v = g?.values[at.row - g.originRow]?.[at.col - g.originCol];
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return undefined;
  const text = v.replace(/[\s\u00a0]/g, "").replace(",", ".").replace("\u2212", "-");
  return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
}

function describeItem(i: ExpectedInconsistency | ExpectedConsequence): string {
  const where = [i.unit, i.after, i.row].filter(Boolean).join(" / ");
  return `#${i.n} ${i.area} · ${i.table} · ${where} · ${i.column}`;
}

function findingsAt(result: CheckResult, place: Place, family: RuleFamily): Finding[] {
  const ids = RULE_IDS[family];
  return result.findings.filter((f) => f.sheet === place.sheet && f.cell === place.cell && ids.includes(f.rule));
}

function brief(f: Finding): string {
  return `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.row ?? ""} ${f.column ?? ""} ${f.actual ?? ""}≠${f.expected ?? ""}`;
}

test("every rule id the audit relies on is one the engine declares", () => {
  const declared = new Set(RULES.flatMap((r) => r.ids));
  const missing = Object.values(RULE_IDS)
    .flat()
    .filter((id) => !declared.has(id));
  expect(missing).toEqual([]);
});

describe.each(SOURCES)("$name", (source) => {
  let grids: Grid[];
  let result: CheckResult;
  const place = (q: PlaceQuery) => locate(grids, q);

  /** The finding of the item's family at its cell that carries the item's actual figure. */
  const reported = (item: ExpectedInconsistency): Finding => {
    const at = place(item);
    const hits = findingsAt(result, at, item.ruleFamily);
    const f = hits.find((h) => same(h.actual, item.actual));
    expect({ cell: at.cell, found: hits.map(brief), matches: f !== undefined }).toEqual({
      cell: at.cell,
      found: hits.map(brief),
      matches: true,
    });
    return f as Finding;
  };

  /** Everything the audit says about one inconsistency. */
  const assertItem = (item: ExpectedInconsistency) => {
    const f = reported(item);
    expect({ area: f.area, table: f.table, column: f.column }).toEqual({
      area: item.area,
      table: item.table,
      column: item.column,
    });
    for (const part of [item.unit, item.after, item.row]) if (part) expect(f.row).toContain(part);
    if (item.expectedIsFirm) {
      expect({ expected: f.expected, same: same(f.expected, item.expected) }).toEqual({ expected: f.expected, same: true });
    }
    expect(f.severity).toBe(item.severity);
  };

  beforeAll(async () => {
    grids = await source.grids();
    result = checkWorkbook(grids, OPTIONS);
  });

  test("the audit's places hold the audit's actual figures (the audit read the same document)", () => {
    const wrong = [...SEED_INCONSISTENCIES, ...SEED_CONSEQUENCES]
      .map((i) => ({ item: describeItem(i), actual: i.actual, sheet: sheetValue(grids, place(i)) }))
      .filter((x) => x.sheet === undefined || !same(x.sheet, x.actual));
    expect(wrong).toEqual([]);
  });

  test("finds the three vastuualue with all four tables each", () => {
    for (const area of AREAS) {
      const kinds = result.tables.filter((t) => t.area === area).map((t) => t.kind).sort();
      expect({ area, kinds }).toEqual({ area, kinds: ["kayttotalous", "maararahat", "tunnusluvut", "yksikot"] });
    }
  });

  test.each(SEED_INCONSISTENCIES.map((i) => [describeItem(i), i] as const))("reports %s", (_label, item) => assertItem(item));

  test.each(SEED_CONSEQUENCES.map((c) => [describeItem(c), c] as const))("reports %s as a consequence: its severity, no expected value", (_label, item) => {
    const hits = findingsAt(result, place(item), item.ruleFamily);
    expect(hits.map((f) => ({ severity: f.severity, actual: f.actual, expected: f.expected, column: f.column }))).toEqual([
      { severity: item.severity, actual: item.actual, expected: undefined, column: item.column },
    ]);
    // It names the listed inconsistency it follows from: the sign of the amount above it.
    const cause = SEED_INCONSISTENCIES.find((i) => i.n === item.follows) as ExpectedInconsistency;
    expect(findingsAt(result, place(cause), cause.ruleFamily).map((f) => f.severity)).toEqual([cause.severity]);
  });

  test("TPE 2023 €/asukas: the three areas imply different populations, so at least two cells are reported", () => {
    const hit = TPE_2023_PER_RESIDENT.filter((i) => findingsAt(result, place(i), i.ruleFamily).length > 0);
    expect(hit.length).toBeGreaterThanOrEqual(2);
  });

  test("every finding names its sheet, its cell and the cells it is about (`related`)", () => {
    expect(result.findings.length).toBeGreaterThan(0);
    const sheets = new Set(grids.map((g) => g.sheet));
    const bad = result.findings
      .filter((f) => !sheets.has(f.sheet) || !/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell) || f.related.length === 0 || f.parts.length === 0)
      .map(brief);
    expect(bad).toEqual([]);
  });

  test("no error where the audit found the document consistent", () => {
    const allowed = [...SEED_INCONSISTENCIES, ...SEED_CONSEQUENCES]
      .filter((i) => i.severity === "error")
      .map((i) => ({ place: place(i), ids: RULE_IDS[i.ruleFamily] }));
    const unexpected = result.findings
      .filter((f) => f.severity === "error")
      .filter((f) => !allowed.some((a) => a.place.sheet === f.sheet && a.place.cell === f.cell && a.ids.includes(f.rule)))
      .map(brief);
    expect(unexpected).toEqual([]);
  });

  test("no warning but the consequences: the document's other doubts are all errors or rounding", () => {
    const warnings = result.findings.filter((f) => f.severity === "warning");
    const consequences = SEED_CONSEQUENCES.filter((c) => c.severity === "warning").map((c) => ({ at: place(c), ids: RULE_IDS[c.ruleFamily] }));
    const unexpected = warnings.filter((f) => !consequences.some((c) => c.at.sheet === f.sheet && c.at.cell === f.cell && c.ids.includes(f.rule)));
    expect(unexpected.map(brief)).toEqual([]);
    expect(warnings.length).toBe(consequences.length);
  });

  test("Asuminen TA 2024 and KS 2024 käyttötalous add up: nothing reported there", () => {
    const there = result.findings.filter(
      (f) => f.area === ASUMINEN && f.table === "kayttotalous" && (f.column === "TA 2024" || f.column === "KS 2024"),
    );
    expect(there.map(brief)).toEqual([]);
  });

  test("määrärahat agree with käyttötalous and their changes in all three areas: nothing reported", () => {
    expect(result.findings.filter((f) => f.table === "maararahat").map(brief)).toEqual([]);
  });

  test("€/asukas with the given 2024 population: Asuminen −267 and Työllisyys −117 are right", () => {
    for (const area of [ASUMINEN, TYOLLISYYS]) {
      const at = place({ area, table: "tunnusluvut", row: "Toimintakate €/asukas", column: "TA 2024" });
      expect(result.findings.filter((f) => f.sheet === at.sheet && f.cell === at.cell).map(brief)).toEqual([]);
    }
  });

  test("2024 management costs fit their one-decimal keys: no error at the 2024 management cells", () => {
    for (const area of AREAS) {
      const at = place({ area, table: "yksikot", unit: ALLOCATION_KEYS[area].unit, row: "MENOT", column: "TA 2024" });
      const errors = result.findings.filter((f) => f.sheet === at.sheet && f.cell === at.cell && f.severity === "error");
      expect(errors.map(brief)).toEqual([]);
    }
  });

  test.each([
    ["the sum of the areas (142 990)", {}, ALLOCATION_2024.atSum],
    ["the agreed 143 000", { managementTotals: { 2024: 143000 } }, ALLOCATION_2024.at143000],
  ] as const)("2024 management costs: expected amounts by largest remainder at %s, shown as rounding", (_t, extra, want) => {
    const r = checkWorkbook(grids, { ...OPTIONS, ...extra });
    for (const area of AREAS) {
      const at = place({ area, table: "yksikot", unit: ALLOCATION_KEYS[area].unit, row: "MENOT", column: "TA 2024" });
      const shown = r.findings
        .filter((f) => f.sheet === at.sheet && f.cell === at.cell && RULE_IDS.allocation.includes(f.rule))
        .map((f) => ({ severity: f.severity, expected: f.expected === undefined ? "" : new Decimal(f.expected).toString() }));
      expect({ area, shown }).toEqual({ area, shown: [{ severity: "info", expected: want[area] }] });
    }
  });

  test("the audit's errors are the engine's errors (a consequence is no error of its own)", () => {
    expect(result.summary.error).toBe(SEED_SEVERITY_COUNTS.error);
    expect(result.summary.info).toBeGreaterThanOrEqual(SEED_SEVERITY_COUNTS.info);
  });
});

test("the sample workbook and the founding document give the same findings", async () => {
  const [xlsx, text] = await Promise.all(SOURCES.map(async (s) => checkWorkbook(await s.grids(), OPTIONS)));
  const num = (v: string | undefined) => (v === undefined ? "" : new Decimal(v).toString());
  const key = (f: Finding) =>
    [f.rule, f.severity, f.area, f.table, f.row, f.column, num(f.actual), num(f.expected)].join("|");
  expect(xlsx.findings.map(key).sort()).toEqual(text.findings.map(key).sort());
});
