import { Lang } from "../core/options";
import { matchingBrace, parsePluralBranches, pluralCategory } from "./plural";

/**
 * A message template read once into pieces: literal text and the placeholders between, each
 * already told apart (a parameter, `{@key}`, `{n, number}`, a plural with its branches read).
 * A report fills the same few hundred templates for every one of thousands of findings; reading
 * a template's braces and matching its placeholders again at each fill was most of the wording.
 * Filling the pieces gives exactly what reading the text each time gave (translate.ts).
 */

export type Params = Record<string, string | number | undefined>;

/** A template's reference `{@key}` looked up in its translator's catalogs. */
export type Lookup = (key: string) => string | undefined;

type Piece =
  | string
  /** `{name}` */
  | { kind: "param"; name: string; whole: string }
  /** `{@key}` */
  | { kind: "ref"; key: string; whole: string }
  /** `{name, number}` */
  | { kind: "number"; name: string; whole: string }
  /** `{name, plural, …}`; branches null when the text after `plural,` is not a plural's */
  | { kind: "plural"; name: string; whole: string; branches: Map<string, Branch> | null }
  /** `#` in a plural's branch: the number as the parameter gave it */
  | { kind: "count" };

/**
 * A plural's branch. `#` is the number as given, put in before the branch is read; where a `#`
 * stands inside the branch's own placeholders (never in our catalogs) that changes how they
 * read, so such a branch keeps its text and is read at each fill, as before.
 */
type Branch = { pieces: Piece[] } | { text: string };

const compiled = new Map<string, Piece[]>();

/** `template` filled with `params` in `lang`; see translate.ts's fillTemplate for the syntax. */
export function fill(template: string, params: Params, lang: Lang, lookup?: Lookup): string {
  return fillFrom(template, params, asIs, lang, lookup);
}

const asIs = (v: string | number): string | number => v;

/**
 * `template` filled from parameters of any kind, each made text by `read` when a placeholder
 * takes it: a parameter the template does not name is never read (a message's parameters are
 * shared by its parts, and each part names some of them).
 */
export function fillFrom<P>(template: string, params: Readonly<Record<string, P | undefined>>, read: (v: P) => string | number, lang: Lang, lookup?: Lookup): string {
  let pieces = compiled.get(template);
  if (!pieces) compiled.set(template, (pieces = piecesOf(template, false) as Piece[]));
  return fillPieces(pieces, { params, read, lang, lookup }, undefined);
}

/** What a fill reads its parameters and references from. */
interface Source<P> {
  params: Readonly<Record<string, P | undefined>>;
  read: (v: P) => string | number;
  lang: Lang;
  lookup?: Lookup;
}

function fillPieces<P>(pieces: readonly Piece[], s: Source<P>, count: string | undefined): string {
  let out = "";
  for (const p of pieces) out += typeof p === "string" ? p : fillPiece(p, s, count);
  return out;
}

function param<P>(s: Source<P>, name: string): string | number | undefined {
  const v = s.params[name];
  return v === undefined ? undefined : s.read(v);
}

function fillPiece<P>(p: Exclude<Piece, string>, s: Source<P>, count: string | undefined): string {
  switch (p.kind) {
    case "count":
      return count as string;
    case "param": {
      const v = param(s, p.name);
      return v === undefined ? p.whole : String(v);
    }
    case "ref": {
      const referenced = s.lookup?.(p.key);
      return referenced === undefined ? p.whole : fillFrom(referenced, s.params, s.read, s.lang, s.lookup);
    }
    case "number": {
      const v = param(s, p.name);
      return v === undefined || !/^-?\d+$/.test(String(v)) ? p.whole : groupDigits(String(v), s.lang);
    }
    case "plural": {
      const v = param(s, p.name);
      const n = typeof v === "number" ? v : Number(v);
      if (v === undefined || !p.branches || !Number.isFinite(n)) return p.whole;
      const branch = p.branches.get(`=${n}`) ?? p.branches.get(pluralCategory(s.lang, n)) ?? (p.branches.get("other") as Branch);
      // Read at each fill and not kept: its text differs with every count.
      if ("text" in branch) return fillPieces(piecesOf(branch.text.replace(/#/g, String(v)), false) as Piece[], s, undefined);
      return fillPieces(branch.pieces, s, String(v));
    }
  }
}

// Written from the digits, not through a float, so a limit or count of any size stays exact.
function groupDigits(digits: string, lang: Lang): string {
  const separator = lang === "fi" ? "\u00a0" : ",";
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * The pieces of a template. In a plural's branch (`inBranch`) a `#` in the text is the count; one
 * inside a placeholder makes the branch unreadable ahead (null).
 */
function piecesOf(template: string, inBranch: boolean): Piece[] | null {
  const pieces: Piece[] = [];
  const text = (s: string) => {
    if (!inBranch) {
      if (s) pieces.push(s);
      return;
    }
    s.split("#").forEach((part, i) => {
      if (i > 0) pieces.push({ kind: "count" });
      if (part) pieces.push(part);
    });
  };
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      text(template.slice(i));
      break;
    }
    text(template.slice(i, open));
    const close = matchingBrace(template, open);
    if (close < 0) {
      text(template.slice(open));
      break;
    }
    const inner = template.slice(open + 1, close);
    if (inBranch && inner.includes("#")) return null;
    const piece = placeholder(inner, template.slice(open, close + 1));
    if (typeof piece === "string") text(piece);
    else pieces.push(piece);
    i = close + 1;
  }
  return pieces;
}

function placeholder(inner: string, whole: string): Piece {
  const simple = /^\s*(\w+)\s*$/.exec(inner);
  if (simple) return { kind: "param", name: simple[1], whole };
  const ref = /^@([\w.-]+)$/.exec(inner);
  if (ref) return { kind: "ref", key: ref[1], whole };
  const number = /^\s*(\w+)\s*,\s*number\s*$/.exec(inner);
  if (number) return { kind: "number", name: number[1], whole };
  const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  if (plural) return { kind: "plural", name: plural[1], whole, branches: branchesOf(plural[2]) };
  return whole;
}

function branchesOf(body: string): Map<string, Branch> | null {
  const texts = parsePluralBranches(body);
  if (!texts) return null;
  const branches = new Map<string, Branch>();
  for (const [selector, text] of texts) {
    const pieces = piecesOf(text, true);
    branches.set(selector, pieces ? { pieces } : { text });
  }
  return branches;
}
