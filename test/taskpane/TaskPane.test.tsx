import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { MemoryHost } from "../../src/hosts/memory";
import * as engine from "../../src/core/check";
import { ASUMINEN, TYOLLISYYS, paneWorkbook } from "./paneWorkbook";
import { buttonByText, renderPane, seedGrids } from "./render";

// Expected findings come from how paneWorkbook() was broken (two sums off, one by a rounding
// euro), never from checkWorkbook(): the pane is tested against what a reader of the sheet knows.
const book = paneWorkbook();
const [asuminenError, tyollisyysError] = book.errors;
const [tyollisyysNote] = book.notes;

function newHost(): MemoryHost {
  return new MemoryHost(book.grids);
}

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByText(/Tarkista työkirja|Tarkista uudelleen|Check workbook|Check again/, { selector: "button" }));
  return screen.findByTestId("check-summary");
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

/** The cells of the open findings as listed, `Sheet!A1`, top to bottom. */
function listedCells(): string[] {
  return openItems().map((li) => {
    const title = li.querySelector("button[title]")?.getAttribute("title") ?? "";
    return title.replace(/^Siirry soluun |^Go to /, "");
  });
}

function user() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

test("a check reads the workbook once, says how many errors there are and where, and takes the focus", async () => {
  const u = user();
  const host = newHost();
  const read = jest.spyOn(host, "readGrids");
  renderPane(host);
  const summary = await runCheck(u);
  expect(read).toHaveBeenCalledTimes(1);
  expect(summary).toHaveTextContent("2 virhettä, 0 varoitusta, 1 huomio; 0 selitettyä");
  expect(within(summary).getByTestId("check-where")).toHaveTextContent(`2 virhettä välilehdillä: ${ASUMINEN}, ${TYOLLISYYS}.`);
  await waitFor(() => expect(document.activeElement).toBe(summary));
  const badges = screen.getByTestId("severity-counts");
  expect(within(badges).getByText("Virheet: 2")).toBeInTheDocument();
  expect(within(badges).getByText("Huomiot: 1")).toBeInTheDocument();
  expect(screen.getByText("Avoimet havainnot (3)", { selector: "h2" })).toBeInTheDocument();
});

test("errors come first in each table; notes are folded with their count until asked for", async () => {
  const u = user();
  renderPane(newHost());
  await runCheck(u);
  // The engine reports Työllisyys's note (TP 2022) before its error (TPE 2023); the pane turns that round.
  expect(listedCells()).toEqual([`${ASUMINEN}!${asuminenError.cell}`, `${TYOLLISYYS}!${tyollisyysError.cell}`]);
  const toggle = screen.getByTestId("notes-toggle");
  expect(toggle).toHaveTextContent("Näytä 1 huomio");
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await u.click(toggle);
  expect(listedCells()).toEqual([`${ASUMINEN}!${asuminenError.cell}`, `${TYOLLISYYS}!${tyollisyysError.cell}`, `${TYOLLISYYS}!${tyollisyysNote.cell}`]);
  expect(openItems()[2]).toHaveAttribute("data-severity", "info");
});

test("a sheet's findings fold under its heading", async () => {
  const u = user();
  renderPane(newHost());
  await runCheck(u);
  const heading = within(screen.getAllByTestId("finding-sheet")[0]).getByRole("button", { name: new RegExp(ASUMINEN) });
  expect(heading).toHaveAttribute("aria-expanded", "true");
  await u.click(heading);
  expect(heading).toHaveAttribute("aria-expanded", "false");
  expect(listedCells()).toEqual([`${TYOLLISYYS}!${tyollisyysError.cell}`]);
});

test("going to a finding selects its cell, shows the cells it was computed from, and each can be selected", async () => {
  const u = user();
  const host = newHost();
  renderPane(host);
  await runCheck(u);
  const item = openItems()[0];
  // Focusing a finding tells its sheet's list which sheet has the keyboard: a state update, so inside act.
  act(() => within(item).getByTitle(`Siirry soluun ${ASUMINEN}!${asuminenError.cell}`).focus());
  await u.keyboard("{Enter}");
  // The total's lines sit right above it in the same column.
  const column = asuminenError.cell.replace(/\d+$/, "");
  const row = Number(asuminenError.cell.replace(/^[A-Z]+/, ""));
  const lines = `${column}${row - 3}:${column}${row - 1}`;
  expect(host.snapshot().selection).toEqual({ sheet: ASUMINEN, range: asuminenError.cell, related: [lines] });
  const evidence = within(openItems()[0]).getByTestId("evidence");
  expect(evidence).toHaveTextContent(`Laskettu soluista: ${lines}`);
  await u.click(within(evidence).getByRole("button", { name: `Valitse ${lines}` }));
  expect(host.snapshot().selection).toEqual({ sheet: ASUMINEN, range: lines });
});

