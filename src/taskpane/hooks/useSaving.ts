import { useCallback, useState } from "react";

/**
 * Whether a save is under way, and a runner that sets it around one save: forms disable their
 * submit button meanwhile so a double press cannot store twice.
 */
export function useSaving(): [saving: boolean, runSave: (save: () => Promise<void>) => Promise<void>] {
  const [saving, setSaving] = useState(false);
  const runSave = useCallback(async (save: () => Promise<void>) => {
    setSaving(true);
    try {
      await save();
    } finally {
      setSaving(false);
    }
  }, []);
  return [saving, runSave];
}
