import { Lang } from "../core/options";
import { Finding, Severity, TableKind, WordedCause, WordedFinding } from "../core/findings";
import { CheckResult } from "../core/check";
import { formatFigure, formatSigned } from "../core/format";
import { Message, MessageParam, MessageParams, MessagePart, isFigure, isList, isLocalText, isPart } from "../core/message";
import { Catalog, catalogLookup, templateOf } from "./translate";
import { fillFrom } from "./template";
import { findingMessages } from "./findings";
import { whyMessages } from "./why";
import { Surface, hintsFor } from "./hints";

/**
 * Words at the edge: a message the engine gave as data (ids and parameters) rendered in the
 * reader's language, with the advice of the surface it is read on (`pane` names settings, `cli`
 * names options). Every edge (CLI text, JSON, HTML, task pane, exports) renders through here, so
 * they write the same finding the same way.
 */

/** How one language on one surface words a message: its catalogs, and a parameter made text. */
interface Wording {
  lang: Lang;
  lookup: (key: string) => string | undefined;
  read: (p: MessageParam) => string | number;
}

const wordings = new Map<string, Wording>();

function wordingFor(lang: Lang, surface: Surface): Wording {
  const key = `${lang}|${surface}`;
  let w = wordings.get(key);
  if (!w) {
    const catalogs: Catalog[] = [hintsFor(surface), findingMessages, whyMessages];
    const made: Wording = { lang, lookup: catalogLookup(lang, catalogs), read: (p) => renderParam(p, made) };
    wordings.set(key, (w = made));
  }
  return w;
}

function renderParam(p: MessageParam, w: Wording): string | number {
  if (typeof p === "string" || typeof p === "number") return p;
  if (isFigure(p)) return p.signed ? formatSigned(w.lang, p.figure, p.decimals) : formatFigure(w.lang, p.figure, p.decimals);
  if (isPart(p)) return renderPart(p, w);
  if (isList(p)) {
    const separator = p.literal ? p.join : say(w, p.join, NO_PARAMS);
    return p.list.map((item) => renderParam(item, w)).join(separator);
  }
  if (isLocalText(p)) return p[w.lang];
  return String(p);
}

const NO_PARAMS: MessageParams = {};

/** Message `id` with its parameters, each made text only where the template takes it. */
function say(w: Wording, id: string, params: MessageParams): string {
  return fillFrom(templateOf(w.lookup, w.lang, id), params, w.read, w.lang, w.lookup);
}

function renderPart(p: MessagePart, w: Wording): string {
  return say(w, p.id, p.params);
}

/** A message (one or more parts) in `lang`, as read on `surface`. */
export function renderMessage(message: Message | MessagePart, lang: Lang, surface: Surface = "pane"): string {
  const w = wordingFor(lang, surface);
  return Array.isArray(message) ? renderParts(message, w) : renderPart(message, w);
}

/** The parts, each rendered, joined by a space. */
function renderParts(parts: Message, w: Wording): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) out += (i > 0 ? " " : "") + renderPart(parts[i], w);
  return out;
}

/** An object with `parts` in its place replaced by `message`, the keys otherwise in their order. */
function worded<T extends { parts: Message }>(x: T, lang: Lang, surface: Surface): Omit<T, "parts"> & { message: string } {
  const out: Record<string, unknown> = {};
  for (const k in x) {
    if (k === "parts") out.message = renderMessage(x.parts, lang, surface);
    else out[k] = x[k];
  }
  return out as Omit<T, "parts"> & { message: string };
}

/** A finding, its cause, its possible causes and its pattern in words (`message`), in `lang`. */
export function wordFinding(f: Finding, lang: Lang, surface: Surface = "pane"): WordedFinding {
  const out = worded(f, lang, surface) as unknown as WordedFinding;
  if (f.cause) out.cause = worded(f.cause, lang, surface);
  if (f.possibleCauses) out.possibleCauses = f.possibleCauses.map((c) => worded(c, lang, surface));
  if (f.pattern) out.pattern = { id: f.pattern.id, message: renderMessage(f.pattern.parts, lang, surface) };
  return out;
}

