import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { CheckResult } from "../../src/core/check";
import { Finding, countBySeverity } from "../../src/core/findings";
import { Lang } from "../../src/core/options";
import { makeTranslator } from "../../src/i18n/translate";
import { uiMessages } from "../../src/i18n/ui";
import { CheckPanel } from "../../src/taskpane/components/CheckPanel";
import { Explanations, splitFindings } from "../../src/taskpane/explanations";
import { keyOf } from "../../src/taskpane/grouping";
import { SearchTarget, findingSearchTarget, foldForSearch, matchesSearch, parseSearch, searchIndex } from "../../src/taskpane/findingSearch";
import { CheckApi } from "../../src/taskpane/hooks/useCheck";
import { TranslateContext } from "../../src/taskpane/hooks/useTranslate";
import { makeFinding, said } from "./fixtures";
import { Fluent } from "./render";

// Each test renders a pane of 200 findings in jsdom, and the list follows typing after a pause:
// on a shared two-core machine that can take seconds. Waiting longer asserts nothing about speed.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

const SHEETS = 40;
const PER_SHEET = 5;
const sheetName = (i: number) => `Alue ${String(i).padStart(2, "0")}`;

/**
 * More findings than the pane draws at once: SHEETS sheets of PER_SHEET errors, each at its own
 * cell (D<sheet><row>), a few of them on rows a user would look for by name.
 */
function longList(): Finding[] {
  const rows: Record<string, string> = { "17.3": "Kaavoitus ja maankäyttö", "38.1": "KAAVOITUS", "25.0": "Café Kahvilá" };
  const out: Finding[] = [];
  for (let s = 1; s <= SHEETS; s++) {
    for (let r = 0; r < PER_SHEET; r++) {
      const row = rows[`${s}.${r}`] ?? `Rivi ${s}.${r}`;
      out.push(makeFinding({ sheet: sheetName(s), area: sheetName(s), cell: `D${s}${r}`, row, parts: said(row) }));
    }
  }
  return out;
}

/** The check panel after a check that found `findings`, as the pane shows it; the cells gone to are recorded. */
function renderChecked(findings: Finding[], lang: Lang = "fi", explanations: Explanations = {}) {
  const gone: string[] = [];
  const result = {
    findings,
    tables: [...new Set(findings.map((f) => f.sheet))].map((sheet) => ({ sheet, area: sheet, kind: "kayttotalous", range: "A1:H60" })),
    summary: countBySeverity(findings),
    equations: [],
  } as unknown as CheckResult;
  const check: CheckApi = { phase: "done", result, sheetCount: SHEETS, busy: false, run: async () => result, recheck: () => undefined, cancel: () => undefined };
  const noop = async () => undefined;
  const t = makeTranslator(lang, uiMessages);
  const pane = (explanations: Explanations) => (
    <Fluent>
      <TranslateContext.Provider value={t}>
        <CheckPanel
          lang={lang}
          check={check}
          split={splitFindings(findings, explanations)}
          markedCount={undefined}
          actionBusy={false}
          onRun={() => undefined}
          onNavigate={(f) => gone.push(`${f.sheet}!${f.cell}`)}
          onSelectRange={() => undefined}
          onExplain={noop}
          onReopen={noop}
          onMark={() => undefined}
          onClearMarks={() => undefined}
          onSummary={() => undefined}
          onExport={() => undefined}
        />
      </TranslateContext.Provider>
    </Fluent>
  );
  const { rerender } = render(pane(explanations));
  /** The same check's findings, explained anew (as after the user reopens one and explains it again). */
  const explain = (next: Explanations) => rerender(pane(next));
  return { gone, explain };
}

const user = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
/**
 * The search field by its label, among the filters. Over the whole pane a role query computes the
 * role of every element and, through jsdom's slow getComputedStyle, whether each ancestor is hidden,
 * and a label query reads every element's labels; `search()` is asked again at every step, so the
 * field's role and name are checked once, in the first test.
 */
