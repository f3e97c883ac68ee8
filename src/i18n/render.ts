import { Lang } from "../core/options";
import { Finding, WordedFinding } from "../core/findings";
import { CheckResult } from "../core/check";
import { formatFigure, formatSigned } from "../core/format";
import { Message, MessageParam, MessageParams, MessagePart, isFigure, isList, isLocalText, isPart } from "../core/message";
import { Catalog, Params, makeTranslator } from "./translate";
import { findingMessages } from "./findings";
import { whyMessages } from "./why";
import { Surface, hintsFor } from "./hints";

/**
 * Words at the edge: a message the engine gave as data (ids and parameters) rendered in the
 * reader's language, with the advice of the surface it is read on (`pane` names settings, `cli`
 * names options). Every edge (CLI text, JSON, HTML, task pane, exports) renders through here, so
 * they write the same finding the same way.
 */

type Translator = (key: string, params?: Params) => string;

const translators = new Map<string, Translator>();

function translatorFor(lang: Lang, surface: Surface): Translator {
  const key = `${lang}|${surface}`;
  let t = translators.get(key);
  if (!t) {
    const catalogs: Catalog[] = [hintsFor(surface), findingMessages, whyMessages];
    t = makeTranslator(lang, ...catalogs);
    translators.set(key, t);
  }
  return t;
}

function renderParam(p: MessageParam, lang: Lang, t: Translator): string | number {
  if (typeof p === "string" || typeof p === "number") return p;
  if (isFigure(p)) return p.signed ? formatSigned(lang, p.figure, p.decimals) : formatFigure(lang, p.figure, p.decimals);
  if (isPart(p)) return renderPart(p, lang, t);
  if (isList(p)) {
    const separator = p.literal ? p.join : t(p.join);
    return p.list.map((item) => renderParam(item, lang, t)).join(separator);
  }
  if (isLocalText(p)) return p[lang];
  return String(p);
}

function renderParams(params: MessageParams, lang: Lang, t: Translator): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) out[name] = value === undefined ? undefined : renderParam(value, lang, t);
  return out;
}

function renderPart(p: MessagePart, lang: Lang, t: Translator): string {
  return t(p.id, renderParams(p.params, lang, t));
}

/** A message (one or more parts) in `lang`, as read on `surface`. */
export function renderMessage(message: Message | MessagePart, lang: Lang, surface: Surface = "pane"): string {
  const t = translatorFor(lang, surface);
  const parts = Array.isArray(message) ? message : [message];
  return parts.map((p) => renderPart(p, lang, t)).join(" ");
}

/** An object with `parts` in its place replaced by `message`, the keys otherwise in their order. */
function worded<T extends { parts: Message }>(x: T, lang: Lang, surface: Surface): Omit<T, "parts"> & { message: string } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (k === "parts") out.message = renderMessage(v as Message, lang, surface);
    else out[k] = v;
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

/** A check's result with its findings in words: what the CLI's reports are written from. */
export type WordedResult = Omit<CheckResult, "findings"> & { findings: WordedFinding[] };

export function wordResult(result: CheckResult, lang: Lang, surface: Surface = "cli"): WordedResult {
  return { ...result, findings: wordFindings(result.findings, lang, surface) };
}
