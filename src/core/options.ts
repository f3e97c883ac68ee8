import { ColumnRef } from "./compare/columns";

export type Lang = "fi" | "en";

export interface Tolerances {
  /** Euro differences up to this are reported as rounding (`info`), beyond it as `error`. */
  euros: number;
  /** Percentage points beyond the shown rounding that still count as rounding (`info`). */
  percentPoints: number;
  /** €/asukas units beyond the shown rounding that still count as rounding (`info`). */
  perResident: number;
  /** Relative gap (0.01 = 1 %) between a cell's implied population and the workbook's consensus
   * beyond which the cell is reported when no population is given. */
  population: number;
}

/** `{ target: "TA 2024", base: "TA 2023" }`: the Muutos % of the target column is against base. */
export interface ChangeBase {
  target: ColumnRef;
  base: ColumnRef;
}

export interface CheckOptions {
  /** The reader's language. The engine does not read it (findings are messages as data,
   * core/message.ts); callers keep it here to render the findings at their edge. */
  lang: Lang;
  /** Residents on 31.12 of each year, e.g. `{ 2024: 7008 }`. */
  population: Record<number, number>;
  tolerances: Tolerances;
  /** Explicit Muutos % bases; they win over notes under the table and the defaults. */
  changeBases: ChangeBase[];
  /** Agreed total management cost per year, when the user knows it (`{ 2024: 143000 }`);
   * otherwise the total is the sum of the areas' allocated amounts. */
  managementTotals: Record<number, number>;
  /** Where the messages are read (advice names settings in the pane, options on the command
   * line): like `lang`, for the edge that renders the findings, not for the engine. */
  surface?: "pane" | "cli";
}

export const DEFAULT_TOLERANCES: Tolerances = {
  euros: 1,
  percentPoints: 0.1,
  perResident: 1,
  population: 0.01,
};

export function resolveOptions(partial: Partial<CheckOptions> = {}): CheckOptions {
  return {
    lang: partial.lang ?? "fi",
    population: partial.population ?? {},
    tolerances: { ...DEFAULT_TOLERANCES, ...(partial.tolerances ?? {}) },
    changeBases: partial.changeBases ?? [],
    managementTotals: partial.managementTotals ?? {},
    surface: partial.surface ?? "pane",
  };
}
