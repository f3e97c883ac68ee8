import { useEffect, useState } from "react";

export type ThemeMode = "light" | "dark";

const QUERY = "(prefers-color-scheme: dark)";

/** The browser's colour scheme, following changes (the demo; Office gives its theme at start). */
export function usePreferredThemeMode(): ThemeMode {
  const [mode, setMode] = useState<ThemeMode>(() => currentMode());
  useEffect(() => {
    if (typeof window === "undefined" || !window.matchMedia) return;
    const query = window.matchMedia(QUERY);
    const onChange = () => setMode(query.matches ? "dark" : "light");
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, []);
  return mode;
}

function currentMode(): ThemeMode {
  if (typeof window === "undefined" || !window.matchMedia) return "light";
  return window.matchMedia(QUERY).matches ? "dark" : "light";
}