const search = () => within(screen.getByTestId("finding-filters")).getByLabelText<HTMLInputElement>("Hae havainnoista");
const status = () => screen.getByTestId("shown-count");
/** The listed findings' cells, `Sheet!A1`, top to bottom. */
const listed = () =>
  within(screen.getByTestId("open-findings"))
    .queryAllByTestId("finding")
    .map((li) => li.querySelector("button[title]")!.getAttribute("title")!.replace(/^Siirry soluun |^Go to cell /, ""));

/** The browser's IntersectionObserver with only the first sheet in view: far sheets' findings are not drawn. */
class FirstSheetInView {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(el: Element) {
    const entry = { target: el, isIntersecting: el.getAttribute("data-sheet") === sheetName(1) };
    this.callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FirstSheetInView;
});

afterEach(() => {
  delete (globalThis as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
});

test("a far finding's cell typed in any case lists exactly that finding, and the count says so politely", async () => {
  const u = user();
  renderChecked(longList());
  // Far down a long list: not drawn, so not findable by the browser's find.
  expect(listed()).not.toContain(`${sheetName(33)}!D332`);
  expect(screen.getByRole("searchbox", { name: "Hae havainnoista" })).toBe(search());
  expect(status()).toHaveAttribute("role", "status");
  expect(status()).toHaveTextContent(/^$/);

  await u.type(search(), "d332");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(33)}!D332`]));
  expect(status()).toHaveTextContent(`Näytetään 1/${SHEETS * PER_SHEET} avointa havaintoa.`);
  expect(screen.getAllByTestId("finding-sheet").map((s) => s.getAttribute("data-sheet"))).toEqual([sheetName(33)]);
});

/** Replaces the search's text in one paste (each typed key re-renders the pane, slow in jsdom on a busy machine). */
async function searchFor(u: ReturnType<typeof user>, text: string) {
  await u.clear(search());
  await u.paste(text);
}

test("words of a row label find it whatever their case and order", async () => {
  const u = user();
  renderChecked(longList());
  await u.type(search(), "Kaavoitus");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(17)}!D173`, `${sheetName(38)}!D381`]));
  expect(status()).toHaveTextContent(`Näytetään 2/${SHEETS * PER_SHEET} avointa havaintoa.`);

  // A second word narrows: the sheet's name is part of what is searched.
  await u.type(search(), " 38");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(38)}!D381`]));

  await searchFor(u, "MAANKÄYTTÖ kaavoitus");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(17)}!D173`]));
});

