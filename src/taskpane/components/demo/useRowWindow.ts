import { RefObject, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";

/** A run of consecutive rows, [from, to). */
export interface RowRun {
  from: number;
  to: number;
}

/**
 * A row's height is one of two: a row with text in some cell (a line of text, the cells' padding
 * and border), or a blank one (the row number's line alone). Measured from drawn rows of each.
 */
export interface RowHeights {
  textPx: number;
  blankPx: number;
}

/** The rows of a long sheet drawn now, and the height of any run of rows, for the room held by those not drawn. */
export interface RowWindow extends RowRun {
  heightOf(from: number, to: number): number;
}

/** Until drawn rows of each kind were measured (Fluent's base200 line, the cells' padding and border). */
const FIRST_GUESS: RowHeights = { textPx: 21, blankPx: 17 };

/**
 * The window moves in steps of this many rows: scrolling a few rows redraws nothing, and each
 * step draws a few dozen rows at once.
 */
const STEP_ROWS = 32;

/** Drawn above and below the view, in views: as the pane's list does (useNearView), half a view. */
const NEAR_VIEWS = 0.5;

/** Before the grid was laid out: the first rows, as many as a tall view shows and more. */
const FIRST_ROWS = 2 * STEP_ROWS;

/** The number of rows with text before each row: `textBefore[r]` for rows 0..r-1 (length rows + 1). */
export function textRowsBefore(rows: number, hasText: (row: number) => boolean): Int32Array {
  const before = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) before[r + 1] = before[r] + (hasText(r) ? 1 : 0);
  return before;
}

/**
 * Which rows of a long sheet to draw: those in the grid's view and half a view's height above and
 * below it (scrolling at reading speed finds them drawn), in steps of STEP_ROWS. `textBefore`
 * (textRowsBefore) tells the rows' heights, so the room held for rows not drawn is theirs.
 *
 * Why: each drawn grid cell is a layer of its own to the browser (it clips its text), and each row
 * number is a sticky one. Beside a sheet of 1 000 rows every click in the task pane paid for them
 * all, in hit tests, paint and compositing: about half of its main thread's time. `windowed`
 * false draws every row. Where nothing is laid out (jsdom, a hidden grid) every row is drawn.
 */
export function useRowWindow(scroller: RefObject<HTMLElement>, textBefore: Int32Array, windowed: boolean): RowWindow {
  const rows = textBefore.length - 1;
  const [state, setState] = useState<{ run: RowRun; px: RowHeights }>(() => ({ run: { from: 0, to: Math.min(rows, FIRST_ROWS) }, px: FIRST_GUESS }));
  const measured = useRef(FIRST_GUESS);

  const follow = useCallback(() => {
    const box = scroller.current;
    if (!box) return;
    const px = (measured.current = measuredHeights(box, measured.current));
    const run = windowIn(box, textBefore, px);
    setState((prev) =>
      prev.run.from === run.from && prev.run.to === run.to && prev.px.textPx === px.textPx && prev.px.blankPx === px.blankPx ? prev : { run, px },
    );
  }, [scroller, textBefore]);

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!windowed || !box) return;
    follow();
    box.addEventListener("scroll", follow, { passive: true });
    const resized = typeof ResizeObserver === "function" ? new ResizeObserver(follow) : undefined;
    resized?.observe(box);
    return () => {
      box.removeEventListener("scroll", follow);
      resized?.disconnect();
    };
  }, [windowed, follow, scroller]);

  const { run, px } = state;
  const heightOf = useMemo(() => (from: number, to: number) => offsetOf(to, textBefore, px) - offsetOf(from, textBefore, px), [textBefore, px]);
  // Until the window follows a new sheet (before it is painted), the old one is cut to its rows.
  return windowed ? { from: Math.min(run.from, rows), to: Math.min(run.to, rows), heightOf } : { from: 0, to: rows, heightOf };
}

/** The heights of drawn rows with and without text, each kept as it was when none is drawn. */
function measuredHeights(box: HTMLElement, was: RowHeights): RowHeights {
  // Not rounded: an error of half a pixel a row would misplace the thousandth row by 500.
  const height = (selector: string) => box.querySelector(selector)?.getBoundingClientRect().height ?? 0;
  const text = height("tbody tr[data-row]:not([data-blank])");
  const blank = height("tbody tr[data-blank]");
  return { textPx: text > 0 ? text : was.textPx, blankPx: blank > 0 ? blank : was.blankPx };
}

/** The top of row `row`, from the table's first row. */
function offsetOf(row: number, textBefore: Int32Array, px: RowHeights): number {
  return row * px.blankPx + textBefore[row] * (px.textPx - px.blankPx);
}

/** The row at `y` from the table's first row (the last row starting at or above it). */
function rowAt(y: number, textBefore: Int32Array, px: RowHeights): number {
  let lo = 0;
  let hi = textBefore.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsetOf(mid, textBefore, px) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The window for the grid's scroll position now; every row when the grid is not laid out. */
function windowIn(box: HTMLElement, textBefore: Int32Array, px: RowHeights): RowRun {
  const rows = textBefore.length - 1;
  const view = box.clientHeight;
  if (view === 0) return { from: 0, to: rows };
  const head = box.querySelector<HTMLElement>("thead")?.getBoundingClientRect().height ?? 0;
  const top = Math.max(0, box.scrollTop - head);
  const margin = view * NEAR_VIEWS;
  const from = Math.floor(rowAt(top - margin, textBefore, px) / STEP_ROWS) * STEP_ROWS;
  const to = Math.ceil((rowAt(top + view + margin, textBefore, px) + 1) / STEP_ROWS) * STEP_ROWS;
  return { from: Math.min(from, rows), to: Math.min(to, rows) };
}

/**
 * The runs of rows to draw: the window, and a row outside it that must be drawn (`pinned`: the
 * selected cell's, so that it can be scrolled to and centred before the window follows).
 */
export function rowRuns(window: RowRun, pinned: number | undefined): RowRun[] {
  const runs: RowRun[] = window.to > window.from ? [{ from: window.from, to: window.to }] : [];
  if (pinned === undefined || (pinned >= window.from && pinned < window.to)) return runs;
  const own = { from: pinned, to: pinned + 1 };
  return pinned < window.from ? [own, ...runs] : [...runs, own];
}
