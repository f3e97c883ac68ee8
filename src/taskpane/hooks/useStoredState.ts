import { useCallback, useEffect, useRef, useState } from "react";
import { WorkbookHost } from "../../core/host";
import { Lang } from "../../core/options";
import { Explanations } from "../explanations";
import { PaneSettings, defaultSettings, settingsFromStored } from "../settings";
import { errorMessage } from "./errors";

export interface StoredStateApi {
  status: "loading" | "ready" | "error";
  /** Why loading failed; the pane still works with defaults. */
  loadError?: string;
  /** Stored entries that could not be read (`settings.tolerances`, `explanations.<key>`, "" for all); they stay stored. */
  problems: string[];
  settings: PaneSettings;
  explanations: Explanations;
  saveSettings(settings: PaneSettings): Promise<void>;
  explain(key: string, comment: string): Promise<void>;
  reopen(key: string): Promise<void>;
}

/**
 * Settings and explanations as stored in the workbook. Every save writes both keys, so the
 * stored state is whole whether a host merges or replaces it. A failed save leaves the pane
 * showing what is really stored and rethrows for the caller to report.
 */
export function useStoredState(host: WorkbookHost, fallbackLang: Lang): StoredStateApi {
  const [status, setStatus] = useState<StoredStateApi["status"]>("loading");
  const [loadError, setLoadError] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);
  const [settings, setSettings] = useState<PaneSettings>(() => defaultSettings(fallbackLang));
  const [explanations, setExplanations] = useState<Explanations>({});
  // The latest values for saves that follow each other before React re-renders.
  const latest = useRef({ settings, explanations });

  useEffect(() => {
    let cancelled = false;
    host.loadState().then(
      (state) => {
        if (cancelled) return;
        const loaded = { settings: settingsFromStored(state.settings, fallbackLang), explanations: state.explanations ?? {} };
        latest.current = loaded;
        setProblems((state.problems ?? []).map((p) => p.path));
        setSettings(loaded.settings);
        setExplanations(loaded.explanations);
        setStatus("ready");
      },
      (error: unknown) => {
        if (cancelled) return;
        setLoadError(errorMessage(error));
        setStatus("error");
      },
    );
    return () => {
      cancelled = true;
    };
    // The fallback language only matters for the first load of a host.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const save = useCallback(
    async (next: { settings: PaneSettings; explanations: Explanations }) => {
      const before = latest.current;
      latest.current = next;
      setSettings(next.settings);
      setExplanations(next.explanations);
      try {
        await host.saveState({ settings: { ...next.settings }, explanations: next.explanations });
      } catch (error) {
        latest.current = before;
        setSettings(before.settings);
        setExplanations(before.explanations);
        throw error;
      }
    },
    [host],
  );

  const saveSettings = useCallback((s: PaneSettings) => save({ ...latest.current, settings: s }), [save]);

  const explain = useCallback(
    (key: string, comment: string) =>
      save({
        ...latest.current,
        explanations: { ...latest.current.explanations, [key]: { comment: comment.trim(), at: new Date().toISOString() } },
      }),
    [save],
  );

  const reopen = useCallback(
    (key: string) => {
      const rest = { ...latest.current.explanations };
      delete rest[key];
      return save({ ...latest.current, explanations: rest });
    },
    [save],
  );

  return { status, loadError, problems, settings, explanations, saveSettings, explain, reopen };
}
