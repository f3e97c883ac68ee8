import "./polyfills";
import { readFileSync } from "fs";
import path from "path";
import { render, within } from "@testing-library/react";
import { FluentProvider, RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { Finding } from "../../src/core/findings";
import { Grid } from "../../src/core/grid";
import { Lang } from "../../src/core/options";
import { MemoryHost } from "../../src/hosts/memory";
import { gridsFromText } from "../../src/hosts/text";
import { FindingGroups } from "../../src/taskpane/components/FindingGroups";
import { TaskPane } from "../../src/taskpane/components/TaskPane";
import { findConsequences, groupFindings } from "../../src/taskpane/grouping";

/** The founding document as a workbook: the same figures the sample .xlsx is built from. */
export function seedGrids(): Grid[] {
  const text = readFileSync(path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");
  return gridsFromText(text);
}

/**
 * Fluent's styles without their CSS rules. Griffel adds thousands of atomic rules to the page;
 * jsdom's getComputedStyle walks every rule on each call, and opening a Fluent menu or dialog
 * (positioning, focus management) and userEvent's pointer-events check call it hundreds of
 * times, so each click cost seconds on a busy machine. jsdom lays nothing out, so no test can
 * depend on those rules; the browser end-to-end test renders them for real.
 */
let noCss: ReturnType<typeof createDOMRenderer> | undefined;

/**
 * One renderer for the test file (jest gives each file its own document): a renderer remembers
 * which rules it has handled and the style elements it made, so a new one on each render handled
 * every component's rules again and added another ~20 empty style elements to the page per test.
 */
export const noCssRenderer = () => (noCss ??= createDOMRenderer(document, { unstable_filterCSSRule: () => false }));

export function NoCss({ children }: { children: React.ReactNode }) {
  return (
    <RendererProvider renderer={noCssRenderer()} targetDocument={document}>
      {children}
    </RendererProvider>
  );
}

/**
 * The theme's ~400 custom properties sit in one rule that matches every element of the pane, so
 * jsdom re-parses all of them on each getComputedStyle: an empty theme for component tests.
 */
export function Fluent({ children }: { children: React.ReactNode }) {
  return (
    <NoCss>
      <FluentProvider theme={{}}>{children}</FluentProvider>
    </NoCss>
  );
}

export function renderPane(host: MemoryHost, lang: Lang = "fi") {
  return render(
    <Fluent>
      <TaskPane host={host} initialLang={lang} workbookName="talousarvio.xlsx" />
    </Fluent>,
  );
}

/**
 * The open findings' list alone, every sheet open and no notes shown (`unfolded`: as while a search
 * narrows it); returns its navigation handlers, and `setOpenNotes` to show the notes of the tables
 * with the given keys.
 */
export function renderFindingGroups(findings: Finding[], currentKey?: string, { unfolded = false } = {}) {
  const onSelectRange = jest.fn();
  const onNavigate = jest.fn();
  const consequences = findConsequences(findings);
  const groups = groupFindings(findings, consequences);
  const list = (openNotes: ReadonlySet<string>) => (
    <Fluent>
      <FindingGroups
        groups={groups}
        consequences={consequences}
        lang="fi"
        collapsedSheets={new Set()}
        openNotes={openNotes}
        currentKey={currentKey}
        unfolded={unfolded}
        onToggleSheet={jest.fn()}
        onToggleNotes={jest.fn()}
        onNavigate={onNavigate}
        onSelectRange={onSelectRange}
        onExplain={jest.fn(async () => undefined)}
      />
    </Fluent>
  );
  const { rerender } = render(list(new Set()));
  return { onSelectRange, onNavigate, setOpenNotes: (keys: ReadonlySet<string>) => rerender(list(keys)) };
}

/**
 * A button by its visible text. Role queries compute accessible names through jsdom's slow
 * getComputedStyle; with dozens of findings on screen that takes minutes, so tests of a full
 * pane find buttons by text (role queries stay for small containers such as one finding).
 */
export function buttonByText(text: string | RegExp, container: HTMLElement = document.body): HTMLButtonElement {
  return within(container).getByText(text, { selector: "button" }) as HTMLButtonElement;
}
