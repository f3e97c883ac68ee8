import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { Finding, countBySeverity, findingKey } from "../../src/core/findings";
import { Grid } from "../../src/core/grid";
import { MemoryHost } from "../../src/hosts/memory";
import { findingFigure } from "../../src/core/format";
import { buttonByText, renderPane, seedGrids } from "./render";

// A full pane of findings in jsdom is slow on a busy machine; the checks themselves are quick.
jest.setTimeout(90_000);

let grids: Grid[];
let expected: Finding[];

beforeAll(() => {
  grids = seedGrids();
  expected = checkWorkbook(grids, { lang: "fi" }).findings;
});

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByText(/Tarkista työkirja|Tarkista uudelleen|Check workbook|Check again/, { selector: "button" });
  await user.click(buttonByText(/Tarkista työkirja|Tarkista uudelleen|Check workbook|Check again/));
  return screen.findByTestId("check-summary", {}, { timeout: 5000 });
}

/** A Dropdown's open list: `listbox` for single choice, `menu` of checkable items for multiselect. */
function openListbox(): HTMLElement {
  const list = document.querySelector<HTMLElement>('[role="listbox"], [role="menu"]');
  if (!list) throw new Error("no open listbox");
  return list;
}

function openItems() {
  return within(screen.getByTestId("open-findings")).queryAllByTestId("finding");
}

test("the seed has findings to show (the rules are wired into checkWorkbook)", () => {
  expect(expected.length).toBeGreaterThan(0);
});

test("check reads every sheet and shows the engine's counts by severity", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  const read = jest.spyOn(host, "readGrids");
  renderPane(host);
  const summary = await runCheck(user);
  expect(read).toHaveBeenCalledTimes(1);
  const counts = countBySeverity(expected);
  expect(summary).toHaveTextContent(`${counts.error} virhettä, ${counts.warning} varoitusta, ${counts.info} huomiota; 0 selitetty`);
  const badges = screen.getByTestId("severity-counts");
  expect(within(badges).getByText(`Virheet: ${counts.error}`)).toBeInTheDocument();
  expect(within(badges).getByText(`Varoitukset: ${counts.warning}`)).toBeInTheDocument();
  expect(within(badges).getByText(`Huomiot: ${counts.info}`)).toBeInTheDocument();
  expect(openItems()).toHaveLength(expected.length);
  expect(screen.getByText(`Avoimet havainnot (${expected.length})`, { selector: "h2" })).toBeInTheDocument();
});

test("a finding shows its row, column and figures in Finnish format", async () => {
  const user = userEvent.setup({ delay: null });
  renderPane(new MemoryHost(grids));
  await runCheck(user);
  const withFigures = expected.find((f) => f.actual && f.expected && f.row && f.column)!;
  expect(withFigures).toBeDefined();
  const item = openItems().find((li) => li.textContent?.includes(withFigures.message))!;
  expect(item).toBeDefined();
  expect(item).toHaveTextContent(withFigures.row!);
  expect(item).toHaveTextContent(withFigures.column!);
  expect(item).toHaveTextContent(`Arvo ${findingFigure(withFigures.actual, "fi")}`);
  expect(item).toHaveTextContent(`Odotettu ${findingFigure(withFigures.expected, "fi")}`);
});

test("Enter on a finding selects its sheet and cell in the workbook", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  const select = jest.spyOn(host, "select");
  renderPane(host);
  await runCheck(user);
  const target = expected[expected.length - 1];
  const item = openItems().find((li) => li.textContent?.includes(target.message) && li.textContent?.includes(target.cell))!;
  const goTo = within(item).getByTitle(`Siirry soluun ${target.sheet}!${target.cell}`);
  goTo.focus();
  await user.keyboard("{Enter}");
  expect(select).toHaveBeenCalledWith(target.sheet, target.cell);
  expect(host.snapshot().activeSheet).toBe(target.sheet);
  expect(host.snapshot().selection?.range).toBe(target.cell.split(":")[0] === target.cell ? target.cell : expect.any(String));
});

