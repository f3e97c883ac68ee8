import Decimal from "decimal.js";
import { decimalString } from "./numbers";
import { DecimalsPolicy } from "./format/decimals";
import { Lang } from "./options";

/**
 * Messages as data (the Frictionless pattern): the engine says which message a finding carries
 * and with which parameters; the words, and the way figures are written, are chosen at the edge
 * (CLI, task pane, exports) in the reader's language. So core holds no catalogue, and a reader
 * who switches language does not need the workbook checked again.
 */

/** A figure as data: a decimal string (`-1234.5`), how many decimals to show, and whether a
 * positive value is written with `+` (a difference read as a direction). */
export interface FigureParam {
  figure: string;
  decimals: DecimalsPolicy;
  signed?: true;
}

/** Text that exists in both languages in core's own data (a relation's name). */
export type LocalText = Record<Lang, string>;

/** Several parameters written one after another with a message between them (`word.or`). */
export interface ListParam {
  list: MessageParam[];
  /** Message id of the separator, or a literal separator when `literal` is set. */
  join: string;
  literal?: true;
}

/**
 * A parameter: text as written in the sheet (a row label, a cell address), a count (plurals pick
 * a branch by it), a figure, bilingual text, another message (a sentence inside the sentence) or
 * a list of those.
 */
export type MessageParam = string | number | FigureParam | LocalText | MessagePart | ListParam;

export type MessageParams = Record<string, MessageParam | undefined>;

/** One sentence of a message: its catalogue id and its parameters. */
export interface MessagePart {
  id: string;
  params: MessageParams;
}

/** The parts of a message, rendered in order and joined by a space. */
export type Message = MessagePart[];

export function part(id: string, params: MessageParams = {}): MessagePart {
  return { id, params };
}

/** A figure parameter, written by the edge with the reader's separators. */
export function figure(value: Decimal | number | string, decimals: DecimalsPolicy = 0): FigureParam {
  return { figure: decimalString(value instanceof Decimal ? value : new Decimal(value)), decimals };
}

/** A difference parameter: `+5` and `-5` read as directions. */
export function signedFigure(value: Decimal, decimals: DecimalsPolicy = 0): FigureParam {
  return { ...figure(value, decimals), signed: true };
}

/** A list of parameters joined by the message `join` (e.g. `word.or`). */
export function list(items: MessageParam[], join: string): ListParam {
  return { list: items, join };
}

/** A list of parameters joined by literal text (`", "`), the same in every language. */
export function listJoined(items: MessageParam[], separator: string): ListParam {
  return { list: items, join: separator, literal: true };
}

export function isFigure(p: MessageParam): p is FigureParam {
  return typeof p === "object" && "figure" in p;
}

export function isPart(p: MessageParam): p is MessagePart {
  return typeof p === "object" && "id" in p && "params" in p;
}

export function isList(p: MessageParam): p is ListParam {
  return typeof p === "object" && "list" in p;
}

export function isLocalText(p: MessageParam): p is LocalText {
  return typeof p === "object" && "fi" in p && "en" in p;
}

/**
 * A parameter as a plain label for data that is not read as prose (an equation's relation name):
 * text as it is, bilingual text in Finnish (the workbooks' language), a message as its id and
 * parameters. No catalogue is consulted.
 */
export function relationLabel(p: MessageParam): string {
  if (typeof p === "string" || typeof p === "number") return String(p);
  if (isFigure(p)) return p.figure;
  if (isPart(p)) {
    const args = Object.values(p.params).filter((v): v is MessageParam => v !== undefined).map(relationLabel);
    return args.length > 0 ? `${p.id}(${args.join(", ")})` : p.id;
  }
  if (isList(p)) return p.list.map(relationLabel).join(p.literal ? p.join : ", ");
  return p.fi;
}

/** Parts once each, first occurrence first (the same remark from two relations is said once). */
export function uniqueParts(parts: readonly MessagePart[]): MessagePart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names a message by id with its parameters (what a rule's `ctx.t` is). */
export type Say = (id: string, params?: MessageParams) => MessagePart;

/**
 * Words handed in by an edge to core code that lays out a sheet in the reader's language (the
 * määrärahat summary, the allocation sheet): core keeps the layout, the edge brings the catalogue.
 */
export interface SheetWords {
  lang: Lang;
  t: (key: string, params?: Record<string, string | number | undefined>) => string;
}
