import { DocumentSettings, readJson } from "./documentSettings";

/**
 * Which sheets the add-in created, by marker (`maararahat-summary` → the sheet's id), kept in the
 * document's settings. A sheet's id survives renaming, so the add-in finds its own summary by
 * what it wrote, never by a name that a user's sheet could also have.
 */
export const CREATED_KEY = "budjettitarkistin.created.v1";

export type CreatedSheets = Record<string, string>;

export function readCreatedSheets(settings: DocumentSettings): CreatedSheets {
  const raw = readJson(settings, CREATED_KEY);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const out: CreatedSheets = {};
  for (const [marker, id] of Object.entries(raw)) if (typeof id === "string") out[marker] = id;
  return out;
}

export async function recordCreatedSheet(settings: DocumentSettings, marker: string, sheetId: string): Promise<void> {
  settings.set(CREATED_KEY, JSON.stringify({ ...readCreatedSheets(settings), [marker]: sheetId }));
  await settings.save();
}
