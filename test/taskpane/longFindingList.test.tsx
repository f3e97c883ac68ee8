import { act, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { Finding, findingKey } from "../../src/core/findings";
import { makeFinding, said } from "./fixtures";
import { renderFindingGroups } from "./render";

/** An observer played by hand: jsdom lays nothing out, so the test says what the browser would. */
class HandObserver<Callback> {
  readonly watched = new Set<Element>();
  constructor(protected readonly callback: Callback) {}
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
}

/**
 * The browser's IntersectionObserver: the test says which sheets are in view. (Without one, as in
 * the other tests, every finding is rendered.)
 */
class HandIntersectionObserver extends HandObserver<IntersectionObserverCallback> {
  static all: HandIntersectionObserver[] = [];
  constructor(callback: IntersectionObserverCallback) {
    super(callback);
    HandIntersectionObserver.all.push(this);
  }
  /** Says which of the watched elements are in view, by their order in the page (chunks have no name). */
  showNth(indexes: number[]) {
    const inPageOrder = [...this.watched].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const entries = inPageOrder.map((target, i) => ({ target, isIntersecting: indexes.includes(i) }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
  show(sheets: string[]) {
    const entries = [...this.watched].map((target) => ({ target, isIntersecting: sheets.includes(target.getAttribute("data-sheet") ?? "") }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

const SHEETS = 40;
const PER_SHEET = 5;
const sheetName = (i: number) => `Alue ${String(i).padStart(2, "0")}`;

/** More findings than the pane renders at once: SHEETS sheets of PER_SHEET errors each. */
function longList(): Finding[] {
  const out: Finding[] = [];
  for (let s = 1; s <= SHEETS; s++) {
    for (let r = 0; r < PER_SHEET; r++) out.push(makeFinding({ sheet: sheetName(s), area: sheetName(s), cell: `C${10 + r}`, parts: said(`rivi ${s}.${r}`) }));
  }
  return out;
}

const section = (sheet: string) => document.querySelector(`[data-testid="finding-sheet"][data-sheet="${sheet}"]`) as HTMLElement;
const listedIn = (sheet: string) => within(section(sheet)).queryAllByTestId("finding").length;

beforeEach(() => {
  HandIntersectionObserver.all = [];
  (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = HandIntersectionObserver;
});

afterEach(() => {
  delete (globalThis as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
});

test("a long list keeps every sheet's heading and toggle, and lists the findings of the sheets in view", () => {
  renderFindingGroups(longList());
  act(() => HandIntersectionObserver.all[0].show([sheetName(1), sheetName(2)]));
  expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(SHEETS);
  for (let s = 1; s <= SHEETS; s++) {
    const toggle = within(section(sheetName(s))).getByText(sheetName(s)).closest("button")!;
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(toggle.getAttribute("aria-controls")!)).not.toBeNull();
  }
  expect([listedIn(sheetName(1)), listedIn(sheetName(2)), listedIn(sheetName(3)), listedIn(sheetName(SHEETS))]).toEqual([PER_SHEET, PER_SHEET, 0, 0]);
  // Scrolled on: what came into view is listed, what left is not.
  act(() => HandIntersectionObserver.all[0].show([sheetName(30)]));
  expect([listedIn(sheetName(1)), listedIn(sheetName(30))]).toEqual([0, PER_SHEET]);
});

test("Tab from a far sheet's toggle goes into that sheet's findings", async () => {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  renderFindingGroups(longList());
  act(() => HandIntersectionObserver.all[0].show([sheetName(1)]));
  const far = section(sheetName(33));
  act(() => within(far).getByText(sheetName(33)).closest("button")!.focus());
  await user.tab();
  expect(far).toContainElement(document.activeElement as HTMLElement);
  expect(document.activeElement).toHaveAttribute("title", `Siirry soluun ${sheetName(33)}!C10`);
});

test("the current finding is listed wherever it is, so the stepper can focus it", () => {
  const findings = longList();
  const last = findings[findings.length - 1];
  renderFindingGroups(findings, findingKey(last));
  act(() => HandIntersectionObserver.all[0].show([sheetName(1)]));
  const current = within(section(sheetName(SHEETS))).getAllByTestId("finding").find((li) => li.hasAttribute("data-current"));
  expect(current).toHaveTextContent(`rivi ${SHEETS}.${PER_SHEET - 1}`);
});

test("a short list is listed whole, in view or not", () => {
  renderFindingGroups(longList().slice(0, 3 * PER_SHEET));
  act(() => HandIntersectionObserver.all[0]?.show([]));
  expect(screen.getAllByTestId("finding")).toHaveLength(3 * PER_SHEET);
});

const BOOK_SHEET = "Talousarvio";
const TABLES = 60;

/** A book printed on one sheet: TABLES vastuualue tables of PER_SHEET errors each, all on BOOK_SHEET. */
function oneSheetList(): Finding[] {
  const out: Finding[] = [];
  for (let a = 1; a <= TABLES; a++) {
    for (let r = 0; r < PER_SHEET; r++) out.push(makeFinding({ sheet: BOOK_SHEET, area: `Alue ${a}`, cell: `C${a * 100 + r}`, parts: said(`alue ${a}.${r}`) }));
  }
  return out;
}

const texts = () => screen.queryAllByTestId("finding").map((li) => /alue \d+\.\d+/.exec(li.textContent ?? "")?.[0]);

/** The observer of the sheets (it watches their sections), and the one of a long sheet's chunks. */
const watchesSheets = (o: HandIntersectionObserver) => [...o.watched].some((el) => el.hasAttribute("data-sheet"));
const sheetsObserver = () => HandIntersectionObserver.all.find(watchesSheets)!;
const chunksObserver = () => HandIntersectionObserver.all.find((o) => !watchesSheets(o))!;

test("one long sheet lists only the tables near the view, and the rest as they come into view", () => {
  renderFindingGroups(oneSheetList());
  act(() => sheetsObserver().show([BOOK_SHEET]));
  // The sheet's chunks of tables are watched by a second observer; at first none is near.
  const chunks = chunksObserver();
  act(() => chunks.showNth([0]));
  const first = texts();
  expect(first.length).toBeGreaterThan(0);
  expect(first.length).toBeLessThan(TABLES * PER_SHEET / 4);
  expect(first[0]).toBe("alue 1.0");
  // Scrolled to the end: the last table is listed, the first no longer.
  act(() => chunks.showNth([chunks.watched.size - 1]));
  const last = texts();
  expect(last).toContain(`alue ${TABLES}.${PER_SHEET - 1}`);
  expect(last).not.toContain("alue 1.0");
  expect(screen.getAllByTestId("finding-chunk-pending").length).toBeGreaterThan(0);
});

test("the current finding at the far end of one long sheet is listed, so the stepper can focus it", () => {
  const findings = oneSheetList();
  renderFindingGroups(findings, findingKey(findings[findings.length - 1]));
  act(() => sheetsObserver().show([BOOK_SHEET]));
  act(() => chunksObserver().showNth([0]));
  const current = screen.getAllByTestId("finding").find((li) => li.hasAttribute("data-current"));
  expect(current).toHaveTextContent(`alue ${TABLES}.${PER_SHEET - 1}`);
  expect(texts()).toContain("alue 1.0");
});

/** jsdom measures nothing: the test says how tall each watched element is (a chunk's findings × 100 px, plus `extra`). */
class HandResizeObserver extends HandObserver<ResizeObserverCallback> {
  static all: HandResizeObserver[] = [];
  constructor(callback: ResizeObserverCallback) {
    super(callback);
    HandResizeObserver.all.push(this);
  }
  measureAll(extra: number) {
    const entries = [...this.watched].map((target) => ({ target, contentRect: { height: target.querySelectorAll('[data-testid="finding"]').length * 100 + extra } }));
    this.callback(entries as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver);
  }
}

test("opening a table's notes in one long sheet keeps the room measured for the chunks out of view", () => {
  const g = globalThis as unknown as { ResizeObserver: unknown };
  const polyfill = g.ResizeObserver;
  g.ResizeObserver = HandResizeObserver;
  HandResizeObserver.all = [];
  try {
    // Each table with a note, so each has a notes toggle.
    const findings = oneSheetList().flatMap((f, i) => (i % PER_SHEET === 0 ? [f, makeFinding({ ...f, severity: "info", cell: `D${f.cell.slice(1)}`, parts: said(`huom ${f.area}`) })] : [f]));
    const { setOpenNotes } = renderFindingGroups(findings);
    act(() => sheetsObserver().show([BOOK_SHEET]));
    const chunks = chunksObserver();
    // The first chunk drawn and measured (tall: 5 000 px more than its findings), then scrolled past.
    act(() => chunks.showNth([0]));
    act(() => HandResizeObserver.all.forEach((o) => o.measureAll(5000)));
    act(() => chunks.showNth([2]));
    act(() => HandResizeObserver.all.forEach((o) => o.measureAll(0)));
    const room = () => screen.getAllByTestId("finding-chunk-pending")[0].style.height;
    const before = room();
    expect(before).toMatch(/^\d{4,}px$/);
    // A table in view opens its notes: the first chunk keeps the room it was measured at.
    const table = screen.getAllByTestId("finding-table")[0].getAttribute("data-table")!;
    act(() => setOpenNotes(new Set([table])));
    expect(screen.getAllByTestId("finding").some((li) => li.textContent?.includes("huom"))).toBe(true);
    expect(room()).toBe(before);
  } finally {
    g.ResizeObserver = polyfill;
  }
});

/** The room kept for each sheet or chunk not drawn, top to bottom. */
const rooms = (testId: string) => screen.queryAllByTestId(testId).map((el) => el.style.height);

test("while searching, a far sheet keeps room for the consequences listed under its cause, as for as many findings of its own", () => {
  // Every sheet lists 5 findings: 5 errors, or one cause with its 4 consequences listed under it.
  const findings = longList().flatMap((f, i) => {
    const s = Math.floor(i / PER_SHEET);
    if (s % 2 === 0) return [f];
    const r = i % PER_SHEET;
    if (r > 0) return [{ ...f, consequenceOf: "B1" }];
    return [{ ...f, cause: { sheet: f.sheet, cell: "B1", actual: "1", suggested: "2", resolves: PER_SHEET - 1, parts: said("syy B1") } }];
  });
  renderFindingGroups(findings, undefined, { unfolded: true });
  act(() => sheetsObserver().show([sheetName(1)]));
  // 200 findings listed: too many to draw all (counting only the causes, 120, drew them all).
  const pending = rooms("finding-sheet-pending");
  expect(pending).toHaveLength(SHEETS - 1);
  expect(new Set(pending).size).toBe(1);
});

test("while searching, a long sheet's chunks out of view keep room for the notes and consequences they list", () => {
  // Each table lists 6 findings: 6 errors; 5 and a note (no toggle while searching); or 5, one a cause with a consequence under it.
  const findings: Finding[] = [];
  for (let a = 1; a <= TABLES; a++) {
    const at = (r: number, more: Partial<Finding> = {}) => makeFinding({ sheet: BOOK_SHEET, area: `Alue ${a}`, cell: `C${a * 100 + r}`, parts: said(`alue ${a}.${r}`), ...more });
    const kind = a % 4; // 0 and 3: errors only; 1: a note; 2: a cause
    for (let r = 0; r < 5; r++) findings.push(r === 0 && kind === 2 ? at(r, { cause: { sheet: BOOK_SHEET, cell: `B${a}`, actual: "1", suggested: "2", resolves: 1, parts: said("syy") } }) : at(r));
    findings.push(kind === 1 ? at(5, { severity: "info" }) : kind === 2 ? at(5, { consequenceOf: `B${a}` }) : at(5));
  }
  renderFindingGroups(findings, undefined, { unfolded: true });
  act(() => sheetsObserver().show([BOOK_SHEET]));
  act(() => chunksObserver().showNth([0]));
  const pending = rooms("finding-chunk-pending");
  expect(pending.length).toBeGreaterThan(1);
  expect(new Set(pending).size).toBe(1);
});

test("while searching, a long table's findings out of view keep room for the consequences listed under them, as for findings of their own", () => {
  // One table: 40 causes, each with a consequence listed under it, then 150 errors of their own.
  const at = (r: number, more: Partial<Finding> = {}) => makeFinding({ sheet: BOOK_SHEET, area: "Alue 1", cell: `C${1000 + r}`, parts: said(`alue 1.${r}`), ...more });
  const findings: Finding[] = [];
  for (let r = 0; r < 40; r++) {
    findings.push(at(r, { cause: { sheet: BOOK_SHEET, cell: `B${r + 1}`, actual: "1", suggested: "2", resolves: 1, parts: said("syy") } }));
    findings.push(at(500 + r, { consequenceOf: `B${r + 1}` }));
  }
  for (let r = 100; r < 250; r++) findings.push(at(r));
  renderFindingGroups(findings, undefined, { unfolded: true });
  act(() => sheetsObserver().show([BOOK_SHEET]));
  const chunks = chunksObserver();
  // The table drawn, its findings' chunks not yet: the room kept for each, first to last.
  act(() => chunks.showNth([0]));
  const kept = screen.getAllByTestId("finding-chunk-pending").map((el) => parseFloat(el.style.height));
  // The first chunk (causes and their consequences) and the last (errors only) drawn: each finding listed was kept the same room.
  act(() => chunks.showNth([0, 1, chunks.watched.size - 1]));
  const drawn = [...chunks.watched]
    .filter((el) => el.getAttribute("role") === "none" && !el.hasAttribute("data-testid"))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  expect(drawn).toHaveLength(2);
  const perFinding = (room: number, el: Element) => room / el.querySelectorAll('[data-testid="finding"]').length;
  expect(perFinding(kept[0], drawn[0])).toBeCloseTo(perFinding(kept[kept.length - 1], drawn[1]));
});
