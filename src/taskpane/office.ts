import { Lang } from "../core/options";
import { ThemeMode } from "./hooks/useThemeMode";
import { langFromLocale } from "./settings";

/**
 * Whether Office opened this page: Office adds `_host_Info` to a task pane's address and keeps it
 * in session storage as `hostInfoValue`. Only then does taskpane.html load office.js before the
 * add-in; elsewhere it loads in the background and the demo does not wait for it.
 */
export function openedByOffice(search: string = window.location.search, storage: Pick<Storage, "getItem"> | undefined = sessionStorageOrNothing()): boolean {
  if (/[?&]_host_Info=/i.test(search)) return true;
  try {
    return !!storage?.getItem("hostInfoValue");
  } catch {
    return false;
  }
}

function sessionStorageOrNothing(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Resolves when the background office.js script (id `office-js`) has loaded; false if it failed or is absent. */
export function officeScriptLoaded(doc: Document = document): Promise<boolean> {
  const script = doc.getElementById("office-js");
  if (!(script instanceof HTMLScriptElement)) return Promise.resolve(false);
  if (typeof Office !== "undefined") return Promise.resolve(true);
  return new Promise((resolve) => {
    script.addEventListener("load", () => resolve(true), { once: true });
    script.addEventListener("error", () => resolve(false), { once: true });
  });
}

/** What the page was opened in. `demo` also when office.js is missing or never answers. */
export type Startup = "excel" | "demo";

/**
 * Waits for Office.onReady, but not forever: outside Office office.js may fail to load (no
 * `Office` at all) or may never call back, and the demo must still start.
 */
export function detectStartup(timeoutMs = 1500): Promise<Startup> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve("demo");
  return new Promise<Startup>((resolve) => {
    const timer = setTimeout(() => resolve("demo"), timeoutMs);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info && info.host === Office.HostType.Excel ? "excel" : "demo");
      })
      .catch(() => {
        clearTimeout(timer);
        resolve("demo");
      });
  });
}

/** Office's display language, the user's choice in Office rather than the system's. */
export function officeLang(): Lang {
  try {
    return langFromLocale(Office.context.displayLanguage);
  } catch {
    return langFromLocale(typeof navigator !== "undefined" ? navigator.language : undefined);
  }
}

/** Dark when Office's body background is dark (Office gives colours, not a theme name). */
export function officeTheme(): ThemeMode {
  try {
    const bg = Office.context.officeTheme?.bodyBackgroundColor;
    return bg && relativeLuminance(bg) < 0.5 ? "dark" : "light";
  } catch {
    return "light";
  }
}

export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 1;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