test("Previous and Next step through the findings, notes included, also from the keyboard", async () => {
  const u = user();
  const host = newHost();
  renderPane(host);
  await runCheck(u);
  const stepper = screen.getByTestId("finding-stepper");
  const next = within(stepper).getByRole("button", { name: "Seuraava" });
  await u.click(next);
  expect(host.snapshot().selection?.range).toBe(asuminenError.cell);
  expect(within(stepper).getByTestId("step-position")).toHaveTextContent("1/3");
  await u.click(next);
  expect(host.snapshot().selection).toMatchObject({ sheet: TYOLLISYYS, range: tyollisyysError.cell });
  // The folded note opens when the step reaches it; the keyboard goes along.
  await u.keyboard("{Alt>}{PageDown}{/Alt}");
  expect(host.snapshot().selection).toMatchObject({ sheet: TYOLLISYYS, range: tyollisyysNote.cell });
  expect(within(stepper).getByTestId("step-position")).toHaveTextContent("3/3");
  await waitFor(() => expect(document.activeElement?.getAttribute("title")).toBe(`Siirry soluun ${TYOLLISYYS}!${tyollisyysNote.cell}`));
  expect(next).toBeDisabled();
  await u.keyboard("{Alt>}{PageUp}{/Alt}");
  expect(host.snapshot().selection?.range).toBe(tyollisyysError.cell);
});

test("the overview shows each sheet's tables coloured by their worst open finding and leads to them", async () => {
  const u = user();
  const host = newHost();
  renderPane(host);
  await runCheck(u);
  const overview = screen.getByTestId("overview");
  const sheets = within(overview).getAllByRole("button");
  expect(sheets.map((b) => b.getAttribute("data-sheet"))).toEqual([ASUMINEN, TYOLLISYYS]);
  // Asuminen's käyttötalous has the error; its other tables are clean.
  expect(within(sheets[0]).getByText(/^Käyttötalous: 1 virhe$/)).toHaveAttribute("data-worst", "error");
  expect(within(sheets[0]).getByText(/^Määrärahat: kunnossa$/)).toHaveAttribute("data-worst", "clean");
  expect(within(sheets[1]).getByText(/^Käyttötalous: 1 virhe, 1 huomio$/)).toHaveAttribute("data-worst", "error");
  await u.click(sheets[1]);
  expect(host.snapshot().selection).toMatchObject({ sheet: TYOLLISYYS, range: tyollisyysError.cell });
});

test("filters by severity and by rule", async () => {
  const u = user();
  renderPane(newHost());
  await runCheck(u);
  await u.click(screen.getByTestId("notes-toggle"));
  await u.click(screen.getByLabelText("Virheet (2)"));
  expect(openItems().map((li) => li.getAttribute("data-severity"))).toEqual(["info"]);
  await u.click(screen.getByLabelText("Virheet (2)"));
  expect(openItems()).toHaveLength(3);
  await u.click(screen.getByLabelText("Sääntö"));
  const options = within(openListbox()).getAllByRole("menuitemcheckbox");
  // All three findings are sum findings: one rule, named in words rather than by its id.
  expect(options).toHaveLength(1);
  expect(options[0]).not.toHaveTextContent(/^sum$/);
});

