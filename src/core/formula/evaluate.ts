import Decimal from "decimal.js";
import { parseRange, unquoteSheetName } from "../address";
import { excelRound } from "../arithmetic/rounding";

/**
 * A small evaluator for the formulas the add-in itself writes (references across sheets, + − × ÷,
 * comparisons, SUM, SUMIF, IF, ROUND, and the add-in's own BUDJETTI.* given as external
 * functions, spills included). The demo computes the sheets it creates with it (hosts/memory,
 * sheetDataGrid), and tests compare those formulas with the engine's figures without Excel. It
 * is not a spreadsheet engine: an unknown function is #NAME?, as in Excel.
 */

export type FormulaValue = Decimal | string | boolean | { error: string };

/** Gives the value of a cell: a number (or Decimal), text, or null for empty. */
export type CellResolver = (sheet: string, row: number, col: number) => Decimal | number | string | boolean | null | { error: string };

/** A value as a function written outside this module takes it: ranges come as rows of these. */
export type PlainValue = number | string | boolean | null;

/**
 * A function the evaluator does not know itself, such as the add-in's own `BUDJETTI.ALLOCATE`:
 * plain arguments in (a range as rows), a value or rows of values out (a spill). An Error it
 * throws with an Excel `code` (`#VALUE!`) becomes that error value.
 */
export type ExternalFunction = (args: (PlainValue | PlainValue[][])[]) => PlainValue | PlainValue[][];
export type ExternalFunctions = Readonly<Record<string, ExternalFunction>>;

type Token = { type: "num" | "str" | "ref" | "op" | "fn" | "(" | ")" | ","; text: string };

const REF = /^(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^\d+(\.\d+)?/.exec(rest))) {
      tokens.push({ type: "num", text: m[0] });
    } else if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      if (end < 0) throw new FormulaError("#VALUE!", "unterminated text");
      tokens.push({ type: "str", text: src.slice(i + 1, end) });
      i = end + 1;
      continue;
    } else if ((m = /^[A-Za-z_][\w.]*(?=\()/.exec(rest))) {
      tokens.push({ type: "fn", text: m[0].toUpperCase() });
    } else if ((m = REF.exec(rest))) {
      tokens.push({ type: "ref", text: m[0] });
    } else if ((m = /^(<>|<=|>=|[-+*/=<>&^])/.exec(rest))) {
      tokens.push({ type: "op", text: m[0] });
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ type: ch, text: ch });
    } else {
      throw new FormulaError("#NAME?", `unexpected '${ch}'`);
    }
    i += m ? m[0].length : 1;
  }
  return tokens;
}

export class FormulaError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(`${code} ${detail}`);
  }
}

type Node =
  | { kind: "value"; value: FormulaValue }
  | { kind: "ref"; sheet?: string; top: number; left: number; bottom: number; right: number }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "call"; name: string; args: Node[] };

