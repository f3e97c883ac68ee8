import { readFileSync } from "fs";
import path from "path";
import { fireEvent, render, screen, within, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { Fluent } from "../render";
import { AllocationPanel } from "../../../src/taskpane/allocation/AllocationPanel";
import { checkWorkbook } from "../../../src/core/check";
import { resolveOptions, CheckOptions } from "../../../src/core/options";
import { WorkbookHost } from "../../../src/core/host";
import { SheetData } from "../../../src/core/sheetData";
import { BudgetModel } from "../../../src/core/model";
import { gridsFromText } from "../../../src/hosts/text";

// jsdom has no ResizeObserver; Fluent's MessageBar asks for one to reflow long texts.
if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", {
    value: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
    writable: true,
    configurable: true,
  });
}

const seed = readFileSync(path.join(__dirname, "../../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");
const { model } = checkWorkbook(gridsFromText(seed));

/** A host that records the sheets asked for; createSheet answers with `answer`. */
function fakeHost(answer: (data: SheetData) => Promise<string>) {
  const created: SheetData[] = [];
  const host: WorkbookHost = {
    kind: "memory",
    readGrids: async () => [],
    select: async () => {},
    mark: async () => {},
    clearMarks: async () => {},
    markedCount: async () => 0,
    createSheet: (data) => {
      created.push(data);
      return answer(data);
    },
    findCreatedSheet: async () => undefined,
    loadState: async () => ({}),
    saveState: async () => {},
  };
  return { host, created };
}

function renderPanel(opts: { lang?: "fi" | "en"; options?: CheckOptions; host?: WorkbookHost; model?: BudgetModel; onNavigate?: jest.Mock } = {}) {
  const onNavigate = opts.onNavigate ?? jest.fn();
  const host = opts.host ?? fakeHost(async () => "Kohdistus").host;
  render(
    <Fluent>
      <AllocationPanel
        model={opts.model ?? model}
        options={opts.options ?? resolveOptions({ managementTotals: { 2024: 143000 } })}
        lang={opts.lang ?? "fi"}
        host={host}
        onNavigate={onNavigate}
      />
    </Fluent>,
  );
  return { onNavigate };
}

// Skipping user-event's pointer-events check (a getComputedStyle walk per click) keeps these fast.
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

function rowTexts(table: HTMLElement): string[][] {
  return [...table.querySelectorAll("tr")].map((row) => [...row.querySelectorAll("td")].map((c) => c.textContent ?? ""));
}

// Labels and texts rather than role queries: they are what a user reads, and role queries
// compute the styles of Fluent's whole DOM.

describe("AllocationPanel", () => {
  it("shows the latest year first: keys, amounts, implied totals, expected at 143 000 € and differences", () => {
    renderPanel();
    const table = screen.getByLabelText("Johtamisen kustannusten kohdistus vuonna 2024");
    const rows = rowTexts(table).filter((r) => r.length > 0);
    expect(rows[0]).toEqual(["Asuminen ja ympäristö", "65,7", "-93\u00a0940", "-142\u00a0983", "-93\u00a0951", "11"]);
    expect(rows[1]).toEqual(["Kaupunkimarkkinointi, hankinnat", "5,5", "-7\u00a0870", "-143\u00a0091", "-7\u00a0865", "-5"]);
    expect(rows[2]).toEqual(["Työllisyyspalvelut", "28,8", "-41\u00a0180", "-142\u00a0986", "-41\u00a0184", "4"]);
    expect(rows[3]).toEqual(["Yhteensä", "100,0", "-142\u00a0990", "", "-143\u00a0000", "10"]);
    // Testing Library folds the no-break space of Finnish thousands into a plain space.
    expect(screen.getByText("Kokonaissumma -143 000 € on annettu asetuksissa.")).toBeInTheDocument();
  });

  it("switches to 2023 with the year selector", () => {
    renderPanel();
    // fireEvent rather than user-event: opening Fluent's positioned listbox is slow under user-event in jsdom.
    fireEvent.click(screen.getByLabelText("Vuosi"));
    const listbox = document.querySelector<HTMLElement>("[role=listbox]");
    expect(listbox).not.toBeNull();
    fireEvent.click(within(listbox!).getByText("2023"));
    const table = screen.getByLabelText("Johtamisen kustannusten kohdistus vuonna 2023");
    const rows = rowTexts(table).filter((r) => r.length > 0);
    expect(rows.map((r) => r[1])).toEqual(["82,5", "6,9", "10,6", "100,0"]);
    expect(rows.map((r) => r[2])).toEqual(["-107\u00a0880", "-11\u00a0090", "-13\u00a0850", "-132\u00a0820"]);
  });

  it("navigates to the cell of a clicked figure", async () => {
    const user = setupUser();
    const { onNavigate } = renderPanel();
    await user.click(screen.getByLabelText("-41 180: Siirry soluun Työllisyyspalvelut!E112"));
    expect(onNavigate).toHaveBeenLastCalledWith("Työllisyyspalvelut", "E112");
    await user.click(screen.getByLabelText("65,7: Siirry soluun Asuminen ja ympäristö!A123"));
    expect(onNavigate).toHaveBeenLastCalledWith("Asuminen ja ympäristö", "A123");
  });

  it("creates the allocation sheet through the host and says which sheet it made", async () => {
    const user = setupUser();
    const { host, created } = fakeHost(async () => "Kohdistus (2)");
    renderPanel({ host });
    await user.click(screen.getByText("Luo kohdistustaulukko").closest("button")!);
    expect(await screen.findByText("Kohdistustaulukko luotiin välilehdelle Kohdistus (2).")).toBeInTheDocument();
    expect(created).toHaveLength(1);
    expect(created[0].name).toBe("Kohdistus");
    expect(created[0].cells.some((c) => c.formula?.startsWith("=BUDJETTI.ALLOCATE("))).toBe(true);
  });

  it("shows the host's error in an alert and lets the user try again", async () => {
    const user = setupUser();
    const { host, created } = fakeHost(async () => {
      throw new Error("Työkirja on suojattu");
    });
    renderPanel({ host, lang: "en" });
    await user.click(screen.getByText("Create allocation sheet").closest("button")!);
    expect(await screen.findByText(/Creating the sheet failed/)).toHaveTextContent("Creating the sheet failed: Työkirja on suojattu");
    expect(screen.getByText(/Creating the sheet failed/).closest("[role=alert]")).not.toBeNull();
    await waitFor(() => expect(screen.getByText("Create allocation sheet").closest("button")!).toBeEnabled());
    await user.click(screen.getByText("Create allocation sheet").closest("button")!);
    expect(created).toHaveLength(2);
  });

  it("uses English labels and formats in English", () => {
    renderPanel({ lang: "en", options: resolveOptions({}) });
    const table = screen.getByLabelText("Allocation of management costs in 2024");
    expect(within(table).getByText("Implied total").closest("th")).toBeInTheDocument();
    const rows = rowTexts(table).filter((r) => r.length > 0);
    expect(rows[0]).toEqual(["Asuminen ja ympäristö", "65.7", "-93,940", "-142,983", "-93,944", "4"]);
  });

  it("says so when the workbook has no management keys", () => {
    renderPanel({ model: { sheets: [] } });
    expect(screen.getByText(/Yksiköiden otsikoista ei löytynyt johtamisen kustannusten avaimia/)).toBeInTheDocument();
    expect(screen.queryByText("Luo kohdistustaulukko")).not.toBeInTheDocument();
  });
});