test("ä is a letter of its own, other accents are not", async () => {
  const u = user();
  renderChecked(longList());
  await searchFor(u, "maankaytto");
  await waitFor(() => expect(listed()).toEqual([]));
  expect(status()).toHaveTextContent("Yksikään näytettävä havainto ei vastaa hakua ”maankaytto”.");

  await searchFor(u, "cafe kahvila");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(25)}!D250`]));
});

test("Escape empties the search and the whole list is back, the count gone", async () => {
  const u = user();
  renderChecked(longList());
  await u.type(search(), "kaavoitus");
  await waitFor(() => expect(listed()).toHaveLength(2));
  await u.keyboard("{Escape}");
  expect(search()).toHaveValue("");
  expect(search()).toHaveFocus();
  await waitFor(() => expect(screen.getAllByTestId("finding-sheet")).toHaveLength(SHEETS));
  expect(status()).toHaveTextContent(/^$/);
});

test("the stepper steps through the findings the search shows, and only those", async () => {
  const u = user();
  const { gone } = renderChecked(longList());
  await u.type(search(), "kaavoitus");
  await waitFor(() => expect(listed()).toHaveLength(2));
  const stepper = screen.getByTestId("finding-stepper");
  await u.click(within(stepper).getByText("Seuraava", { selector: "button" }));
  expect(within(stepper).getByTestId("step-position")).toHaveTextContent("1/2");
  await u.keyboard("{Alt>}{PageDown}{/Alt}");
  expect(within(stepper).getByTestId("step-position")).toHaveTextContent("2/2");
  expect(gone).toEqual([`${sheetName(17)}!D173`, `${sheetName(38)}!D381`]);
});

test("a note or a consequence found is listed, not folded under its toggle", async () => {
  const u = user();
  const s30 = sheetName(30);
  const cause = { sheet: s30, cell: "C77", actual: "1", suggested: "2", resolves: 2, parts: said("Verotulot C77") };
  const findings = [
    ...longList(),
    makeFinding({ sheet: s30, area: s30, cell: "F300", row: "Verotulot", parts: said("Verotulot"), cause }),
    makeFinding({ sheet: s30, area: s30, cell: "F301", row: "Verotulot yhteensä", parts: said("Verotulot yhteensä"), consequenceOf: "C77" }),
    makeFinding({ sheet: s30, area: s30, cell: "E333", severity: "info", row: "Huomautettava", parts: said("Huomautettava") }),
  ];
  renderChecked(findings);
  // Unsearched, the consequence is folded under its cause and the note under its table's toggle.
  expect(listed()).not.toContain(`${s30}!F301`);
  expect(listed()).not.toContain(`${s30}!E333`);

  await searchFor(u, "verotulot");
  await waitFor(() => expect(listed()).toEqual([`${s30}!F300`, `${s30}!F301`]));
  expect(screen.queryByText("1 seuraus", { selector: "button" })).not.toBeInTheDocument();

  await searchFor(u, "e333");
  await waitFor(() => expect(listed()).toEqual([`${s30}!E333`]));
  expect(screen.queryByTestId("notes-toggle")).not.toBeInTheDocument();

  // The search emptied, the note is folded again.
  await u.keyboard("{Escape}");
  await waitFor(() => expect(screen.getAllByTestId("finding-sheet")).toHaveLength(SHEETS));
  expect(listed()).not.toContain(`${s30}!E333`);
});

/** The toggle heading a sheet's findings. */
const sheetToggle = (sheet: string) => document.querySelector(`[data-testid="finding-sheet"][data-sheet="${sheet}"] button[aria-expanded]`) as HTMLButtonElement;

test("a match on a sheet the user folded is shown while searching; the user's folding is back once the search is emptied", async () => {
  const u = user();
  renderChecked(longList());
  await u.click(sheetToggle(sheetName(38)));
  expect(sheetToggle(sheetName(38))).toHaveAttribute("aria-expanded", "false");

  await u.type(search(), "kaavoitus");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(17)}!D173`, `${sheetName(38)}!D381`]));
  expect(sheetToggle(sheetName(38))).toHaveAttribute("aria-expanded", "true");
  // Folding a sheet while searching folds it for this search only.
  await u.click(sheetToggle(sheetName(17)));
  expect(listed()).toEqual([`${sheetName(38)}!D381`]);

  await u.clear(search());
  await waitFor(() => expect(screen.getAllByTestId("finding-sheet")).toHaveLength(SHEETS));
  expect(sheetToggle(sheetName(38))).toHaveAttribute("aria-expanded", "false");
  expect(sheetToggle(sheetName(17))).toHaveAttribute("aria-expanded", "true");
});

test("stepping to a note while searching opens nothing for good: once the search is emptied, only the notes the user opened are open", async () => {
  const u = user();
  const s1 = sheetName(1);
  const s30 = sheetName(30);
  const findings = [
    ...longList(),
    makeFinding({ sheet: s1, area: s1, cell: "E111", severity: "info", row: "Avattu", parts: said("Avattu") }),
    makeFinding({ sheet: s30, area: s30, cell: "E333", severity: "info", row: "Huomautettava", parts: said("Huomautettava") }),
  ];
  const { gone } = renderChecked(findings);
  await u.click(screen.getByText("Näytä 1 huomio", { selector: "button" }));
  expect(listed()).toContain(`${s1}!E111`);

  await searchFor(u, "e333");
  await waitFor(() => expect(listed()).toEqual([`${s30}!E333`]));
  await u.click(within(screen.getByTestId("finding-stepper")).getByText("Seuraava", { selector: "button" }));
  expect(gone).toEqual([`${s30}!E333`]);

  await u.clear(search());
  await waitFor(() => expect(screen.getAllByTestId("finding-sheet")).toHaveLength(SHEETS));
  expect(listed()).toContain(`${s1}!E111`);
  expect(listed()).not.toContain(`${s30}!E333`);
});

