import { StoredState } from "../../core/host";
import { readStoredState } from "../../core/storedState";

/**
 * Where a memory workbook keeps its stored state beyond the page's life. The demo passes a
 * localStorage adapter; tests and the CLI pass nothing (state lives as long as the host).
 * Kept free of DOM types so this host also builds for Node.
 */
export interface StatePersistence {
  load(): StoredState | undefined;
  save(state: StoredState): void;
}

/**
 * Reads a stored JSON text back into state (core/storedState, shared with the Excel host);
 * undefined when nothing usable is stored. What could not be read is listed in `problems`.
 */
export function parseStoredState(text: string | null | undefined): StoredState | undefined {
  return text ? readStoredState(text).state : undefined;
}
