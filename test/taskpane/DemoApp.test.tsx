import "./polyfills";
import { render as rtlRender, screen, waitFor, within } from "@testing-library/react";
import userEventLib, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { Grid } from "../../src/core/grid";
import { DemoApp } from "../../src/taskpane/components/demo/DemoApp";
import { LoadedWorkbook } from "../../src/taskpane/demo/workbookFile";
import { ASUMINEN, TYOLLISYYS, paneWorkbook } from "./paneWorkbook";
import { NoCss, buttonByText } from "./render";

// The demo's theme, like the one render.tsx's Fluent wrapper leaves out: its ~400 custom properties
// sit in one rule matching the provider's element, an ancestor of everything shown, and jsdom's
// getComputedStyle copies them one by one, each copy rebuilding the declaration's whole text
// (quadratic: 60-100 ms a call on a loaded machine). Every role query and each of tabster's
// focus-sentinel updates asks for that element's style. jsdom draws nothing, so no test here
// depends on a colour.
jest.mock("@fluentui/react-components", () => ({ ...jest.requireActual("@fluentui/react-components"), webLightTheme: {}, webDarkTheme: {} }));

// Expected cells and figures come from how the small workbook was broken (see paneWorkbook).
const book = paneWorkbook();
const grids: Grid[] = book.grids;
const [asuminenError, tyollisyysError] = book.errors;
beforeEach(() => window.localStorage.clear());

const userEvent = {
  setup: (options: Parameters<typeof userEventLib.setup>[0] = {}) => userEventLib.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never, ...options }),
};

function render(ui: React.ReactElement) {
  return rtlRender(<NoCss>{ui}</NoCss>);
}

function renderDemo(loadSample: () => Promise<LoadedWorkbook>, loadFile = jest.fn<Promise<LoadedWorkbook>, [File]>()) {
  render(<DemoApp initialLang="fi" loadSample={loadSample} loadFile={loadFile} readDelayMs={0} />);
  return { loadFile };
}

/**
 * The sheet tabs' list, by its label: a role query would compute the style of each of its
 * ancestors (whether one hides it), ~15 ms apiece in jsdom; its role is asserted where it is checked.
 */
function sheetTabs(): HTMLElement {
  return screen.getByLabelText("Välilehdet", { selector: '[role="tablist"]' });
}

/**
 * A sheet tab by its sheet. Without Fluent's CSS (see render.tsx) a Tab's hidden "reserved space"
 * copy of its label counts in the accessible name, so tabs are found by their value.
 */
function sheetTab(sheet: string): HTMLElement {
  const tab = sheetTabs().querySelector<HTMLElement>(`[role="tab"][value="${sheet}"]`);
  if (!tab) throw new Error(`no sheet tab ${sheet}`);
  return tab;
}

// Role queries over the whole page would walk every grid cell; the pane is where the buttons are.
function paneElement(): HTMLElement {
  const aside = document.querySelector("aside");
  if (!aside) throw new Error("the task pane is not shown");
  return aside;
}

function pane() {
  return within(paneElement());
}

async function findPane() {
  await screen.findByTestId("sheet-grid");
  return paneElement();
}

function grid() {
  return screen.getByTestId("sheet-grid");
}

test("shows the sample's sheets as tabs and the first sheet as a grid with letters and row numbers", async () => {
  renderDemo(async () => ({ name: "sample.xlsx", grids }));
  await screen.findByTestId("sheet-grid");
  const tabs = screen.getByRole("tablist", { name: "Välilehdet" });
  expect(within(tabs).getAllByRole("tab")).toHaveLength(grids.length);
  for (const g of grids) expect(sheetTab(g.sheet)).toHaveTextContent(g.sheet);
  expect(grid()).toHaveAttribute("data-sheet", grids[0].sheet);
  // Asked of the head row and the first row: over the whole grid, each query computes the name of
  // every header cell (all row numbers), a style computation per cell.
  expect(within(grid().querySelector("thead")!).getByRole("columnheader", { name: "A" })).toBeInTheDocument();
  expect(within(grid().querySelector("tbody tr")!).getByRole("rowheader", { name: "1" })).toBeInTheDocument();
});

