import { parseArgs as nodeParseArgs } from "node:util";
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
  /** One-letter alias (`h` for `--help`, written `-h`). */
  short?: string;
}

/** Option specs by long name (`--html`). A command adds its own options to these. */
export type OptionSpecs = Record<`--${string}`, OptionSpec>;

export const HELP: OptionSpecs = { "--help": { value: false, short: "h" } };
const LANG: OptionSpecs = { "--lang": { value: true } };

export interface ParsedArgs {
  positionals: string[];
  /** Values by long name; a repeatable option keeps every value, another only its last. */
  values: Map<string, string[]>;
  /** Flags given, by long name (`-h` is recorded as `--help`). */
  flags: Set<string>;
}

/**
 * Splits argv into positionals, `--name value` / `--name=value` options and flags with Node's
 * `util.parseArgs`; what it leaves lenient (an unknown option, a flag given a value, a missing
 * value) becomes our one-line usage error.
 */
export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const { tokens } = nodeParseArgs({ args: [...argv], options: toNodeOptions(specs), strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  for (const token of tokens) {
    if (token.kind === "positional") parsed.positionals.push(token.value);
    if (token.kind !== "option") continue;
    const name = `--${token.name}` as const;
    const spec: OptionSpec | undefined = specs[name];
    if (!spec) throw new UsageError("error.unknownOption", { option: token.rawName });
    if (!spec.value) {
      if (token.value !== undefined) throw new UsageError("error.unknownOption", { option: `${token.rawName}=${token.value}` });
      parsed.flags.add(name);
      continue;
    }
    if (token.value === undefined) throw new UsageError("error.missingValue", { option: token.rawName });
    const list = spec.repeatable ? (parsed.values.get(name) ?? []) : [];
    list.push(token.value);
    parsed.values.set(name, list);
  }
  return parsed;
}

/**
 * The command and the rest of argv, wherever the options every command knows stand:
 * `--lang en --help`, `--help --lang en`, `--lang en check F` and `check F --lang en` all work.
 */
export function splitCommand(argv: readonly string[]): { command?: string; rest: string[]; help: boolean; lang: Lang } {
  const { tokens } = nodeParseArgs({ args: [...argv], options: toNodeOptions({ ...HELP, ...LANG }), strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((t) => t.kind === "positional");
  const before = tokens.filter((t) => t.index < (first?.index ?? argv.length));
  const lang = langOf(argv);
  const help = before.some((t) => t.kind === "option" && t.name === "help");
  if (!first || first.kind !== "positional") return { rest: [...argv], help, lang };
  return { command: first.value, rest: argv.filter((_, i) => i !== first.index), help, lang };
}

/** Our specs in `util.parseArgs` terms; strings are `multiple` so that repeats reach our own check. */
function toNodeOptions(specs: OptionSpecs) {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const short = spec.short ? { short: spec.short } : {};
    options[name.slice(2)] = spec.value ? { type: "string", multiple: true, ...short } : { type: "boolean", ...short };
  }
  return options;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "fi" || value === "en") return value;
  throw new UsageError("error.badValue", { option: "--lang", value, expected: "expected.lang" });
}

/** The `--lang` of a command line, looked up before full parsing so usage errors are in that language. */
export function langOf(argv: readonly string[]): Lang {
  const { tokens } = nodeParseArgs({ args: [...argv], options: toNodeOptions(LANG), strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) if (t.kind === "option" && t.name === "lang" && (t.value === "fi" || t.value === "en")) return t.value;
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

export const CHECK_OPTIONS: OptionSpecs = {
  ...HELP,
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
  "--jobs": { value: true },
};

/** `--jobs N`: how many files a batch checks at once (worker threads); `defaultWorkers()` when absent. */
export function parseJobs(args: ParsedArgs): number | undefined {
  const value = args.values.get("--jobs")?.[0];
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value.trim())) throw new UsageError("error.badValue", { option: "--jobs", value, expected: "expected.jobs" });
  return Number(value);
}

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