test("a search narrows the explained findings too, by the finding or by its explanation, and says how many of them match", async () => {
  const u = user();
  const findings = longList();
  const at = (cell: string) => findings.find((f) => f.cell === cell)!;
  const explanations: Explanations = {
    [keyOf(at("D120"))]: { comment: "Vuokratulot siirretty toiselle tilille", at: "2024-05-02T10:00:00Z" },
    [keyOf(at("D250"))]: { comment: "Tarkistettu kirjanpidosta", at: "2024-05-02T10:00:00Z" },
  };
  renderChecked(findings, "fi", explanations);
  const explainedCells = () => within(screen.getByTestId("explained-list")).queryAllByTestId("explained-finding").length;
  const explainedTitle = () => within(screen.getByTestId("explained-list")).getByRole("heading");
  expect(explainedCells()).toBe(2);
  expect(explainedTitle()).toHaveTextContent("Selitetyt havainnot (2)");

  await searchFor(u, "vuokratulot");
  await waitFor(() => expect(explainedCells()).toBe(1));
  expect(screen.getByTestId("explanation-comment")).toHaveTextContent("Vuokratulot siirretty toiselle tilille");
  expect(explainedTitle()).toHaveTextContent("Selitetyt havainnot (1/2 vastaa hakua)");

  await searchFor(u, `'${sheetName(25)}'!$D$250`);
  await waitFor(() => expect(screen.getByTestId("explanation-comment")).toHaveTextContent("Tarkistettu kirjanpidosta"));
  expect(explainedCells()).toBe(1);

  // Nothing explained matches: the section stays, saying so, so the explained ones are not thought gone.
  await searchFor(u, "kaavoitus");
  await waitFor(() => expect(explainedCells()).toBe(0));
  expect(explainedTitle()).toHaveTextContent("Selitetyt havainnot (0/2 vastaa hakua)");

  await u.keyboard("{Escape}");
  await waitFor(() => expect(explainedCells()).toBe(2));
  expect(explainedTitle()).toHaveTextContent("Selitetyt havainnot (2)");
});

