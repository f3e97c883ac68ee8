import "./polyfills";
import { readFileSync } from "fs";
import path from "path";
import { render, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Grid } from "../../src/core/grid";
import { Lang } from "../../src/core/options";
import { MemoryHost } from "../../src/hosts/memory";
import { gridsFromText } from "../../src/hosts/text";
import { TaskPane } from "../../src/taskpane/components/TaskPane";

/** The founding document as a workbook: the same figures the sample .xlsx is built from. */
export function seedGrids(): Grid[] {
  const text = readFileSync(path.join(__dirname, "../../seeds/kemijarvi-elinvoima-2024.txt"), "utf8");
  return gridsFromText(text);
}

export function renderPane(host: MemoryHost, lang: Lang = "fi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} initialLang={lang} workbookName="talousarvio.xlsx" />
    </FluentProvider>,
  );
}

/**
 * A button by its visible text. Role queries compute accessible names through jsdom's slow
 * getComputedStyle; with dozens of findings on screen that takes minutes, so tests of a full
 * pane find buttons by text (role queries stay for small containers such as one finding).
 */
export function buttonByText(text: string | RegExp, container: HTMLElement = document.body): HTMLButtonElement {
  return within(container).getByText(text, { selector: "button" }) as HTMLButtonElement;
}
