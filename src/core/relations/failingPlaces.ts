import { Verdict } from "../compare/tolerance";
import { Equation } from "./equation";

/**
 * Where the failing equations lie in the recorded list, noted as each rule judged what it
 * recorded: the analysis starts from the failing few, and asking all ~25 000 equations of a large
 * book for their verdict again, through three kinds of equation, only to find them, was a pass of
 * its own. Trusted only while every equation of the list was recorded through `recordJudged`.
 */
export class FailingPlaces {
  /** Places (in the recorded list) of the equations judged `wrong`, ascending. */
  readonly places: number[] = [];
  // Equations recorded through `recordJudged`; −1 once a take-back has lost count.
  private counted = 0;

  /** Whether the places are those of every failing equation of `list` (each was judged here). */
  coverAll(list: readonly Equation[]): boolean {
    return this.counted === list.length;
  }

  note(place: number, verdict: Verdict): void {
    if (verdict === "wrong") this.places.push(place);
    if (this.counted >= 0) this.counted++;
  }

  /** The list keeps its first `since` equations: the places beyond them go. */
  cut(since: number, wasCovered: boolean): void {
    while (this.places.length > 0 && this.places[this.places.length - 1] >= since) this.places.pop();
    this.counted = wasCovered ? since : -1;
  }
}

/** A list of equations that may carry its failing ones' places. */
export interface NotesFailing {
  failing?: FailingPlaces;
}

/**
 * Records the equation at the end of `list` with its verdict on the workbook's own figures, which
 * it returns: every rule judges what it records, and the verdict noted here spares the analysis a
 * second pass over the list.
 */
export function recordJudged(list: Equation[] & NotesFailing, eq: Equation): Verdict {
  const verdict = eq.evaluate();
  (list.failing ??= new FailingPlaces()).note(list.length, verdict);
  list.push(eq);
  return verdict;
}

/** Takes back the equations recorded from place `since` on. */
export function takeBackFrom(list: Equation[] & NotesFailing, since: number): void {
  const covered = list.failing?.coverAll(list) ?? false;
  list.splice(since);
  list.failing?.cut(since, covered);
}