test("filters by severity and by rule", async () => {
  const user = userEvent.setup({ delay: null });
  renderPane(new MemoryHost(grids));
  await runCheck(user);
  const counts = countBySeverity(expected);
  const severe = (["error", "warning", "info"] as const).find((s) => counts[s] > 0)!;
  const label = { error: "Virheet", warning: "Varoitukset", info: "Huomiot" }[severe];
  await user.click(screen.getByLabelText(`${label} (${counts[severe]})`));
  expect(openItems()).toHaveLength(expected.length - counts[severe]);
  expect(openItems().every((li) => li.getAttribute("data-severity") !== severe)).toBe(true);
  await user.click(screen.getByLabelText(`${label} (${counts[severe]})`));
  expect(openItems()).toHaveLength(expected.length);

  const rule = expected[0].rule;
  await user.click(screen.getByLabelText("Sääntö"));
  await user.click(within(openListbox()).getByText(rule));
  const ofRule = expected.filter((f) => f.rule === rule).length;
  expect(openItems()).toHaveLength(ofRule);
  expect(openItems().every((li) => li.getAttribute("data-rule") === rule)).toBe(true);
});

test("an explanation is saved in the workbook and the finding stays explained on the next check", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  const save = jest.spyOn(host, "saveState");
  const first = renderPane(host);
  await runCheck(user);
  const target = expected[0];
  const item = openItems().find((li) => li.textContent?.includes(target.message))!;
  await user.click(within(item).getByRole("button", { name: `Selitä havainto ${target.cell}` }));
  await user.click(within(item).getByRole("button", { name: "Hyväksy selityksellä" }));
  expect(within(item).getByText("Kirjoita lyhyt selitys.")).toBeInTheDocument();
  expect(save).not.toHaveBeenCalled();
  await user.type(within(item).getByRole("textbox", { name: /Selitys/ }), "pyöristysero");
  await user.click(within(item).getByRole("button", { name: "Hyväksy selityksellä" }));

  await waitFor(() => expect(save).toHaveBeenCalled());
  const stored = save.mock.calls[save.mock.calls.length - 1][0];
  expect(stored.explanations?.[findingKey(target)]?.comment).toBe("pyöristysero");
  expect(openItems()).toHaveLength(expected.length - 1);
  const explained = screen.getByTestId("explained-list");
  expect(within(explained).getByText("Selitetyt havainnot (1)", { selector: "h2" })).toBeInTheDocument();
  expect(within(explained).getByTestId("explanation-comment")).toHaveTextContent("pyöristysero");

  // A new task pane on the same workbook (as after reopening the file) finds it still explained.
  first.unmount();
  renderPane(host);
  await runCheck(user);
  expect(openItems()).toHaveLength(expected.length - 1);
  const again = screen.getByTestId("explained-list");
  expect(within(again).getByTestId("explanation-comment")).toHaveTextContent("pyöristysero");

  // Reopening puts it back among the open findings and removes it from the workbook.
  await user.click(within(again).getByRole("button", { name: `Avaa havainto ${target.cell} uudelleen` }));
  await waitFor(() => expect(openItems()).toHaveLength(expected.length));
  expect((await host.loadState()).explanations).toEqual({});
});

test("Mark marks the shown findings' cells and Clear marks removes them", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  renderPane(host);
  await runCheck(user);
  await user.click(buttonByText("Merkitse"));
  const cells = new Set(expected.map((f) => `${f.sheet}!${f.cell}`));
  await screen.findByText(`Merkittyjä soluja: ${await host.markedCount()}.`);
  expect(await host.markedCount()).toBeGreaterThanOrEqual(Math.min(cells.size, 1));
  for (const key of cells) if (!key.includes(":")) expect(host.snapshot().marks.has(key)).toBe(true);
  await user.click(buttonByText(/Poista merkinnät/));
  await screen.findByText("Merkittyjä soluja: 0.");
  expect(await host.markedCount()).toBe(0);
});