export function wordFindings(findings: readonly Finding[], lang: Lang, surface: Surface = "pane"): WordedFinding[] {
  return findings.map((f) => wordFinding(f, lang, surface));
}

/**
 * A finding of a worded result: its message is worded when first read, so it is never set. It is
 * an own enumerable property like the finding's other fields: a spread, Object.assign,
 * JSON.stringify and structuredClone copy it, worded, as they copy the rest.
 */
export interface WordedOnRead extends Omit<WordedFinding, "message"> {
  readonly message: string;
}

/** A check's result with its findings in words: what the CLI's reports are written from. */
// Without the equations: the check's list is made when read (a getter a spread does not copy),
// and no report reads it.
export type WordedResult = Omit<CheckResult, "findings" | "equations"> & { findings: WordedOnRead[] };

/**
 * The result with each finding's message worded when first read: a report reads only some of
 * them (the text report lists no note's unless asked), and wording all of a large book's findings
 * was most of a cold report's time. Causes and patterns are worded at once, as wordFinding does.
 */
export function wordResult(result: CheckResult, lang: Lang, surface: Surface = "cli"): WordedResult {
  const w = wordingFor(lang, surface);
  return { ...result, findings: result.findings.map((f) => new FindingWordedOnRead(f, w, lang, surface)) };
}

const PARTS = Symbol("parts");
const WORDING = Symbol("wording");
const WORDS = Symbol("words");

/**
 * A finding whose message is rendered on its first read. Its own enumerable fields are the
 * finding's data, every one set (absent ones undefined) so that all share one shape. The message
 * is an own enumerable getter, not one of the class's: a getter on the prototype is lost by a
 * spread, JSON.stringify and structuredClone, which copy own properties only. What it renders
 * from is kept under symbols, which no listing of keys, JSON or structuredClone sees.
 */
class FindingWordedOnRead implements WordedOnRead {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related: string[];
  area: string;
  table: TableKind | undefined;
  row: string | undefined;
  column: string | undefined;
  actual: string | undefined;
  expected: string | undefined;
  difference: string | undefined;
  declare readonly message: string;
  cause: WordedCause | undefined;
  possibleCauses: WordedCause[] | undefined;
  consequenceOf: string | undefined;
  pattern: { id: string; message: string } | undefined;
  private readonly [PARTS]: Message;
  private readonly [WORDING]: Wording;
  private [WORDS]: string | undefined;

  /** One getter for all (no closure per finding), defined on each where `parts` was. */
  private static readonly MESSAGE: PropertyDescriptor = {
    get(this: FindingWordedOnRead): string {
      return (this[WORDS] ??= renderParts(this[PARTS], this[WORDING]));
    },
    enumerable: true,
  };

  constructor(f: Finding, w: Wording, lang: Lang, surface: Surface) {
    this.rule = f.rule;
    this.severity = f.severity;
    this.sheet = f.sheet;
    this.cell = f.cell;
    this.related = f.related;
    this.area = f.area;
    this.table = f.table;
    this.row = f.row;
    this.column = f.column;
    this.actual = f.actual;
    this.expected = f.expected;
    this.difference = f.difference;
    Object.defineProperty(this, "message", FindingWordedOnRead.MESSAGE);
    this.cause = f.cause && worded(f.cause, lang, surface);
    this.possibleCauses = f.possibleCauses?.map((c) => worded(c, lang, surface));
    this.consequenceOf = f.consequenceOf;
    this.pattern = f.pattern && { id: f.pattern.id, message: renderMessage(f.pattern.parts, lang, surface) };
    this[PARTS] = f.parts;
    this[WORDING] = w;
    this[WORDS] = undefined;
  }
}
