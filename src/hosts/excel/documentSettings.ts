/**
 * The add-in's key–value store inside the workbook (`Office.context.document.settings`): what
 * is saved here travels with the file. Behind an interface so the host is tested without Office.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Writes the settings into the document (they reach disk when the user saves the file). */
  save(): Promise<void>;
}

/** The settings of the open document, with `saveAsync` as a promise. */
export function officeDocumentSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(`Could not save the add-in's settings in the workbook: ${result.error?.message ?? "unknown error"}`));
        });
      }),
  };
}

/** Settings keys; versioned so a later format can tell old entries apart. */
export const STATE_KEY = "budjettitarkistin.state.v1";
export const MARKS_KEY = "budjettitarkistin.marks.v1";

/** Settings values are kept as JSON text: the same text whatever Office does with objects. */
export function readJson(settings: DocumentSettings, key: string): unknown {
  const raw = settings.get(key);
  if (typeof raw !== "string") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