test("a finding chosen in the pane is selected in the grid and shown in the formula bar", async () => {
  const user = userEvent.setup({ delay: null });
  renderDemo(async () => ({ name: "sample.xlsx", grids }));
  await user.click(buttonByText("Tarkista työkirja", await findPane()));
  await pane().findByTestId("check-summary");
  const target = tyollisyysError;
  await user.click(pane().getAllByTitle(`Siirry soluun ${target.sheet}!${target.cell}`)[0]);
  expect(grid()).toHaveAttribute("data-sheet", target.sheet);
  const cell = grid().querySelector(`td[data-cell="${target.cell}"]`);
  expect(cell).toHaveAttribute("data-selected", "true");
  expect(screen.getByTestId("name-box")).toHaveTextContent(target.cell);
  expect(sheetTab(target.sheet)).toHaveAttribute("aria-selected", "true");
  // The lines the total was computed from are outlined beside the selection.
  const column = target.cell.replace(/\d+$/, "");
  const row = Number(target.cell.replace(/^[A-Z]+/, ""));
  const outlined = [...grid().querySelectorAll("td[data-related]")].map((td) => td.getAttribute("data-cell"));
  expect(outlined).toEqual([row - 3, row - 2, row - 1].map((r) => `${column}${r}`));
});

test("clicking a grid cell selects it; the summary sheet shows formulas and computed values", async () => {
  const user = userEvent.setup({ delay: null });
  renderDemo(async () => ({ name: "sample.xlsx", grids }));
  await screen.findByTestId("sheet-grid");
  await user.click(grid().querySelector('td[data-cell="A1"]')!);
  expect(screen.getByTestId("name-box")).toHaveTextContent("A1");

  await user.click(buttonByText("Luo määrärahayhteenveto", paneElement()));
  await pane().findByText("Luotiin välilehti ”Määrärahat yhteenveto”.");
  expect(sheetTab("Määrärahat yhteenveto")).toHaveAttribute("aria-selected", "true");
  // MENOT of Asuminen in TA 2024 is a live reference to its TOIMINTAKULUT total, computed from the formula.
  const formulaCell = grid().querySelector<HTMLElement>(`td[data-formula="=${ASUMINEN}!${asuminenError.cell}"]`)!;
  expect(formulaCell).not.toBeNull();
  expect(formulaCell.title).toBe(formulaCell.dataset.formula);
  expect(formulaCell.textContent).toBe("-2\u00a0308\u00a0860");
  expect(asuminenError.actual).toBe(-2308860);
  // The chart Excel would draw on the summary, from the same range: both areas, six series.
  const chart = screen.getByTestId("sheet-chart");
  expect(chart.querySelector("figcaption")?.textContent).toBe(grid().querySelector('td[data-cell="A1"]')?.textContent);
  expect(chart.querySelectorAll("rect")).toHaveLength(2 * 6);
  expect(chart).toHaveTextContent("NETTOMENO TA 2024");
  await user.click(formulaCell);
  expect(screen.getByTestId("formula-content")).toHaveTextContent(formulaCell.dataset.formula!);
  expect(screen.getByTestId("formula-expected").textContent).toBe(`Laskettu arvo: ${formulaCell.textContent}`);
});

test("marked cells carry their severity in the grid and lose it when marks are cleared", async () => {
  const user = userEvent.setup({ delay: null });
  renderDemo(async () => ({ name: "sample.xlsx", grids }));
  await user.click(buttonByText("Tarkista työkirja", await findPane()));
  await pane().findByTestId("check-summary");
  await user.click(buttonByText("Merkitse", paneElement()));
  await pane().findByText("Merkittyjä soluja: 3.");
  await user.click(sheetTab(TYOLLISYYS));
  await waitFor(() => expect(grid().querySelectorAll("td[data-marked]")).toHaveLength(2));
  expect(grid().querySelector(`td[data-cell="${tyollisyysError.cell}"]`)).toHaveAttribute("data-marked", "error");
  await user.click(buttonByText(/Poista merkinnät/, paneElement()));
  await pane().findByText("Merkittyjä soluja: 0.");
  expect(grid().querySelectorAll("td[data-marked]")).toHaveLength(0);
});

test("explanations persist in the browser for the same file name", async () => {
  const user = userEvent.setup({ delay: null });
  const load = async () => ({ name: "sample.xlsx", grids });
  const { unmount } = render(<DemoApp initialLang="fi" loadSample={load} loadFile={jest.fn()} readDelayMs={0} />);
  await user.click(buttonByText("Tarkista työkirja", await findPane()));
  await pane().findByTestId("check-summary");
  const item = pane().getAllByTestId("finding")[0];
  // Text queries: a role query computes the style of each ancestor (whether one hides it), slowly in jsdom.
  await user.click(item.querySelector<HTMLElement>('button[aria-label^="Selitä havainto"]')!);
  await user.click(within(item).getByText("pyöristysero", { selector: "button" }));
  await user.click(within(item).getByText("Hyväksy selityksellä", { selector: "button" }));
  await pane().findByText("Selitys tallennettu työkirjaan.");
  unmount();

  render(<DemoApp initialLang="fi" loadSample={load} loadFile={jest.fn()} readDelayMs={0} />);
  await user.click(buttonByText("Tarkista työkirja", await findPane()));
  await pane().findByTestId("check-summary");
  expect(within(pane().getByTestId("explained-list")).getByTestId("explanation-comment")).toHaveTextContent("pyöristysero");
});

