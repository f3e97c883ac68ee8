import { useT } from "../../hooks/useTranslate";
import { ReactNode, useEffect, useMemo, useRef } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { a1, columnLetters, parseA1, parseRange, unquoteSheetName } from "../../../core/address";
import { Grid, cellAt, gridColCount, gridRowCount } from "../../../core/grid";
import { Lang } from "../../../core/options";
import { SheetCell } from "../../../core/sheetData";
import { CellMark, MemorySelection, MemorySheet } from "../../../hosts/memory";
import { GridRow } from "./GridRow";
import { useGridStyles } from "./gridStyles";
import { RowRun, rowRuns, textRowsBefore, useRowWindow } from "./useRowWindow";

// A budget sheet is a few hundred rows; beyond this the demo is not the place to read it.
const MAX_ROWS = 1000;
const MAX_COLS = 52;
/** Up to this many rows a sheet is drawn whole (the browser's find sees every cell); longer ones near the view (useRowWindow). */
const DRAW_WHOLE_UP_TO = 200;
const NO_MARKS: ReadonlyMap<string, CellMark> = new Map();

export interface SheetGridProps {
  sheet: MemorySheet;
  selection?: MemorySelection;
  marks: ReadonlyMap<string, CellMark>;
  lang: Lang;
  onSelectCell(cell: string): void;
}

/** A read-only picture of one sheet: column letters, row numbers, marks and the selection. */
export function SheetGrid({ sheet, selection, marks, lang, onSelectCell }: SheetGridProps) {
  const t = useT();
  const styles = useGridStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = sheet.grid;
  const totalRows = grid.originRow + gridRowCount(grid);
  const totalCols = grid.originCol + gridColCount(grid);
  const rows = Math.min(totalRows, MAX_ROWS);
  const cols = Math.min(Math.max(totalCols, 1), MAX_COLS);
  const written = useMemo(() => new Map<string, SheetCell>((sheet.created?.cells ?? []).map((c) => [c.address, c])), [sheet.created]);
  const selected = selection && selection.sheet === sheet.name ? parseRange(selection.range).range : undefined;
  const anchor = selected ? a1(selected.top, selected.left) : undefined;
  const textBefore = useMemo(() => textRowsBefore(rows, (r) => rowHasText(grid, r, cols)), [grid, rows, cols]);
  const drawn = useRowWindow(scroller, textBefore, rows > DRAW_WHOLE_UP_TO);
  // The ranges the selected finding was computed from that lie on this sheet, outlined.
  const related = useMemo(() => {
    if (!selection?.related) return [];
    return selection.related.flatMap((ref) => {
      const parsed = parseRange(ref);
      const on = parsed.sheet === undefined ? selection.sheet : unquoteSheetName(parsed.sheet);
      return on.toLowerCase() === sheet.name.toLowerCase() ? [parsed.range] : [];
    });
  }, [selection, sheet.name]);

  // This sheet's marks by row, so that a row re-renders only when its own marks change.
  const marksByRow = useMemo(() => {
    const byRow = new Map<number, { marks: Map<string, CellMark>; key: string }>();
    for (const m of marks.values()) {
      if (m.sheet !== sheet.name) continue;
      const { row } = parseA1(m.cell);
      const entry = byRow.get(row) ?? { marks: new Map<string, CellMark>(), key: "" };
      entry.marks.set(m.cell, m);
      entry.key += `${m.cell}:${m.severity}:${m.role ?? ""}:${m.note.length};`;
      byRow.set(row, entry);
    }
    return byRow;
  }, [marks, sheet.name]);

  // Centre the selected cell in the grid's own scroll area, leaving the page (and the task pane) still.
  useEffect(() => {
    const box = scroller.current;
    if (!box || !anchor) return;
    const el = box.querySelector<HTMLElement>(`[data-cell="${anchor}"]`);
    if (!el) return;
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    box.scrollTop += r.top - b.top - (b.height - r.height) / 2;
    box.scrollLeft += r.left - b.left - (b.width - r.width) / 2;
  }, [anchor, sheet.name]);

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={t("demo.grid", { sheet: sheet.name })}>
      <table className={styles.table} data-testid="sheet-grid" data-sheet={sheet.name} aria-rowcount={rows + 1}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.colHead, styles.corner)} aria-hidden="true" />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={styles.colHead}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {drawnRows(rowRuns(drawn, selected && selected.top < rows ? selected.top : undefined), rows, drawn.heightOf, cols, styles.gap, (r) => {
            const rowMarks = marksByRow.get(r);
            const rowRelated = relatedOn(related, r);
            return (
              <GridRow
                key={r}
                row={r}
                blank={textBefore[r + 1] === textBefore[r]}
                cols={cols}
                grid={grid}
                written={written}
                selected={selected && r >= selected.top && r <= selected.bottom ? { left: selected.left, right: selected.right } : null}
                related={rowRelated}
                relatedKey={rowRelated.map((x) => `${x.left}-${x.right}`).join(",")}
                marks={rowMarks?.marks ?? NO_MARKS}
                marksKey={rowMarks?.key ?? ""}
                lang={lang}
                onSelectCell={onSelectCell}
              />
            );
          })}
        </tbody>
      </table>
      {(totalRows > rows || totalCols > cols) && <p className={styles.note}>{t("demo.truncated", { rows, cols })}</p>}
    </div>
  );
}

/** The rows of `runs` drawn by `row`, with the room of the rows between and after them kept by empty rows of their height. */
function drawnRows(runs: readonly RowRun[], rows: number, heightOf: (from: number, to: number) => number, cols: number, gapClass: string, row: (r: number) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const gap = (to: number) => {
    if (to > at)
      out.push(
        <tr key={`gap-${at}`} aria-hidden="true" className={gapClass} style={{ height: heightOf(at, to) }}>
          <td colSpan={cols + 1} />
        </tr>,
      );
  };
  for (const run of runs) {
    gap(run.from);
    for (let r = run.from; r < run.to; r++) out.push(row(r));
    at = run.to;
  }
  gap(rows);
  return out;
}

/** Whether a row shows text in a cell: a line of text makes it taller than a blank row (the browser drops whitespace alone in a cell that does not wrap). */
function rowHasText(grid: Grid, row: number, cols: number): boolean {
  for (let c = 0; c < cols; c++) {
    const v = cellAt(grid, row, c);
    if (v !== null && (typeof v !== "string" || /[^ \t\n\r\f]/.test(v))) return true;
  }
  return false;
}

const NO_RELATED: readonly { left: number; right: number }[] = [];

function relatedOn(ranges: readonly { top: number; bottom: number; left: number; right: number }[], row: number): readonly { left: number; right: number }[] {
  const on = ranges.filter((r) => row >= r.top && row <= r.bottom);
  return on.length === 0 ? NO_RELATED : on.map((r) => ({ left: r.left, right: r.right }));
}
