import { useT } from "../../hooks/useTranslate";
import { useEffect, useMemo, useRef } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { a1, columnLetters, parseA1, parseRange, unquoteSheetName } from "../../../core/address";
import { gridColCount, gridRowCount } from "../../../core/grid";
import { Lang } from "../../../core/options";
import { SheetCell } from "../../../core/sheetData";
import { CellMark, MemorySelection, MemorySheet } from "../../../hosts/memory";
import { GridRow } from "./GridRow";
import { useGridStyles } from "./gridStyles";

// A budget sheet is a few hundred rows; beyond this the demo is not the place to read it.
const MAX_ROWS = 1000;
const MAX_COLS = 52;
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
      <table className={styles.table} data-testid="sheet-grid" data-sheet={sheet.name}>
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
          {Array.from({ length: rows }, (_, r) => {
            const rowMarks = marksByRow.get(r);
            const rowRelated = relatedOn(related, r);
            return (
              <GridRow
                key={r}
                row={r}
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

const NO_RELATED: readonly { left: number; right: number }[] = [];

function relatedOn(ranges: readonly { top: number; bottom: number; left: number; right: number }[], row: number): readonly { left: number; right: number }[] {
  const on = ranges.filter((r) => row >= r.top && row <= r.bottom);
  return on.length === 0 ? NO_RELATED : on.map((r) => ({ left: r.left, right: r.right }));
}