test("an explanation is saved in the workbook, focus moves to the next open finding, and it can be reopened", async () => {
  const u = user();
  const host = newHost();
  const save = jest.spyOn(host, "saveState");
  const first = renderPane(host);
  await runCheck(u);
  const item = openItems()[0];
  // Buttons by their label or text, not by role: a role query computes, through jsdom's slow
  // getComputedStyle, whether each ancestor up to the page is hidden (~60 calls a query here).
  await u.click(within(item).getByLabelText(`Selitä havainto ${asuminenError.cell}`, { selector: "button" }));
  await u.click(buttonByText("Hyväksy selityksellä", item));
  expect(within(item).getByText("Kirjoita lyhyt selitys.")).toBeInTheDocument();
  expect(save).not.toHaveBeenCalled();
  // One paste rather than a keystroke per letter: the pane re-renders on each input event.
  await u.click(within(item).getByLabelText(/Selitys/, { selector: "textarea, input" }));
  await u.paste("pyöristysero");
  await u.click(buttonByText("Hyväksy selityksellä", item));

  await waitFor(() => expect(listedCells()).toEqual([`${TYOLLISYYS}!${tyollisyysError.cell}`]));
  const stored = save.mock.calls[save.mock.calls.length - 1][0];
  expect(Object.values(stored.explanations ?? {}).map((e) => e.comment)).toEqual(["pyöristysero"]);
  await waitFor(() => expect(document.activeElement?.getAttribute("title")).toBe(`Siirry soluun ${TYOLLISYYS}!${tyollisyysError.cell}`));
  const explained = screen.getByTestId("explained-list");
  expect(within(explained).getByText("Selitetyt havainnot (1)", { selector: "h2" })).toBeInTheDocument();

  // A new task pane on the same workbook (as after reopening the file) finds it still explained.
  first.unmount();
  renderPane(host);
  await runCheck(u);
  expect(listedCells()).toEqual([`${TYOLLISYYS}!${tyollisyysError.cell}`]);
  const again = screen.getByTestId("explained-list");
  expect(within(again).getByTestId("explanation-comment")).toHaveTextContent("pyöristysero");
  await u.click(within(again).getByLabelText(`Avaa havainto ${asuminenError.cell} uudelleen`, { selector: "button" }));
  await waitFor(() => expect(listedCells()).toHaveLength(2));
  expect((await host.loadState()).explanations).toEqual({});
});

test("Mark marks the shown findings' cells and Clear marks removes them", async () => {
  const u = user();
  const host = newHost();
  renderPane(host);
  await runCheck(u);
  await u.click(buttonByText("Merkitse"));
  await screen.findByText("Merkittyjä soluja: 3.");
  const marks = host.snapshot().marks;
  expect(marks.get(`${ASUMINEN}!${asuminenError.cell}`)?.severity).toBe("error");
  expect(marks.get(`${TYOLLISYYS}!${tyollisyysNote.cell}`)?.severity).toBe("info");
  await u.click(buttonByText(/Poista merkinnät/));
  await screen.findByText("Merkittyjä soluja: 0.");
  expect(await host.markedCount()).toBe(0);
});

test("switching the language re-words the pane, the findings, the figures and the last message", async () => {
  const u = user();
  const host = newHost();
  renderPane(host);
  await runCheck(u);
  await u.click(buttonByText("Merkitse"));
  await screen.findByText("Merkittyjä soluja: 3.");
  const finnish = openItems()[0].textContent;
  // The findings are data: the new language words them again, the workbook is not checked again.
  const checks = jest.spyOn(engine, "checkWorkbook");
  await u.click(screen.getByLabelText("Kieli"));
  await u.click(within(openListbox()).getByText("English"));
  expect(await screen.findByText("Check again", { selector: "button" })).toBeInTheDocument();
  expect(checks).not.toHaveBeenCalled();
  checks.mockRestore();
  expect(screen.getAllByText("Settings", { selector: "[role=tab] *" }).length).toBeGreaterThan(0);
  expect(screen.queryAllByText("Asetukset")).toHaveLength(0);
  expect(screen.queryByText("Merkittyjä soluja: 3.")).not.toBeInTheDocument();
  expect(screen.getByTestId("check-where")).toHaveTextContent(`2 errors on the sheets ${ASUMINEN}, ${TYOLLISYYS}.`);
  // -2 308 860 in English figures, with the English word for the actual value.
  const item = openItems()[0];
  expect(item).toHaveTextContent(`Actual ${asuminenError.actual.toLocaleString("en-GB")}`);
  expect(item.textContent).not.toBe(finnish);
  expect(item).toHaveTextContent(/ is -?[\d,]+, but /);
  expect((await host.loadState()).settings?.lang).toBe("en");
});

