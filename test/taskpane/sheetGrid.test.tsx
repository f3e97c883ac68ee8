import "./polyfills";
import { act, render, screen, within } from "@testing-library/react";
import { Grid } from "../../src/core/grid";
import { MemorySelection, MemorySheet } from "../../src/hosts/memory";
import { SheetGrid } from "../../src/taskpane/components/demo/SheetGrid";
import { NoCss } from "./render";

/**
 * The demo's grid beside the task pane. jsdom lays nothing out, so the grid's scroll box is given
 * a view (VIEW_PX high, scrolled where a test says); rows have no measured height here, so the
 * grid's first guesses stand for them (a row with text 21 px, a blank one 17 px).
 */
const VIEW_PX = 630;
const TEXT_PX = 21;
const BLANK_PX = 17;
const scrolled = new WeakMap<Element, number>();
const isGridBox = (el: Element) => el.firstElementChild?.getAttribute("data-testid") === "sheet-grid";
const saved = {
  clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, "clientHeight")!,
  scrollTop: Object.getOwnPropertyDescriptor(Element.prototype, "scrollTop")!,
};

beforeAll(() => {
  Object.defineProperty(Element.prototype, "clientHeight", {
    configurable: true,
    get(this: Element) {
      return isGridBox(this) ? VIEW_PX : 0;
    },
  });
  Object.defineProperty(Element.prototype, "scrollTop", {
    configurable: true,
    get(this: Element) {
      return scrolled.get(this) ?? 0;
    },
    set(this: Element, top: number) {
      scrolled.set(this, top);
    },
  });
});

afterAll(() => {
  Object.defineProperty(Element.prototype, "clientHeight", saved.clientHeight);
  Object.defineProperty(Element.prototype, "scrollTop", saved.scrollTop);
});

/** A sheet of `rows` rows, a label and a figure on each, every fourth row blank (as between a budget's tables). */
function longSheet(rows: number): MemorySheet {
  const values = Array.from({ length: rows }, (_, r) => (r % 4 === 3 ? [] : [`Rivi ${r + 1}`, 1000 + r]));
  const grid: Grid = { sheet: "Talousarvio", originRow: 0, originCol: 0, values };
  return { name: "Talousarvio", grid };
}

function renderGrid(sheet: MemorySheet, selection?: MemorySelection) {
  const ui = (selection?: MemorySelection) => (
    <NoCss>
      <SheetGrid sheet={sheet} selection={selection} marks={new Map()} lang="fi" onSelectCell={() => undefined} />
    </NoCss>
  );
  const view = render(ui(selection));
  return { rerender: (s?: MemorySelection) => view.rerender(ui(s)) };
}

const grid = () => screen.getByTestId("sheet-grid");
const box = () => grid().parentElement!;
/**
 * The drawn rows' numbers. `hidden: true` spares the role query's check that each row header and its
 * row are not hidden, a jsdom getComputedStyle each (seconds for a few hundred rows on a busy machine);
 * nothing in the grid is hidden but the rows that only keep room, and they have no header.
 */
const rowNumbers = () => within(grid()).queryAllByRole("rowheader", { hidden: true }).map((th) => Number(th.textContent));
/** The room held for rows not drawn, before and after those drawn, in px. */
const heldRoom = () => [...grid().querySelectorAll<HTMLElement>("tbody tr[aria-hidden]")].map((tr) => parseFloat(tr.style.height));
/** The height of rows [from, to) of longSheet, as the grid guesses them. */
const heightOfRows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ((from + i) % 4 === 3 ? BLANK_PX : TEXT_PX)).reduce((a, b) => a + b, 0);

function scrollTo(row: number) {
  act(() => {
    box().scrollTop = heightOfRows(0, row);
    box().dispatchEvent(new Event("scroll"));
  });
}

test("a long sheet draws the rows in and near its view, and keeps the room of the others, so the scroll bar is true", () => {
  renderGrid(longSheet(1000));
  const drawn = rowNumbers();
  expect(drawn[0]).toBe(1);
  // The view and half as much again below it, not the thousand rows a click beside the grid would pay for.
  expect(drawn.length).toBeGreaterThanOrEqual(Math.ceil((1.5 * VIEW_PX) / TEXT_PX));
  expect(drawn.length).toBeLessThan(150);
  expect(drawn).toEqual(Array.from({ length: drawn.length }, (_, i) => i + 1));
  expect(heldRoom()).toEqual([heightOfRows(drawn.length, 1000)]);
});

test("scrolled to its far end, the sheet draws the rows there, in order, with the room of those above kept", () => {
  renderGrid(longSheet(1000));
  scrollTo(980);
  const drawn = rowNumbers();
  expect(drawn).toContain(1000);
  expect(drawn).not.toContain(1);
  expect(drawn).toEqual(Array.from({ length: drawn.length }, (_, i) => drawn[0] + i));
  expect(heldRoom()).toEqual([heightOfRows(0, drawn[0] - 1)]);
});

test("a cell selected far from the view is drawn, selected, so that the grid can bring it into view", () => {
  const sheet = longSheet(1000);
  const { rerender } = renderGrid(sheet);
  rerender({ sheet: sheet.name, range: "B700" });
  expect(grid().querySelector('td[data-cell="B700"]')).toHaveAttribute("data-selected", "true");
  expect(rowNumbers()).toContain(700);
  // The room before and after it keeps it where it belongs.
  const [between, after] = heldRoom();
  expect(between).toBe(heightOfRows(rowNumbers()[rowNumbers().length - 2], 699));
  expect(after).toBe(heightOfRows(700, 1000));
});

test("an ordinary sheet of a couple of hundred rows is drawn whole (the browser's find sees every cell)", () => {
  renderGrid(longSheet(200));
  expect(rowNumbers()).toHaveLength(200);
  expect(heldRoom()).toEqual([]);
});