function parse(tokens: Token[]): Node {
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (type?: Token["type"], text?: string): Token => {
    const t = tokens[pos];
    if (!t || (type && t.type !== type) || (text && t.text !== text)) throw new FormulaError("#VALUE!", `expected ${text ?? type}`);
    pos++;
    return t;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let node = binary(level + 1);
    while (peek()?.type === "op" && levels[level].includes(peek().text)) {
      const op = take().text;
      node = { kind: "binary", op, left: node, right: binary(level + 1) };
    }
    return node;
  };
  const unary = (): Node => {
    if (peek()?.type === "op" && (peek().text === "-" || peek().text === "+")) {
      const op = take().text;
      return { kind: "unary", op, arg: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = take();
    switch (t.type) {
      case "num":
        return { kind: "value", value: new Decimal(t.text) };
      case "str":
        return { kind: "value", value: t.text };
      case "ref": {
        const { sheet, range } = parseRange(t.text.replace(/\$/g, ""));
        return { kind: "ref", ...(sheet ? { sheet: unquoteSheetName(sheet) } : {}), ...range };
      }
      case "fn": {
        take("(");
        const args: Node[] = [];
        if (peek()?.type !== ")") {
          args.push(binary(0));
          while (peek()?.type === ",") {
            take(",");
            args.push(binary(0));
          }
        }
        take(")");
        return { kind: "call", name: t.text, args };
      }
      case "(": {
        const inner = binary(0);
        take(")");
        return inner;
      }
      default:
        throw new FormulaError("#VALUE!", `unexpected ${t.text}`);
    }
  };
  const node = binary(0);
  if (pos !== tokens.length) throw new FormulaError("#VALUE!", "trailing input");
  return node;
}

function toValue(v: ReturnType<CellResolver>): FormulaValue {
  if (v === null) return new Decimal(0);
  if (typeof v === "number") return new Decimal(v);
  return v;
}

function isError(v: FormulaValue): v is { error: string } {
  return typeof v === "object" && !(v instanceof Decimal) && "error" in v;
}

function num(v: FormulaValue): Decimal {
  if (v instanceof Decimal) return v;
  if (typeof v === "boolean") return new Decimal(v ? 1 : 0);
  if (isError(v)) throw new FormulaError(v.error, "error value");
  if (v === "") return new Decimal(0);
  const d = Number(v);
  if (Number.isNaN(d)) throw new FormulaError("#VALUE!", `not a number: ${v}`);
  return new Decimal(d);
}

/** Evaluates `formula` (with or without the leading `=`) on `sheet`. Errors come back as `{error}`. */
export function evaluateFormula(formula: string, sheet: string, resolve: CellResolver, functions: ExternalFunctions = {}): FormulaValue {
  return evaluateFormulaArea(formula, sheet, resolve, functions)[0][0];
}

/**
 * Evaluates `formula` as a dynamic-array formula: rows of values, one row of one value unless
 * the formula is a call of an external function that returns rows (it spills, as in Excel).
 */
export function evaluateFormulaArea(formula: string, sheet: string, resolve: CellResolver, functions: ExternalFunctions = {}): FormulaValue[][] {
  const previous = external;
  external = functions;
  try {
    const node = parse(tokenize(formula.replace(/^=/, "")));
    if (node.kind === "call" && functions[node.name]) return callExternal(node, sheet, resolve);
    return [[evalNode(node, sheet, resolve)]];
  } catch (e) {
    if (e instanceof FormulaError) return [[{ error: e.code }]];
    throw e;
  } finally {
    external = previous;
  }
}

// The external functions of the evaluation under way (evaluation is synchronous and not re-entrant).
let external: ExternalFunctions = {};

function plain(v: FormulaValue): PlainValue {
  if (v instanceof Decimal) return v.toNumber();
  if (typeof v === "object") throw new FormulaError(v.error, "error value");
  return v;
}

function fromPlain(v: PlainValue): FormulaValue {
  if (typeof v === "number") return Number.isFinite(v) ? new Decimal(v) : { error: "#NUM!" };
  return v ?? "";
}

function callExternal(node: Extract<Node, { kind: "call" }>, sheet: string, resolve: CellResolver): FormulaValue[][] {
  const args = node.args.map((a): PlainValue | PlainValue[][] => {
    if (a.kind !== "ref") return plain(evalNode(a, sheet, resolve));
    const rows: PlainValue[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: PlainValue[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const v = resolve(a.sheet ?? sheet, r, c);
        row.push(v instanceof Decimal ? v.toNumber() : typeof v === "object" && v !== null ? plain(v) : v);
      }
      rows.push(row);
    }
    return rows;
  });
  let out: PlainValue | PlainValue[][];
  try {
    out = external[node.name](args);
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
    if (code.startsWith("#")) throw new FormulaError(code, node.name);
    throw e;
  }
  return Array.isArray(out) ? out.map((row) => row.map(fromPlain)) : [[fromPlain(out)]];
}

function cellsOf(node: Node, sheet: string, resolve: CellResolver): FormulaValue[] {
  if (node.kind !== "ref") return [evalNode(node, sheet, resolve)];
  const out: FormulaValue[] = [];
  for (let r = node.top; r <= node.bottom; r++)
    for (let c = node.left; c <= node.right; c++) out.push(toValue(resolve(node.sheet ?? sheet, r, c)));
  return out;
}

function evalNode(node: Node, sheet: string, resolve: CellResolver): FormulaValue {
  switch (node.kind) {
    case "value":
      return node.value;
    case "ref": {
      if (node.top !== node.bottom || node.left !== node.right) throw new FormulaError("#VALUE!", "range in a scalar place");
      return toValue(resolve(node.sheet ?? sheet, node.top, node.left));
    }
    case "unary": {
      const v = num(evalNode(node.arg, sheet, resolve));
      return node.op === "-" ? v.neg() : v;
    }
    case "binary": {
      const l = evalNode(node.left, sheet, resolve);
      const r = evalNode(node.right, sheet, resolve);
      if (isError(l)) return l;
      if (isError(r)) return r;
      switch (node.op) {
        case "+":
          return num(l).plus(num(r));
        case "-":
          return num(l).minus(num(r));
        case "*":
          return num(l).mul(num(r));
        case "/":
          if (num(r).isZero()) return { error: "#DIV/0!" };
          return num(l).div(num(r));
        case "&":
          return `${String(l)}${String(r)}`;
        default:
          return compare(node.op, l, r);
      }
    }
    case "call":
      return callFunction(node, sheet, resolve);
  }
}

function compare(op: string, l: FormulaValue, r: FormulaValue): boolean {
  const c = l instanceof Decimal && r instanceof Decimal ? l.comparedTo(r) : String(l).localeCompare(String(r));
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

function callFunction(node: Extract<Node, { kind: "call" }>, sheet: string, resolve: CellResolver): FormulaValue {
  const args = node.args;
  switch (node.name) {
    case "SUM":
      return args
        .flatMap((a) => cellsOf(a, sheet, resolve))
        .reduce<Decimal>((acc, v) => (v instanceof Decimal ? acc.plus(v) : isError(v) ? acc.plus(num(v)) : acc), new Decimal(0));
    case "SUMIF": {
      const range = cellsOf(args[0], sheet, resolve);
      const criterion = evalNode(args[1], sheet, resolve);
      const sums = args[2] ? cellsOf(args[2], sheet, resolve) : range;
      let total = new Decimal(0);
      range.forEach((v, i) => {
        if (String(v).toLowerCase() === String(criterion).toLowerCase() && sums[i] instanceof Decimal) total = total.plus(sums[i] as Decimal);
      });
      return total;
    }
    case "IF": {
      const cond = evalNode(args[0], sheet, resolve);
      if (isError(cond)) return cond;
      const truthy = typeof cond === "boolean" ? cond : !num(cond).isZero();
      const branch = truthy ? args[1] : args[2];
      return branch ? evalNode(branch, sheet, resolve) : false;
    }
    case "ROUND": {
      const v = num(evalNode(args[0], sheet, resolve));
      const d = num(evalNode(args[1], sheet, resolve)).toNumber();
      return excelRound(v, d);
    }
    default:
      if (external[node.name]) return callExternal(node, sheet, resolve)[0][0];
      throw new FormulaError("#NAME?", node.name);
  }
}
