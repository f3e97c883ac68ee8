import "../taskpane/polyfills";
import { render, screen, within } from "@testing-library/react";
import userEventLib, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { FindingFilters } from "../../src/taskpane/components/FindingFilters";
import { FindingFiltersApi } from "../../src/taskpane/hooks/useFindingFilters";
import { NoCss } from "../taskpane/render";

function filters(rules: string[], selectedRules: string[] = []): FindingFiltersApi {
  return {
    severities: new Set(["error", "warning", "info"]),
    toggleSeverity: () => undefined,
    rules,
    selectedRules,
    setSelectedRules: () => undefined,
    query: "",
    setQuery: () => undefined,
    searched: "",
    words: "",
    apply: (f) => [...f],
    searchMatches: () => true,
  };
}

test("the rule filter names rules in words, not by their ids", async () => {
  const u = userEventLib.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <NoCss>
      <FindingFilters filters={filters(["sum", "per-resident-population"])} counts={{ error: 1, warning: 0, info: 1 }} />
    </NoCss>,
  );
  await u.click(screen.getByLabelText("Sääntö"));
  // The multi-select Dropdown opens its list outside the fieldset; its options are checkboxes.
  const list = document.querySelector<HTMLElement>('[role="listbox"], [role="menu"]');
  if (!list) throw new Error("the rule filter did not open");
  const options = within(list).getAllByRole("menuitemcheckbox");
  expect(options.map((o) => o.textContent)).toEqual(["Summa", "€/asukas ilman asukaslukua"]);
});

test("one chosen rule shows its name in the closed filter", () => {
  render(
    <NoCss>
      <FindingFilters filters={filters(["sum", "change-percent"], ["change-percent"])} counts={{ error: 1, warning: 0, info: 1 }} />
    </NoCss>,
  );
  expect(screen.getByLabelText("Sääntö")).toHaveTextContent("Muutos %");
  expect(screen.getByLabelText("Sääntö")).not.toHaveTextContent("change-percent");
});
