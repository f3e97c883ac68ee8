import { Grid } from "../../src/core/grid";
import { buildArea, getCell, sampleArea, setCell } from "../core/rules/builder";

/**
 * A small workbook for the task-pane tests whose findings are known by construction, not taken
 * from the engine: two consistent areas built by the rules' builder, then three cells broken.
 *
 * - Asuminen, käyttötalous, Vuokrat TA 2024 is 500 more than the consistent figure, so
 *   TOIMINTAKULUT TA 2024 is 500 off the sum of its lines: one error.
 * - Työllisyys, käyttötalous, Myyntituotot TP 2022 is 1 more, so TOIMINTATUOTOT TP 2022 is 1
 *   off: one note (rounding, within the 1 € tolerance).
 * - Työllisyys, käyttötalous, Vuokrat TPE 2023 is 2 000 more, so TOIMINTAKULUT TPE 2023 is
 *   2 000 off: the second error.
 */
export interface PaneWorkbook {
  grids: Grid[];
  errors: { sheet: string; cell: string; actual: number; expected: number }[];
  notes: { sheet: string; cell: string }[];
}

export const ASUMINEN = "Asuminen";
export const TYOLLISYYS = "Työllisyys";

export function paneWorkbook(): PaneWorkbook {
  const asuminen = buildArea(sampleArea({ tunnusluvut: undefined }));
  const tyollisyys = buildArea(sampleArea({ name: TYOLLISYYS, sheet: TYOLLISYYS, units: undefined, tunnusluvut: undefined, maararahat: undefined }));
  const bump = (area: typeof asuminen, key: string, by: number) => {
    const at = area.at(key);
    setCell(area.grid, at, (getCell(area.grid, at) as number) + by);
  };
  const total = (area: typeof asuminen, key: string) => getCell(area.grid, area.at(key)) as number;

  bump(asuminen, "kt|Vuokrat|TA 2024", 500);
  bump(tyollisyys, "kt|Myyntituotot|TP 2022", 1);
  bump(tyollisyys, "kt|Vuokrat|TPE 2023", 2000);
  return {
    grids: [asuminen.grid, tyollisyys.grid],
    errors: [
      // Costs are negative: a line 500 higher makes the lines sum 500 higher than the total.
      { sheet: ASUMINEN, cell: asuminen.at("kt|TOIMINTAKULUT|TA 2024"), actual: total(asuminen, "kt|TOIMINTAKULUT|TA 2024"), expected: total(asuminen, "kt|TOIMINTAKULUT|TA 2024") + 500 },
      { sheet: TYOLLISYYS, cell: tyollisyys.at("kt|TOIMINTAKULUT|TPE 2023"), actual: total(tyollisyys, "kt|TOIMINTAKULUT|TPE 2023"), expected: total(tyollisyys, "kt|TOIMINTAKULUT|TPE 2023") + 2000 },
    ],
    notes: [{ sheet: TYOLLISYYS, cell: tyollisyys.at("kt|TOIMINTATUOTOT|TP 2022") }],
  };
}