test("switching the language re-words the pane, the findings and the figures", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  renderPane(host);
  await runCheck(user);
  await user.click(screen.getByLabelText("Kieli"));
  await user.click(within(openListbox()).getByText("English"));
  expect(await screen.findByText("Check again", { selector: "button" })).toBeInTheDocument();
  expect(screen.getAllByText("Settings", { selector: "[role=tab] *" }).length).toBeGreaterThan(0);
  expect(screen.queryAllByText("Asetukset")).toHaveLength(0);
  const english = checkWorkbook(grids, { lang: "en" }).findings;
  const withFigures = english.find((f) => f.actual && /\d{4}/.test(f.actual))!;
  const item = openItems().find((li) => li.textContent?.includes(withFigures.message))!;
  expect(item).toHaveTextContent(`Actual ${findingFigure(withFigures.actual, "en")}`);
  expect((await host.loadState()).settings?.lang).toBe("en");
});

test("the määrärahat summary becomes a new sheet with live formulas", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  renderPane(host);
  await user.click(buttonByText("Luo määrärahayhteenveto"));
  await screen.findByText("Luotiin välilehti ”Määrärahat yhteenveto”.", {}, { timeout: 5000 });
  const sheet = host.snapshot().sheets.find((s) => s.name === "Määrärahat yhteenveto")!;
  expect(sheet.created).toBeDefined();
  const formulas = sheet.created!.cells.filter((c) => c.formula);
  expect(formulas.some((c) => c.formula!.includes("'Asuminen ja ympäristö'!"))).toBe(true);
  // A second summary does not overwrite the first.
  await user.click(buttonByText("Luo määrärahayhteenveto"));
  await screen.findByText("Luotiin välilehti ”Määrärahat yhteenveto (2)”.");
});

test("a host that fails to read shows the reason instead of findings", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  jest.spyOn(host, "readGrids").mockRejectedValue(new Error("Työkirja on suojattu"));
  renderPane(host);
  await user.click(buttonByText("Tarkista työkirja"));
  expect(await screen.findByRole("alert")).toHaveTextContent("Tarkistus epäonnistui: Työkirja on suojattu");
  expect(screen.queryByTestId("open-findings")).not.toBeInTheDocument();
});

test("the management cost tab asks for a check first, then shows the allocation and writes its sheet", async () => {
  const user = userEvent.setup({ delay: null });
  const host = new MemoryHost(grids);
  renderPane(host);
  await user.click(screen.getAllByText("Johtamisen kustannukset", { selector: "[role=tab] *" })[0]);
  expect(screen.getByText(/Tarkista työkirja ensin/)).toBeInTheDocument();
  await user.click(buttonByText("Tarkista työkirja"));
  await user.click(await screen.findByText("Luo kohdistustaulukko", { selector: "button" }, { timeout: 5000 }));
  await screen.findByText(/Kohdistustaulukko luotiin välilehdelle/);
  const created = host.snapshot().sheets.filter((s) => s.created);
  expect(created).toHaveLength(1);
  expect(created[0].created!.cells.some((c) => c.formula)).toBe(true);
});

test("export: the report is copied to the clipboard and downloaded as CSV for Finnish Excel", async () => {
  const user = userEvent.setup({ delay: null });
  const writeText = jest.fn(async (_: string) => undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  const blobs: Blob[] = [];
  const createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return "blob:report";
  });
  Object.defineProperty(URL, "createObjectURL", { value: createObjectURL, configurable: true });
  Object.defineProperty(URL, "revokeObjectURL", { value: jest.fn(), configurable: true });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  try {
    renderPane(new MemoryHost(grids));
    await runCheck(user);

    await user.click(buttonByText("Vie raportti"));
    await user.click(await screen.findByText("Kopioi leikepöydälle"));
    await screen.findByText("Raportti kopioitu leikepöydälle.");
    const copied = writeText.mock.calls[0][0];
    const lines = copied.replace(/\r\n$/, "").split("\r\n");
    expect(lines[0].split("\t")[0]).toBe("Tila");
    expect(lines).toHaveLength(expected.length + 1);

    await user.click(buttonByText("Vie raportti"));
    await user.click(await screen.findByText("Lataa CSV"));
    await screen.findByText(/Raportti ladattu: budjettitarkistus-\d{4}-\d\d-\d\d\.csv\./);
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
    expect(text.startsWith("Tila;Vakavuus;")).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(expected.length + 1);
  } finally {
    click.mockRestore();
  }
});