test("the field is reached by the keyboard, and is named in English in an English pane", async () => {
  const u = user();
  renderChecked(longList().slice(0, 10), "en");
  const field = screen.getByRole("searchbox", { name: "Search findings" });
  expect(field).toHaveAttribute("placeholder", "Cell, table, row or word");
  // In the tab order just before the severity checkboxes, among the filters. (Tab forward is
  // tried in the browser test: in jsdom it lands on Fluent's focus-trap dummies.)
  const errors = screen.getByLabelText("Errors (10)");
  act(() => errors.focus());
  await u.tab({ shift: true });
  expect(field).toHaveFocus();
  await u.type(field, "d12");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(1)}!D12`]));
  expect(status()).toHaveTextContent("Showing 1 of 10 open findings.");
});

const finds = (target: SearchTarget, query: string) => matchesSearch(target, parseSearch(query));
const targetOf = (f: Finding) => findingSearchTarget(f, "fi", makeTranslator("fi", uiMessages));

test("text is compared as a Finnish or Swedish reader compares it", () => {
  expect(foldForSearch("D37")).toBe(foldForSearch("d37"));
  expect(foldForSearch("Ähtäri Åland Öljy")).toBe("ähtäri åland öljy");
  expect(foldForSearch("Ähtäri")).not.toBe(foldForSearch("Ahtari"));
  expect(foldForSearch("Kahvilá crème Müller")).toBe("kahvila creme muller");
  // Figures as the pane writes them: thousands grouped by a no-break space, a true minus sign.
  expect(parseSearch("−1 234").words).toEqual(parseSearch("-1\u00a0234").words);
});

test("a finding is found by what the pane shows of it, in the pane's language: table, Sheet!cell, figures, message", () => {
  const f = makeFinding();
  const fi = findingSearchTarget(f, "fi", makeTranslator("fi", uiMessages));
  const en = findingSearchTarget(f, "en", makeTranslator("en", uiMessages));
  expect(finds(fi, "Käyttötalous toimintatuotot")).toBe(true);
  expect(finds(en, "operating budget")).toBe(true);
  expect(finds(fi, "operating budget")).toBe(false);
  expect(finds(fi, "asuminen ja ympäristö!c14")).toBe(true);
  expect(finds(fi, "1 076 109")).toBe(true);
  expect(finds(en, "1,076,109")).toBe(true);
  expect(finds(fi, "summa ero")).toBe(true);
  // Words do not run from one field into the next.
  expect(finds(fi, "c14asuminen")).toBe(false);
});

test("a cell is found as Excel writes its reference: the sheet name quoted, the address absolute", () => {
  const text = targetOf(makeFinding({ sheet: "Asuminen ja ympäristö", cell: "C14" }));
  const elsewhere = targetOf(makeFinding({ sheet: "Asuminen ja ympäristö", cell: "C15" }));
  expect(finds(text, "'Asuminen ja ympäristö'!C14")).toBe(true);
  expect(finds(text, "'Asuminen ja ympäristö'!$C$14")).toBe(true);
  expect(finds(text, "$C14")).toBe(true);
  expect(finds(text, "C$14")).toBe(true);
  expect(finds(elsewhere, "'Asuminen ja ympäristö'!$C$14")).toBe(false);
  // A quote doubled inside a quoted name is one quote of the name.
  const quoted = targetOf(makeFinding({ sheet: "Kunnan 'oma' talous", cell: "B2" }));
  expect(finds(quoted, "'Kunnan ''oma'' talous'!B2")).toBe(true);
  // A figure's dollar sign is no reference, and is searched as typed.
  expect(parseSearch("$5")).toMatchObject({ words: ["$5"], refs: [] });
});

test("a reference copied from the formula bar or from text finds its cell, with its punctuation", () => {
  const c14 = targetOf(makeFinding({ sheet: "Asuminen ja ympäristö", cell: "C14" }));
  const c140 = targetOf(makeFinding({ sheet: "Asuminen ja ympäristö", cell: "C140" }));
  for (const query of ["='Asuminen ja ympäristö'!C14", "=$C$14", "=ROUND(C14;0)", "(c14)", "c14,", "$C$14;"]) {
    expect([query, finds(c14, query)]).toEqual([query, true]);
    expect([query, finds(c140, query)]).toEqual([query, false]);
  }
  expect(finds(targetOf(makeFinding({ cell: "C14:C15" })), "=C14+C15")).toBe(true);
  // A function's name is formula, not a word searched: the range in it is.
  expect(finds(targetOf(makeFinding({ cell: "C14:C20" })), "=SUM(C14:C20)")).toBe(true);
});

test("a reference finds its cell only, not the cells whose address begins with it", () => {
  const c14 = targetOf(makeFinding({ cell: "C14" }));
  const c140 = targetOf(makeFinding({ cell: "C140" }));
  for (const query of ["'Asuminen ja ympäristö'!$C$14", "$C$14", "C$14", "c14", "Asuminen ja ympäristö!C14", "'Asuminen ja ympäristö'!C14"]) {
    expect([query, finds(c14, query)]).toEqual([query, true]);
    expect([query, finds(c140, query)]).toEqual([query, false]);
  }
  // The sheet named must be the finding's.
  expect(finds(c14, "'Kaupunki'!$C$14")).toBe(false);
  expect(finds(c14, "Kaupunki!C14")).toBe(false);
  expect(finds(targetOf(makeFinding({ sheet: "Kaupunki", cell: "C14" })), "Kaupunki!$C$14")).toBe(true);
  // A finding on a range is found by a cell in it; a range typed finds the finding on it.
  const row = targetOf(makeFinding({ cell: "B4:E4" }));
  expect(finds(row, "$D$4")).toBe(true);
  expect(finds(row, "$D$5")).toBe(false);
  expect(finds(row, "b4:e4")).toBe(true);
  // The cause shown with a finding is found at its cell too.
  const cause = { sheet: "Asuminen ja ympäristö", cell: "C77", actual: "1", suggested: "2", resolves: 2, parts: said("Verotulot") };
  expect(finds(targetOf(makeFinding({ cause })), "$C$77")).toBe(true);
  expect(finds(targetOf(makeFinding({ cause })), "$C$7")).toBe(false);
});

test("an address typed bare is a cell or a whole word of what is shown, as a column heading TA2024 is", () => {
  const headed = targetOf(makeFinding({ cell: "E9", column: "TA2024", parts: said("Vuokrat (ks. C140)") }));
  expect(finds(headed, "ta2024")).toBe(true);
  expect(finds(headed, "c140")).toBe(true);
  expect(finds(headed, "e9")).toBe(true);
  // Never part of a longer word: C14 is not in C140, nor TA202 in TA2024.
  expect(finds(headed, "c14")).toBe(false);
  expect(finds(headed, "ta202")).toBe(false);
  // Written absolute or with its sheet, it is a cell only.
  expect(finds(headed, "$C$140")).toBe(false);
  // Ordinary words are still parts of words, and a cell's digits are no word of it.
  expect(finds(headed, "vuokr")).toBe(true);
  expect(finds(targetOf(makeFinding({ cell: "C140" })), "140")).toBe(false);
});

test("a range typed or pasted finds the findings whose cell lies inside it, or whose range meets it", () => {
  const at = (cell: string, sheet = "Asuminen ja ympäristö") => targetOf(makeFinding({ sheet, cell }));
  for (const query of ["C14:C20", "c14:c20", "$C$14:$C$20", "'Asuminen ja ympäristö'!C14:C20", "=SUM(C14:C20)", "=summa(c14:c20;0)"]) {
    for (const cell of ["C14", "C15", "C20"]) expect([query, cell, finds(at(cell), query)]).toEqual([query, cell, true]);
    for (const cell of ["C13", "C21", "D15", "C140"]) expect([query, cell, finds(at(cell), query)]).toEqual([query, cell, false]);
  }
  // The sheet named with the range must be the finding's.
  expect(finds(at("C15", "Kaupunki"), "'Asuminen ja ympäristö'!C14:C20")).toBe(false);
  // A finding on a range is found by a range that meets it: a sum over C9:C15 by C14:C20.
  expect(finds(at("C9:C15"), "C14:C20")).toBe(true);
  expect(finds(at("C9:C13"), "C14:C20")).toBe(false);
});

test("a sheet named unquoted with a reference is the sheet's whole name, not the end of a longer one", () => {
  const longer = targetOf(makeFinding({ sheet: "Kaupungin talousarvio", cell: "C14" }));
  const whole = targetOf(makeFinding({ sheet: "Talousarvio", cell: "C14" }));
  for (const query of ["Talousarvio!C14", "talousarvio!$c$14", "=Talousarvio!C14+1"]) {
    expect([query, finds(whole, query)]).toEqual([query, true]);
    expect([query, finds(longer, query)]).toEqual([query, false]);
  }
  // A name with a space, typed by hand without Excel's quotes, is still that sheet's whole name.
  expect(finds(longer, "Kaupungin talousarvio!C14")).toBe(true);
  expect(finds(whole, "Kaupungin talousarvio!C14")).toBe(false);
  expect(finds(longer, "'Kaupungin talousarvio'!C14")).toBe(true);
});

test("a sheet's name typed unquoted may begin with a word that is also an address, and a long query is no name", () => {
  for (const sheet of ["Q1 raportti", "TA2024 Kaupunki"]) {
    const query = `${sheet}!C14`;
    expect([query, finds(targetOf(makeFinding({ sheet, cell: "C14" })), query)]).toEqual([query, true]);
    expect([query, finds(targetOf(makeFinding({ sheet: "Muu raportti", cell: "C14" })), query)]).toEqual([query, false]);
  }
  // Thousands of words pasted before a reference: read at once, not a name per run of words.
  const pasted = `${"sana ".repeat(20_000)}Kaupunki!C14`;
  const parsed = parseSearch(pasted);
  expect(parsed.key.length).toBeLessThan(pasted.length * 2);
});

test("a formula's references are read through function names and spaces, whole columns and rows too; an = before a figure is no formula", () => {
  const at = (cell: string, sheet = "Asuminen ja ympäristö") => targetOf(makeFinding({ sheet, cell }));
  // LOG10 and DAYS360 are function names here, though they are addresses too.
  expect(finds(at("C14"), "=LOG10(C14)")).toBe(true);
  expect(finds(at("LOG10"), "=LOG10(C14)")).toBe(false);
  expect(finds(at("C16"), "=SUM( C14 : C20 )")).toBe(true);
  // Whole columns and rows, as a formula names them; typed alone, such text is a word.
  expect(finds(at("C500"), "=SUM(C:C)")).toBe(true);
  expect(finds(at("D5"), "=SUM($C:$C)")).toBe(false);
  expect(finds(at("E14"), "=SUM(14:14)")).toBe(true);
  expect(finds(at("E15"), "=SUM(Kaupunki!14:14)")).toBe(false);
  expect(finds(at("C500"), "c:c")).toBe(false);
  // A figure typed after =, with words after it: the words still narrow the search.
  expect(finds(at("C14"), "=5,2 asuminen")).toBe(true);
  expect(finds(at("C14"), "=5,2 kaavoitus")).toBe(false);
});

test("the references of a pasted formula are alternatives: a finding at any of them is found; references typed apart must each hold", () => {
  const at = (cell: string, sheet = "Asuminen ja ympäristö") => targetOf(makeFinding({ sheet, cell }));
  expect(finds(at("C14"), "=C14+C15")).toBe(true);
  expect(finds(at("C15"), "=C14+C15")).toBe(true);
  expect(finds(at("C16"), "=C14+C15")).toBe(false);
  // Each reference keeps its own sheet, a quoted one too; a formula pasted with spaces is one formula.
  const formula = "='Asuminen ja ympäristö'!C14 + Kaupunki!D5 - SUM(E1:E3)";
  expect(finds(at("C14"), formula)).toBe(true);
  expect(finds(at("D5", "Kaupunki"), formula)).toBe(true);
  expect(finds(at("D5"), formula)).toBe(false);
  expect(finds(at("E2", "Muu"), formula)).toBe(true);
  // Typed apart, like words, each must hold: a finding on both cells, not on one.
  expect(finds(at("C14"), "c14 c15")).toBe(false);
  expect(finds(at("C14:C15"), "c14 c15")).toBe(true);
  // Words typed before a formula still narrow it.
  expect(finds(at("C14"), "toimintatuotot =C14+C15")).toBe(true);
  expect(finds(at("C14"), "kaavoitus =C14+C15")).toBe(false);
});

test("a range pasted from the formula bar lists the findings inside it, any of a formula's references", async () => {
  const u = user();
  renderChecked(longList());
  // Sheet 33's cells are D330…D334; no other sheet has rows 330…332.
  await searchFor(u, "=SUM(D330:D332)");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(33)}!D330`, `${sheetName(33)}!D331`, `${sheetName(33)}!D332`]));
  expect(status()).toHaveTextContent(`Näytetään 3/${SHEETS * PER_SHEET} avointa havaintoa.`);
  await searchFor(u, `=D110+'${sheetName(33)}'!D334`);
  await waitFor(() => expect(listed()).toEqual([`${sheetName(11)}!D110`, `${sheetName(33)}!D334`]));
});

