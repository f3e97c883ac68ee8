import { BaseNote, LabeledRow, Observation, TunnusluvutTable } from "../model";
import { a1 } from "../address";
import { SheetView } from "./sheetView";
import { TableRegion } from "./region";
import { labeledRow } from "./rows";
import { tableFrame } from "./frame";
import { parseHeaderToken } from "./headers";
import { normaliseLabel } from "./labels";

// Asked of every row: written once, not made at each call.
const AMOUNT_WORDS = /€|eur|menot|kulut|tuotot|tulot|ostot|kate/i;

/**
 * Tunnusluvut (key figures): amount rows, each usually followed by its `Muutos %` row, and
 * `Toimintakate €/asukas`. Rows without a change row and without money in the label (staff
 * counts) are kept apart.
 */
export function readTunnusluvut(view: SheetView, region: TableRegion, area: string, observations: Observation[]): TunnusluvutTable {
  const { header, labelCol } = region;
  const table: TunnusluvutTable = Object.assign(tableFrame(view, "tunnusluvut", region, area, region.bottom), {
    kind: "tunnusluvut" as const,
    items: [],
    others: [],
    notes: region.notes.flatMap((n) => {
      const note = parseBaseNote(n.text, a1(n.row, n.col));
      return note ? [note] : [];
    }),
  });
  const rows = region.rows;
  for (let i = 0; i < rows.length; i++) {
    const b = rows[i];
    const row: LabeledRow = labeledRow(view, b, labelCol, header.columns);
    if (b.role === "per-resident" && isToimintakatePerResident(b.label)) {
      table.perResident = row;
      continue;
    }
    if (b.role === "muutos-pct") {
      // A change row with no amount above it cannot be checked; say so rather than guess.
      observations.push({ kind: "unknown-row", sheet: view.sheet, cell: row.labelCell, text: b.label, table: "tunnusluvut" });
      continue;
    }
    const next = rows[i + 1];
    if (next && next.role === "muutos-pct") {
      table.items.push({ amount: row, change: labeledRow(view, next, labelCol, header.columns) });
      i++;
    } else if (AMOUNT_WORDS.test(b.label)) {
      table.items.push({ amount: row });
    } else {
      table.others.push(row);
    }
  }
  return table;
}

/**
 * The €/asukas row checked against the käyttötalous is the toimintakate's (`Toimintakate €/asukas`);
 * another figure per resident (`Lainat euroa/asukas`, `Vuosikate euroa /asukas`) is a row of its
 * own, paired with its amount by the statement's per-resident relations.
 */
function isToimintakatePerResident(label: string): boolean {
  const name = normaliseLabel(label).replace(/[\s,(]*(€|euroa?)\s*\/\s*as(ukas|\.)?.*$/, "").trim();
  return /^(toiminta(kate|jäämä)|nettomeno|netto)\b/.test(name);
}

/** `* TA 2024 vrt. TA 2023` → the Muutos % of TA 2024 is against TA 2023. */
export function parseBaseNote(text: string, cell: string): BaseNote | null {
  if (!/vrt/i.test(text)) return null;
  const m = /([A-Za-z+ ]{2,12}?\s*\d{4})\s*\*?\s+vrt\.?\s+([A-Za-z+ ]{2,12}?\s*\d{4})/i.exec(text.replace(/^\s*\*+\s*/, ""));
  if (!m) return null;
  const target = parseHeaderToken(m[1].trim());
  const base = parseHeaderToken(m[2].trim());
  if (!target?.kind || !target.year || !base?.kind || !base.year) return null;
  return {
    target: { kind: target.kind, year: target.year },
    base: { kind: base.kind, year: base.year },
    text: text.trim(),
    cell,
  };
}
