import { checkWorkbook } from "../../core/check";
import { gridsFromText } from "../../hosts/text";

/**
 * Checks a small real book (the founding document's three vastuualue) once, its result thrown
 * away, so that the engine's code has run and been compiled before the user's first check. The
 * check worker does this as it starts, while the user is still opening a book: in Chromium a
 * first check of a 50-sheet book took about a third less after it (docs/engine-speed.md, "The
 * pane's first check"). Never throws: a warm-up that fails only leaves the first check cold.
 * Returns the findings it made, so a test can tell that the engine ran.
 */
export function warmUp(text: string): number {
  try {
    return checkWorkbook(gridsFromText(text), WARM_UP_OPTIONS).findings.length;
  } catch {
    return 0;
  }
}

// With a population, so the €/asukas rules run as well.
const WARM_UP_OPTIONS = { population: { 2024: 7008 } };
