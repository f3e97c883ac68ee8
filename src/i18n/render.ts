import { Lang } from "../core/options";
import { Finding, WordedFinding } from "../core/findings";
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
  if (!Array.isArray(message)) return renderPart(message, w);
  let out = "";
  for (let i = 0; i < message.length; i++) out += (i > 0 ? " " : "") + renderPart(message[i], w);
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

/** A check's result with its findings in words: what the CLI's reports are written from. */
export type WordedResult = Omit<CheckResult, "findings"> & { findings: WordedFinding[] };

export function wordResult(result: CheckResult, lang: Lang, surface: Surface = "cli"): WordedResult {
  return { ...result, findings: wordFindings(result.findings, lang, surface) };
}
