import { StoredState } from "../../core/host";
import { StatePersistence, parseStoredState } from "../../hosts/memory";

/**
 * Keeps a demo workbook's stored state (settings, explanations) in the browser across reloads,
 * one entry per file name, as Excel keeps it inside the file. Storage may be unavailable
 * (private windows, blocked cookies): the demo then works for the session only.
 */
export function localStoragePersistence(workbookName: string, storage: Storage | undefined = safeLocalStorage()): StatePersistence {
  const key = `budjettitarkistin:state:${workbookName}`;
  return {
    load: () => {
      try {
        return parseStoredState(storage?.getItem(key));
      } catch {
        return undefined;
      }
    },
    save: (state: StoredState) => {
      try {
        storage?.setItem(key, JSON.stringify(state));
      } catch {
        // Quota or a blocked store: the state still lives in memory for this session.
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window !== "undefined" ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}
