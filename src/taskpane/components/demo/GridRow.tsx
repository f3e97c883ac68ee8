import { useT } from "../../hooks/useTranslate";
import { memo } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { a1 } from "../../../core/address";
import { Grid, cellAt, formulaAt } from "../../../core/grid";
import { Lang } from "../../../core/options";
import { SheetCell } from "../../../core/sheetData";
import { CAUSE_COLOUR, MARK_COLOURS } from "../../../hosts/excel";
import { CellMark } from "../../../hosts/memory";
import { displayCell, gridNumberFormat } from "../../demo/cellDisplay";
import { useGridStyles } from "./gridStyles";
import { fitsUnclipped } from "./cellClipping";

export interface GridRowProps {
  row: number;
  /** No cell of the row shows text (its height is then the row number's line alone: useRowWindow). */
  blank: boolean;
  cols: number;
  grid: Grid;
  written: ReadonlyMap<string, SheetCell>;
  /** Selected columns on this row, or null. */
  selected: { left: number; right: number } | null;
  /** Columns on this row inside a range the selected finding was computed from; `relatedKey` says when they change. */
  related: readonly { left: number; right: number }[];
  relatedKey: string;
  /** Marks on this row by address; `marksKey` says when they change. */
  marks: ReadonlyMap<string, CellMark>;
  marksKey: string;
  lang: Lang;
  onSelectCell(cell: string): void;
}

function GridRowView({ row, blank, cols, grid, written, selected, related, marks, lang, onSelectCell }: GridRowProps) {
  const t = useT();
  const styles = useGridStyles();
  return (
    <tr data-row={row} data-blank={blank || undefined} aria-rowindex={row + 2}>
      <th scope="row" className={styles.rowHead}>
        {row + 1}
      </th>
      {Array.from({ length: cols }, (_, c) => {
        const address = a1(row, c);
        const value = cellAt(grid, row, c);
        const formula = formulaAt(grid, row, c);
        const spec = written.get(address);
        const mark = marks.get(address);
        const inSelection = !!selected && c >= selected.left && c <= selected.right;
        const inRelated = related.some((r) => c >= r.left && c <= r.right);
        const title = [formula, mark && t("demo.marked", { note: mark.note })].filter(Boolean).join("\n");
        const shown = displayCell(value, lang, spec ? (spec.numberFormat ?? null) : gridNumberFormat(grid, row, c));
        return (
          <td
            key={c}
            data-cell={address}
            data-selected={inSelection || undefined}
            data-marked={mark?.severity}
            data-related={inRelated || undefined}
            data-mark-role={mark?.role}
            data-formula={formula ?? undefined}
            title={title || undefined}
            aria-selected={inSelection || undefined}
            className={mergeClasses(
              styles.cell,
              !fitsUnclipped(shown) && styles.clipped,
              typeof value === "number" && styles.number,
              spec?.bold && styles.bold,
              formula ? styles.formula : undefined,
              inSelection && !mark && styles.selectedFill,
              mark && styles.marked,
              inRelated && !inSelection && styles.related,
              inSelection && styles.selected,
            )}
            // Excel's own mark fills (see MarkLegend), so the demo shows the colours Excel would.
            style={mark ? { backgroundColor: mark.role === "cause" ? CAUSE_COLOUR : MARK_COLOURS[mark.severity] } : undefined}
            onClick={() => onSelectCell(address)}
          >
            {shown}
          </td>
        );
      })}
    </tr>
  );
}

// A sheet has hundreds of rows; only the rows whose selection or marks changed re-render.
export const GridRow = memo(
  GridRowView,
  (a, b) =>
    a.row === b.row &&
    a.blank === b.blank &&
    a.cols === b.cols &&
    a.grid === b.grid &&
    a.written === b.written &&
    a.selected?.left === b.selected?.left &&
    a.selected?.right === b.selected?.right &&
    a.relatedKey === b.relatedKey &&
    a.marksKey === b.marksKey &&
    a.lang === b.lang &&
    a.onSelectCell === b.onSelectCell,
);
