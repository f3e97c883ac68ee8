import Decimal from "decimal.js";
import { checkWorkbook, CheckResult } from "../../../src/core/check";
import { CheckOptions } from "../../../src/core/options";
import { Finding } from "../../../src/core/findings";
import { Grid } from "../../../src/core/grid";
import { indexFigures } from "../../../src/core/why/figures";
import { parseA1 } from "../../../src/core/address";

/** Slips a person makes typing a figure, each turning a value into another; `arbitrary` is any other change (measured, not held to the threshold). */
export type SlipKind = "digit" | "swap" | "sign" | "times-ten" | "divided-by-ten" | "arbitrary";
export const SLIP_KINDS: readonly SlipKind[] = ["digit", "swap", "sign", "times-ten", "divided-by-ten"];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The value after the slip, or null when the slip leaves this value as it is. */
export function slip(value: Decimal, kind: SlipKind, rnd: () => number): Decimal | null {
  const neg = value.isNegative();
  const digits = value.abs().toFixed(value.decimalPlaces());
  const positions = [...digits].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  const rebuild = (s: string) => new Decimal(s).mul(neg ? -1 : 1);
  switch (kind) {
    case "digit": {
      const i = positions[Math.floor(rnd() * positions.length)];
      const old = Number(digits[i]);
      const d = (old + 1 + Math.floor(rnd() * 9)) % 10;
      if (i === positions[0] && d === 0 && positions.length > 1) return null;
      return rebuild(digits.slice(0, i) + d + digits.slice(i + 1));
    }
    case "swap": {
      const pairs = positions.filter((p, k) => k + 1 < positions.length && positions[k + 1] === p + 1 && digits[p] !== digits[p + 1]);
      if (pairs.length === 0) return null;
      const i = pairs[Math.floor(rnd() * pairs.length)];
      if (i === positions[0] && digits[i + 1] === "0") return null;
      return rebuild(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    }
    case "sign":
      return value.isZero() ? null : value.neg();
    case "times-ten":
      return value.isZero() ? null : value.mul(10);
    case "arbitrary": {
      // Any other amount: a change of up to the figure's own size, no slip to recognise.
      const scale = Decimal.max(value.abs(), 100);
      const delta = scale.mul(rnd() - 0.5).toDecimalPlaces(value.decimalPlaces());
      return delta.isZero() ? null : value.plus(delta);
    }
    case "divided-by-ten": {
      const v = value.div(10).toDecimalPlaces(value.decimalPlaces(), Decimal.ROUND_DOWN);
      return v.isZero() || v.eq(value) ? null : v;
    }
  }
}

export interface Trial {
  sheet: string;
  cell: string;
  kind: SlipKind;
  from: string;
  to: string;
  /** Errors the change produced that the unchanged workbook did not have. */
  newErrors: Finding[];
  /** The changed cell was named as the probable cause of a new error. */
  named: boolean;
  /** Every new error is the cause's own finding or folded under it. */
  allExplained: boolean;
}

const errorKey = (f: Finding) => `${f.rule}|${f.sheet}!${f.cell}`;

export function withValue(grids: readonly Grid[], sheet: string, cell: string, value: Decimal): Grid[] {
  const { row, col } = parseA1(cell);
  return grids.map((g) => {
    if (g.sheet !== sheet) return g;
    const values = g.values.map((r) => [...r]);
    const r = row - g.originRow;
    while (values.length <= r) values.push([]);
    values[r][col - g.originCol] = value.toNumber();
    return { ...g, values };
  });
}

/** `count` seeded slips in figure cells of the workbook's tables, each checked on its own. */
export function runCampaign(grids: readonly Grid[], options: Partial<CheckOptions>, count: number, seed: number, kinds: readonly SlipKind[] = SLIP_KINDS): Trial[] {
  const baseline: CheckResult = checkWorkbook(grids, options);
  const before = new Set(baseline.findings.filter((f) => f.severity === "error").map(errorKey));
  const figures = [...indexFigures(baseline.model).values()].filter((f) => f.value !== null);
  const rnd = seeded(seed);
  const trials: Trial[] = [];
  let guard = 0;
  while (trials.length < count && guard++ < count * 20) {
    const f = figures[Math.floor(rnd() * figures.length)];
    const kind = kinds[Math.floor(rnd() * kinds.length)];
    const to = slip(f.value as Decimal, kind, rnd);
    if (!to || to.eq(f.value as Decimal)) continue;
    const result = checkWorkbook(withValue(grids, f.ref.sheet, f.ref.cell, to), options);
    const key = `${f.ref.sheet}!${f.ref.cell}`;
    const newErrors = result.findings.filter((x) => x.severity === "error" && !before.has(errorKey(x)));
    const isCause = (x: Finding) => x.cause !== undefined && `${x.cause.sheet}!${x.cause.cell}` === key;
    const underCause = (x: Finding) => isCause(x) || x.consequenceOf === key;
    trials.push({
      sheet: f.ref.sheet,
      cell: f.ref.cell,
      kind,
      from: (f.value as Decimal).toString(),
      to: to.toString(),
      newErrors,
      named: newErrors.some(underCause),
      allExplained: newErrors.length > 0 && newErrors.every(underCause),
    });
  }
  return trials;
}
