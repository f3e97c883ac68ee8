import { KayttotalousTable, LabeledRow, Observation } from "../model";
import { SheetView } from "./sheetView";
import { BodyRow, TableRegion } from "./region";
import { labeledRow } from "./rows";
import { tableFrame } from "./frame";
import { a1 } from "../address";

/**
 * TOIMINTATUOTOT lines + total, TOIMINTAKULUT lines + total, TOIMINTAKATE/JÄÄMÄ. A section word
 * without figures opens its section; with figures it is the section's total, whether the book
 * writes totals under their lines (usual) or above them.
 * Returns the rows left after TOIMINTAKATE: unit blocks often follow under the same header.
 */
export function readKayttotalous(
  view: SheetView,
  region: TableRegion,
  area: string,
  observations: Observation[],
): { table: KayttotalousTable; rest: BodyRow[] } {
  const { header, labelCol } = region;
  const row = (b: BodyRow) => labeledRow(view, b, labelCol, header.columns);
  let section: "tuotot" | "kulut" | null = null;
  const tuotot: LabeledRow[] = [];
  const kulut: LabeledRow[] = [];
  let tuototTotal: LabeledRow | undefined;
  let kulutTotal: LabeledRow | undefined;
  let toimintakate: LabeledRow | undefined;
  let valmistus: LabeledRow | undefined;
  let last = region.rows[0]?.row ?? header.bottom;
  let i = 0;
  for (; i < region.rows.length; i++) {
    const b = region.rows[i];
    if (toimintakate) break;
    last = b.row;
    switch (b.role) {
      case "kayttotalous-heading":
        break;
      case "toimintatuotot":
        section = "tuotot";
        if (b.hasValues) tuototTotal = row(b);
        break;
      case "toimintakulut":
        section = "kulut";
        if (b.hasValues) kulutTotal = row(b);
        break;
      case "toimintakate":
        toimintakate = row(b);
        break;
      default: {
        const known = b.hasValues ? b.reading.row.role?.role : undefined;
        if (known === "valmistus omaan käyttöön" && !valmistus) {
          valmistus = row(b);
          break;
        }
        // `Netto` after the costs is the table's toimintakate.
        if (known === "netto" && section === "kulut" && kulutTotal) {
          toimintakate = row(b);
          break;
        }
        if (!b.hasValues) {
          observations.push(unknownRow(view, b, labelCol));
        } else if (section === "tuotot") tuotot.push(row(b));
        else if (section === "kulut") kulut.push(row(b));
        else observations.push(unknownRow(view, b, labelCol));
      }
    }
  }
  const table: KayttotalousTable = Object.assign(tableFrame(view, "kayttotalous", region, area, last), { kind: "kayttotalous" as const, tuotot, kulut });
  if (tuototTotal) table.tuototTotal = tuototTotal;
  if (kulutTotal) table.kulutTotal = kulutTotal;
  if (toimintakate) table.toimintakate = toimintakate;
  if (valmistus) table.valmistus = valmistus;
  return { table, rest: region.rows.slice(i) };
}

function unknownRow(view: SheetView, b: BodyRow, labelCol: number): Observation {
  return {
    kind: "unknown-row",
    sheet: view.sheet,
    cell: a1(b.row, Math.max(labelCol, 0)),
    text: b.label,
    table: "kayttotalous",
  };
}
