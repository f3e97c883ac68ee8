import { StoredState } from "./host";

/**
 * Reading and writing the state the add-in keeps in a workbook (settings, explanations), for every
 * host. The stored JSON travels with files we did not write and may be hand-edited, truncated or
 * written by a later version, so nothing in it is ever dropped: unknown keys are carried along,
 * entries of the wrong shape are kept where they were and reported, and a value that cannot be
 * read at all is kept aside rather than replaced by an empty state.
 */

export type StoredStateProblemKind =
  /** The stored text is not JSON (truncated, hand-edited). */
  | "not-json"
  /** JSON, but not an object. */
  | "not-an-object"
  /** A setting whose value has the wrong shape (`tolerances: "abc"`). */
  | "malformed-setting"
  /** `settings` or `explanations` is not an object. */
  | "malformed-section"
  /** An explanation without a text comment and a time. */
  | "malformed-explanation";

export interface StoredStateProblem {
  kind: StoredStateProblemKind;
  /** Where: `settings.tolerances`, `explanations.<finding key>`, or "" for the whole state. */
  path: string;
}

export interface ReadStoredState {
  /** What the task pane can use. */
  state: StoredState;
  /** Everything that could not be used, each still in `raw` (or `unreadable`). */
  problems: StoredStateProblem[];
  /** The stored object as found, unknown and malformed entries included; undefined when unreadable. */
  raw?: Record<string, unknown>;
  /** The stored text when it could not be read as an object at all. */
  unreadable?: string;
}

/** Where a value the task pane is about to replace, but could not read, is kept. */
export const KEPT_KEY = "unreadable";

const SETTING_SHAPES: Record<string, (v: unknown) => boolean> = {
  lang: (v) => v === "fi" || v === "en",
  tolerances: (v) => isRecord(v) && Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x) && x >= 0),
  population: (v) => isRecord(v) && Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x)),
  managementTotals: (v) => isRecord(v) && Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x)),
  changeBases: (v) => Array.isArray(v) && v.every((b) => isRecord(b) && isRecord(b.target) && isRecord(b.base)),
};

/** Reads stored JSON text. Never throws and never loses anything: see `ReadStoredState`. */
export function readStoredState(text: string | null | undefined): ReadStoredState {
  if (text === null || text === undefined || text === "") return { state: {}, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const problems: StoredStateProblem[] = [{ kind: "not-json", path: "" }];
    return { state: { problems }, problems, unreadable: text };
  }
  if (!isRecord(parsed)) {
    const problems: StoredStateProblem[] = [{ kind: "not-an-object", path: "" }];
    return { state: { problems }, problems, unreadable: text };
  }
  const problems: StoredStateProblem[] = [];
  const state: StoredState = {};
  if (parsed.settings !== undefined) {
    if (!isRecord(parsed.settings)) problems.push({ kind: "malformed-section", path: "settings" });
    else {
      // Unknown settings stay (a later version's); known ones of the wrong shape are reported.
      state.settings = { ...parsed.settings };
      for (const [key, valid] of Object.entries(SETTING_SHAPES)) {
        if (key in parsed.settings && !valid(parsed.settings[key])) problems.push({ kind: "malformed-setting", path: `settings.${key}` });
      }
    }
  }
  if (parsed.explanations !== undefined) {
    if (!isRecord(parsed.explanations)) problems.push({ kind: "malformed-section", path: "explanations" });
    else {
      const explanations: NonNullable<StoredState["explanations"]> = {};
      for (const [key, value] of Object.entries(parsed.explanations)) {
        if (isExplanation(value)) explanations[key] = { ...value };
        else problems.push({ kind: "malformed-explanation", path: `explanations.${key}` });
      }
      state.explanations = explanations;
    }
  }
  if (problems.length > 0) state.problems = problems;
  return { state, problems, raw: parsed };
}

/**
 * The object to store after the task pane saves `update` over what `previous` read: top-level keys
 * the pane does not write are carried over; settings are merged key by key, so a later version's
 * settings survive; explanations are the pane's, plus the malformed ones it never saw. A value the
 * pane replaces although it could not read it (a malformed setting or section, an unreadable
 * text) is kept under `unreadable` first, so nothing stored is ever silently lost.
 */
export function mergeStoredState(previous: ReadStoredState, update: StoredState): Record<string, unknown> {
  const raw = previous.raw ?? {};
  const kept: Record<string, unknown> = isRecord(raw[KEPT_KEY]) ? { ...raw[KEPT_KEY] } : {};
  const keep = (path: string, value: unknown) => {
    if (!(path in kept)) kept[path] = value;
  };
  if (previous.unreadable !== undefined) keep("state", previous.unreadable);
  const out: Record<string, unknown> = { ...raw };
  delete out.problems;

  if (update.settings !== undefined) {
    const before = isRecord(raw.settings) ? raw.settings : undefined;
    if (raw.settings !== undefined && !before) keep("settings", raw.settings);
    const settings: Record<string, unknown> = { ...(before ?? {}) };
    for (const [key, value] of Object.entries(update.settings)) {
      const valid = SETTING_SHAPES[key];
      if (before && key in before && valid && !valid(before[key])) keep(`settings.${key}`, before[key]);
      settings[key] = value;
    }
    out.settings = settings;
  }
  if (update.explanations !== undefined) {
    const before = isRecord(raw.explanations) ? raw.explanations : undefined;
    if (raw.explanations !== undefined && !before) keep("explanations", raw.explanations);
    const explanations: Record<string, unknown> = {};
    // Malformed entries first, where they were; the pane's own entries override by key.
    for (const [key, value] of Object.entries(before ?? {})) if (!isExplanation(value)) explanations[key] = value;
    for (const [key, value] of Object.entries(update.explanations)) explanations[key] = value;
    out.explanations = explanations;
  }
  if (Object.keys(kept).length > 0) out[KEPT_KEY] = kept;
  return out;
}

function isExplanation(v: unknown): v is { comment: string; at: string; by?: string } {
  return isRecord(v) && typeof v.comment === "string" && typeof v.at === "string" && (v.by === undefined || typeof v.by === "string");
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
