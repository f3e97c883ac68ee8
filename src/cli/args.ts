import { parseColumnRef } from "../core/compare/columns";
import { ChangeBase, CheckOptions, Lang, Tolerances } from "../core/options";

/** A mistake in the command line; the CLI prints it on one line with a pointer to `--help`. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  /** Takes a value (`--html OUT`); otherwise a flag. */
  value: boolean;
  repeatable?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string[]>;
  flags: Set<string>;
}

/** Splits argv into positionals, `--name value` / `--name=value` options and flags. */
export function parseArgs(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const spec = specs[name];
    if (!spec) throw new UsageError("error.unknownOption", { option: name });
    if (!spec.value) {
      if (eq > 0 && arg.startsWith("--")) throw new UsageError("error.unknownOption", { option: arg });
      parsed.flags.add(name);
      continue;
    }
    let value: string;
    if (eq > 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError("error.missingValue", { option: name });
      value = argv[++i];
    }
    const list = parsed.values.get(name) ?? [];
    if (list.length > 0 && !spec.repeatable) list.length = 0;
    list.push(value);
    parsed.values.set(name, list);
  }
  return parsed;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "fi" || value === "en") return value;
  throw new UsageError("error.badValue", { option: "--lang", value, expected: "expected.lang" });
}

/** The `--lang` of a command line, looked up before full parsing so usage errors are in that language. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "fi" || v === "en") return v;
  }
  return "fi";
}

function number(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** `2024=7008` (also several in one value: `2023=7100,2024=7008`). */
export function parseYearValues(option: string, values: readonly string[], positive: boolean): Record<number, number> {
  const out: Record<number, number> = {};
  for (const value of values) {
    for (const part of value.split(/;|,(?=\s*\d{4}\s*=)/)) {
      const m = /^\s*(\d{4})\s*=\s*(.+?)\s*$/.exec(part);
      const n = m ? number(m[2]) : null;
      if (!m || n === null || (positive && n <= 0)) {
        throw new UsageError("error.badValue", { option, value, expected: "expected.year" });
      }
      out[Number(m[1])] = n;
    }
  }
  return out;
}

const TOLERANCE_KEYS: Record<string, keyof Tolerances> = {
  euros: "euros",
  eur: "euros",
  percent: "percentPoints",
  "percent-points": "percentPoints",
  percentpoints: "percentPoints",
  "per-resident": "perResident",
  perresident: "perResident",
  population: "population",
};

export function parseTolerances(values: readonly string[]): Partial<Tolerances> {
  const out: Partial<Tolerances> = {};
  for (const value of values) {
    const m = /^\s*([\w-]+)\s*=\s*(.+?)\s*$/.exec(value);
    const key = m ? TOLERANCE_KEYS[m[1].toLowerCase()] : undefined;
    const n = m ? number(m[2]) : null;
    if (!m || !key || n === null || n < 0) {
      throw new UsageError("error.badValue", { option: "--tolerance", value, expected: "expected.tolerance" });
    }
    out[key] = n;
  }
  return out;
}

/** `TA 2024=TA 2023`: the Muutos % of TA 2024 is against TA 2023. */
export function parseBases(values: readonly string[]): ChangeBase[] {
  return values.map((value) => {
    const [left, right, ...rest] = value.split("=");
    const target = left !== undefined ? parseColumnRef(left) : null;
    const base = right !== undefined ? parseColumnRef(right) : null;
    if (!target || !base || rest.length > 0) {
      throw new UsageError("error.badValue", { option: "--base", value, expected: "expected.base" });
    }
    return { target, base };
  });
}

export const CHECK_OPTIONS: Record<string, OptionSpec> = {
  "--json": { value: false },
  "--html": { value: true },
  "--lang": { value: true },
  "--population": { value: true, repeatable: true },
  "--tolerance": { value: true, repeatable: true },
  "--base": { value: true, repeatable: true },
  "--management-total": { value: true, repeatable: true },
  "--exit-zero": { value: false },
  "--force": { value: false },
  "--notes": { value: false },
  "--help": { value: false },
  "-h": { value: false },
};

/** Engine options from a parsed `check` command line. */
export function checkOptionsFrom(args: ParsedArgs): Partial<CheckOptions> {
  const lang = parseLang(args.values.get("--lang")?.[0]) ?? "fi";
  return {
    lang,
    surface: "cli",
    population: parseYearValues("--population", args.values.get("--population") ?? [], true),
    // resolveOptions lays these over the defaults, so a partial set is what it expects.
    tolerances: parseTolerances(args.values.get("--tolerance") ?? []) as Tolerances,
    changeBases: parseBases(args.values.get("--base") ?? []),
    managementTotals: parseYearValues("--management-total", args.values.get("--management-total") ?? [], true),
  };
}
