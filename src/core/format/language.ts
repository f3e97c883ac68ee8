import { Lang } from "../options";

/** How a language writes a figure: thousands group and decimal point. */
export interface Separators {
  group: string;
  point: string;
}

/**
 * Finnish groups thousands with a no-break space (so a figure never wraps, and Finnish Excel
 * reads it back as one number) and writes a decimal comma; English uses `1,234.5`.
 */
const SEPARATORS: Record<Lang, Separators> = {
  fi: { group: "\u00a0", point: "," },
  en: { group: ",", point: "." },
};

export function separators(lang: Lang): Separators {
  return SEPARATORS[lang];
}