test("the summary sheet is updated, not duplicated, and a user's sheet of the same name is never touched", async () => {
  const u = user();
  // The user already has a sheet called like the summary: it must stay as it is.
  const own = { sheet: "Määrärahat yhteenveto", originRow: 0, originCol: 0, values: [["oma muistiinpano"]] };
  const host = new MemoryHost([...book.grids, own]);
  renderPane(host);
  await u.click(buttonByText("Luo määrärahayhteenveto"));
  await screen.findByText("Luotiin välilehti ”Määrärahat yhteenveto (2)”.");
  const created = () => host.snapshot().sheets.filter((s) => s.created);
  expect(created().map((s) => s.name)).toEqual(["Määrärahat yhteenveto (2)"]);

  // Building again asks; updating rewrites the add-in's own sheet in place.
  await u.click(buttonByText("Luo määrärahayhteenveto"));
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog).toHaveTextContent("Määrärahat yhteenveto (2)");
  // Fluent keeps the surface aria-hidden until its opening motion ends, which jsdom never runs.
  await u.click(within(dialog).getByText("Päivitä ”Määrärahat yhteenveto (2)”", { selector: "button" }));
  await screen.findByText("Päivitettiin välilehti ”Määrärahat yhteenveto (2)”.");
  expect(created().map((s) => s.name)).toEqual(["Määrärahat yhteenveto (2)"]);
  expect(host.snapshot().sheets.find((s) => s.name === "Määrärahat yhteenveto")?.grid.values).toEqual([["oma muistiinpano"]]);

  // Or a new sheet beside it, when asked for.
  await u.click(buttonByText("Luo määrärahayhteenveto"));
  await u.click(within(await screen.findByRole("alertdialog")).getByText("Luo uusi välilehti", { selector: "button" }));
  await screen.findByText("Luotiin välilehti ”Määrärahat yhteenveto (3)”.");
  expect(created().map((s) => s.name)).toEqual(["Määrärahat yhteenveto (2)", "Määrärahat yhteenveto (3)"]);
});

test("a host that fails to read shows the reason instead of findings", async () => {
  const u = user();
  const host = newHost();
  jest.spyOn(host, "readGrids").mockRejectedValue(new Error("Työkirja on suojattu"));
  renderPane(host);
  await u.click(buttonByText("Tarkista työkirja"));
  expect(await screen.findByRole("alert")).toHaveTextContent("Tarkistus epäonnistui: Työkirja on suojattu");
  expect(screen.queryByTestId("open-findings")).not.toBeInTheDocument();
});

test("the management cost tab asks for a check first, then shows the allocation and writes its sheet", async () => {
  const u = user();
  // The founding document has management-cost keys in its unit headings; the small book has none.
  const host = new MemoryHost(seedGrids());
  renderPane(host);
  await u.click(screen.getAllByText("Johtaminen", { selector: "[role=tab] *" })[0]);
  expect(screen.getByText(/Tarkista työkirja ensin/)).toBeInTheDocument();
  await u.click(buttonByText("Tarkista työkirja"));
  await u.click(await screen.findByText("Luo kohdistustaulukko", { selector: "button" }));
  await screen.findByText(/Kohdistustaulukko luotiin välilehdelle/);
  const created = host.snapshot().sheets.filter((s) => s.created);
  expect(created).toHaveLength(1);
  expect(created[0].created!.cells.some((c) => c.formula)).toBe(true);
});

test("export: the report is copied to the clipboard and downloaded as CSV for Finnish Excel", async () => {
  const u = user();
  const writeText = jest.fn(async (_: string) => undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  const blobs: Blob[] = [];
  Object.defineProperty(URL, "createObjectURL", { value: jest.fn((b: Blob) => (blobs.push(b), "blob:report")), configurable: true });
  Object.defineProperty(URL, "revokeObjectURL", { value: jest.fn(), configurable: true });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  try {
    renderPane(newHost());
    await runCheck(u);

    await u.click(buttonByText("Vie raportti"));
    await u.click(await screen.findByText("Kopioi leikepöydälle"));
    await screen.findByText("Raportti kopioitu leikepöydälle.");
    const lines = writeText.mock.calls[0][0].replace(/\r\n$/, "").split("\r\n");
    expect(lines[0].split("\t")[0]).toBe("Tila");
    expect(lines).toHaveLength(1 + 3);

    await u.click(buttonByText("Vie raportti"));
    await u.click(await screen.findByText("Lataa CSV"));
    await screen.findByText(/Raportti ladattu: budjettitarkistus-\d{4}-\d\d-\d\d\.csv\./);
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
    expect(text.replace(/^\ufeff/, "").startsWith("Tila;Vakavuus;")).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(1 + 3);
  } finally {
    click.mockRestore();
  }
});
