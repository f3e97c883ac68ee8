import { StoredState } from "../../core/host";

/**
 * Where a memory workbook keeps its stored state beyond the page's life. The demo passes a
 * localStorage adapter; tests and the CLI pass nothing (state lives as long as the host).
 * Kept free of DOM types so this host also builds for Node.
 */
export interface StatePersistence {
  load(): StoredState | undefined;
  save(state: StoredState): void;
}

/** Reads a stored JSON text back into state; anything unreadable counts as no state at all. */
export function parseStoredState(text: string | null | undefined): StoredState | undefined {
  if (!text) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
    const obj = raw as Record<string, unknown>;
    const state: StoredState = {};
    if (isPlainObject(obj.settings)) state.settings = obj.settings;
    if (isPlainObject(obj.explanations)) {
      const explanations: NonNullable<StoredState["explanations"]> = {};
      for (const [key, value] of Object.entries(obj.explanations)) {
        if (isPlainObject(value) && typeof value.comment === "string" && typeof value.at === "string") {
          explanations[key] = {
            comment: value.comment,
            at: value.at,
            ...(typeof value.by === "string" ? { by: value.by } : {}),
          };
        }
      }
      state.explanations = explanations;
    }
    return state;
  } catch {
    // A hand-edited or truncated entry must not stop the demo from starting.
    return undefined;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
