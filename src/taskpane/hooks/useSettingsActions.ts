import { useCallback } from "react";
import { Lang } from "../../core/options";
import { PaneSettings } from "../settings";
import { PaneStatusApi } from "./usePaneStatus";
import { StoredStateApi } from "./useStoredState";

export interface SettingsActions {
  save(next: PaneSettings): Promise<void>;
  changeLang(next: Lang): void;
  invalid(): void;
}

export function useSettingsActions(stored: StoredStateApi, status: PaneStatusApi): SettingsActions {
  const { saveSettings, settings } = stored;
  const { show, fail } = status;
  const save = useCallback(
    async (next: PaneSettings) => {
      try {
        await saveSettings(next);
        show({ intent: "success", key: "settings.saved" });
      } catch (error) {
        fail("app.saveFailed", error);
      }
    },
    [saveSettings, show, fail],
  );
  const changeLang = useCallback(
    (next: Lang) => {
      if (next !== settings.lang) void save({ ...settings, lang: next });
    },
    [settings, save],
  );
  const invalid = useCallback(() => show({ intent: "error", key: "settings.invalid" }), [show]);
  return { save, changeLang, invalid };
}
