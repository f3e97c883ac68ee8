/**
 * The demo's sheet tab strip in jsdom: roles, names, selection. Its keyboard movement is Tabster's
 * (Fluent's TabList), which in jsdom, laying nothing out, finds no tab to move to: demo.e2e.ts
 * presses the keys in chromium.
 */
import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemorySheet } from "../../src/hosts/memory";
import { SheetTabs } from "../../src/taskpane/components/demo/SheetTabs";
import { Fluent } from "./render";

const NAMES = ["Tuloslaskelma", "Elinvoima", "Sivistys", "Hyvinvointi"];
const sheets = NAMES.map((name) => ({ name }) as MemorySheet);

/** The strip as the workbook view holds it: the host decides which sheet is active. */
function Strip({ onSelect }: { onSelect(sheet: string): void }) {
  const [active, setActive] = useState(NAMES[1]);
  return (
    <Fluent>
      <SheetTabs
        sheets={sheets}
        active={active}
        onSelect={(sheet) => {
          onSelect(sheet);
          setActive(sheet);
        }}
      />
    </Fluent>
  );
}

function tab(name: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[role="tab"][value="${name}"]`);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

function selected(): string[] {
  return [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.getAttribute("value")!);
}

test("a tab list labelled for the sheets, one tab per sheet, the active one selected", () => {
  render(<Strip onSelect={jest.fn()} />);
  const list = screen.getByRole("tablist", { name: "Välilehdet" });
  const tabs = [...list.querySelectorAll('[role="tab"]')];
  expect(tabs.map((t) => t.getAttribute("value"))).toEqual(NAMES);
  expect(tabs.every((t) => t.getAttribute("data-testid") === "sheet-tab")).toBe(true);
  expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["false", "true", "false", "false"]);
  expect(tab(NAMES[2])).toHaveTextContent(NAMES[2]);
});

test("a click selects the sheet", async () => {
  const user = userEvent.setup({ delay: null });
  const onSelect = jest.fn();
  render(<Strip onSelect={onSelect} />);
  await user.click(tab(NAMES[3]));
  expect(onSelect).toHaveBeenCalledWith(NAMES[3]);
  expect(selected()).toEqual([NAMES[3]]);
});