test("a file that is not .xlsx is refused with its name; a failed load keeps the open workbook", async () => {
  const user = userEvent.setup({ delay: null, applyAccept: false });
  const { loadFile } = renderDemo(async () => ({ name: "sample.xlsx", grids }));
  await screen.findByTestId("sheet-grid");
  await user.upload(screen.getByTestId("file-input"), new File(["x"], "budjetti.ods"));
  expect(await screen.findByRole("alert")).toHaveTextContent("Tiedosto budjetti.ods ei ole .xlsx-työkirja.");
  expect(loadFile).not.toHaveBeenCalled();

  loadFile.mockRejectedValueOnce(new Error("Tiedosto on vioittunut"));
  await user.upload(screen.getByTestId("file-input"), new File(["x"], "rikki.xlsx"));
  expect(await screen.findByRole("alert")).toHaveTextContent("Työkirjan lataus epäonnistui: Tiedosto on vioittunut");
  expect(screen.getByTestId("workbook-name")).toHaveTextContent("sample.xlsx");
});

test("a picked workbook replaces the sample", async () => {
  const user = userEvent.setup({ delay: null });
  const picked: Grid = { sheet: "Oma", originRow: 0, originCol: 0, values: [["Oma taulukko"]] };
  const { loadFile } = renderDemo(async () => ({ name: "sample.xlsx", grids }));
  loadFile.mockResolvedValue({ name: "oma.xlsx", grids: [picked] });
  await screen.findByTestId("sheet-grid");
  await user.upload(screen.getByTestId("file-input"), new File(["x"], "oma.xlsx"));
  await waitFor(() => expect(screen.getByTestId("workbook-name")).toHaveTextContent("oma.xlsx"));
  expect(within(sheetTabs()).getAllByRole("tab")).toHaveLength(1);
  expect(sheetTab("Oma")).toBeInTheDocument();
  expect(grid()).toHaveTextContent("Oma taulukko");
});

test("a workbook picked while the sample still loads stays open when the sample arrives later", async () => {
  const user = userEvent.setup({ delay: null });
  const picked: Grid = { sheet: "Oma", originRow: 0, originCol: 0, values: [["Oma taulukko"]] };
  let sampleArrives: (w: LoadedWorkbook) => void = () => undefined;
  const { loadFile } = renderDemo(() => new Promise<LoadedWorkbook>((resolve) => (sampleArrives = resolve)));
  loadFile.mockResolvedValue({ name: "oma.xlsx", grids: [picked] });
  await user.upload(screen.getByTestId("file-input"), new File(["x"], "oma.xlsx"));
  await waitFor(() => expect(screen.getByTestId("workbook-name")).toHaveTextContent("oma.xlsx"));
  sampleArrives({ name: "sample.xlsx", grids });
  // Give the sample's late answer its turn, then the picked workbook must still be the one open.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await waitFor(() => expect(screen.queryByText("Ladataan työkirjaa…")).toBeNull());
  expect(screen.getByTestId("workbook-name")).toHaveTextContent("oma.xlsx");
  expect(sheetTab("Oma")).toBeInTheDocument();
});

test("while a picked workbook loads, the open one takes no input, and has it back if the load fails", async () => {
  const user = userEvent.setup({ delay: null });
  const { loadFile } = renderDemo(async () => ({ name: "sample.xlsx", grids }));
  let fail: (e: Error) => void = () => undefined;
  loadFile.mockImplementation(() => new Promise<LoadedWorkbook>((_, reject) => (fail = reject)));
  await findPane();
  const layout = () => document.querySelector("main") as HTMLElement;
  expect(layout().inert).toBe(false);
  await user.upload(screen.getByTestId("file-input"), new File(["x"], "iso.xlsx"));
  await waitFor(() => expect(layout().inert).toBe(true));
  expect(layout()).toHaveAttribute("aria-busy", "true");
  fail(new Error("Tiedosto on vioittunut"));
  expect(await screen.findByRole("alert")).toHaveTextContent("Tiedosto on vioittunut");
  expect(layout().inert).toBe(false);
  expect(layout()).not.toHaveAttribute("aria-busy");
  expect(screen.getByTestId("workbook-name")).toHaveTextContent("sample.xlsx");
});

test("when the sample cannot be loaded the demo says why and still offers the file picker", async () => {
  renderDemo(async () => {
    throw new Error("sample.xlsx: HTTP 404");
  });
  expect(await screen.findByRole("alert")).toHaveTextContent("Työkirjan lataus epäonnistui: sample.xlsx: HTTP 404");
  expect(buttonByText("Avaa .xlsx-tiedosto")).toBeEnabled();
});