test("a range typed in an English pane lists the findings inside it", async () => {
  const u = user();
  renderChecked(longList().slice(0, 10), "en");
  await u.type(screen.getByRole("searchbox", { name: "Search findings" }), "d11:d13");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(1)}!D11`, `${sheetName(1)}!D12`, `${sheetName(1)}!D13`]));
  expect(status()).toHaveTextContent("Showing 3 of 10 open findings.");
});

test("a pasted reference lists exactly its finding in a long list", async () => {
  const u = user();
  renderChecked(longList());
  // Sheet 1's cells are D10…D14 and sheet 10's D100…D104.
  await searchFor(u, "$D$10");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(1)}!D10`]));
  await searchFor(u, `'${sheetName(10)}'!$D$100`);
  await waitFor(() => expect(listed()).toEqual([`${sheetName(10)}!D100`]));
  await searchFor(u, "d10");
  await waitFor(() => expect(listed()).toEqual([`${sheetName(1)}!D10`]));
  expect(status()).toHaveTextContent(`Näytetään 1/${SHEETS * PER_SHEET} avointa havaintoa.`);
});

test("when only explained findings match, the open list says so and where they are, and the keyboard goes there", async () => {
  const u = user();
  const findings = longList();
  const at = (cell: string) => findings.find((f) => f.cell === cell)!;
  const explanations: Explanations = {
    [keyOf(at("D120"))]: { comment: "Vuokratulot siirretty", at: "2024-05-02T10:00:00Z" },
    [keyOf(at("D121"))]: { comment: "Vuokratulot korjattu", at: "2024-05-02T10:00:00Z" },
    [keyOf(at("D250"))]: { comment: "Vuokratulot tarkistettu", at: "2024-05-02T10:00:00Z" },
  };
  renderChecked(findings, "fi", explanations);
  await searchFor(u, "vuokratulot");
  await waitFor(() =>
    expect(status()).toHaveTextContent(
      "Yksikään näytettävä avoin havainto ei vastaa hakua ”vuokratulot”, mutta 3 selitettyä havaintoa vastaa; ne ovat alempana kohdassa Selitetyt havainnot.",
    ),
  );
  expect(listed()).toEqual([]);
  // Role queries within the sections concerned: over the whole pane each would name every button and heading.
  const open = screen.getByTestId("open-findings");
  await u.click(within(open).getByRole("button", { name: "Siirry selitettyihin havaintoihin" }));
  await waitFor(() => expect(within(screen.getByTestId("explained-list")).getByRole("heading", { name: "Selitetyt havainnot (3)" })).toHaveFocus());

  // Nothing matches anywhere: then it is the plain "nothing matches", with nowhere to go.
  await searchFor(u, "olematon");
  await waitFor(() => expect(status()).toHaveTextContent("Yksikään näytettävä havainto ei vastaa hakua ”olematon”."));
  expect(within(open).queryByRole("button", { name: "Siirry selitettyihin havaintoihin" })).not.toBeInTheDocument();
});

test("an English pane says in English that only an explained finding matches", async () => {
  const u = user();
  const findings = longList().slice(0, 10);
  const explanations: Explanations = { [keyOf(findings[3])]: { comment: "Rounding, accepted", at: "2024-05-02T10:00:00Z" } };
  renderChecked(findings, "en", explanations);
  await u.type(screen.getByRole("searchbox", { name: "Search findings" }), "rounding");
  await waitFor(() =>
    expect(status()).toHaveTextContent("No open finding matches “rounding” with these filters, but 1 explained finding does; it is below, under Explained findings."),
  );
  expect(within(screen.getByTestId("open-findings")).getByRole("button", { name: "Go to the explained findings" })).toBeInTheDocument();
});

test("an explanation given anew is searched by its new words, not by the ones it had", async () => {
  const u = user();
  const findings = longList();
  const d120 = keyOf(findings.find((f) => f.cell === "D120")!);
  const { explain } = renderChecked(findings, "fi", { [d120]: { comment: "Vuokratulot siirretty", at: "2024-05-02T10:00:00Z" } });
  const explainedCells = () => within(screen.getByTestId("explained-list")).queryAllByTestId("explained-finding").length;
  await searchFor(u, "vuokratulot");
  await waitFor(() => expect(status()).toHaveTextContent("mutta 1 selitetty havainto vastaa"));
  expect(explainedCells()).toBe(1);

  explain({ [d120]: { comment: "Pyöristysero", at: "2024-05-03T10:00:00Z" } });
  await waitFor(() => expect(explainedCells()).toBe(0));
  await searchFor(u, "pyöristys");
  await waitFor(() => expect(explainedCells()).toBe(1));
});

test("the text of an explanation is folded once a check for all the searches typed, and again only when it changes", () => {
  const index = searchIndex("fi", makeTranslator("fi", uiMessages));
  const f = makeFinding();
  const normalize = jest.spyOn(String.prototype, "normalize");
  try {
    const foldsOf = (text: string) => normalize.mock.contexts.filter((c) => String(c) === text.toLowerCase()).length;
    for (const query of ["v", "vu", "vuokra", "vuokratulot"]) matchesSearch(index.target(f), parseSearch(query), index.also(f, "Vuokratulot siirretty"));
    expect(foldsOf("Vuokratulot siirretty")).toBe(1);
    expect(matchesSearch(index.target(f), parseSearch("pyöristys"), index.also(f, "Pyöristysero"))).toBe(true);
    expect(foldsOf("Pyöristysero")).toBe(1);
  } finally {
    normalize.mockRestore();
  }
});
