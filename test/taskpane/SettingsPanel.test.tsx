import "./polyfills";
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { Fluent, buttonByText } from "./render";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import { PaneSettings, defaultSettings } from "../../src/taskpane/settings";
import { settingsFromDraft, draftFromSettings } from "../../src/taskpane/settingsDraft";

function renderSettings(settings: PaneSettings) {
  const onSave = jest.fn(async (_: PaneSettings) => undefined);
  const onInvalid = jest.fn();
  render(
    <Fluent>
      <SettingsPanel settings={settings} onSave={onSave} onInvalid={onInvalid} />
    </Fluent>,
  );
  return { onSave, onInvalid };
}

test("tolerances, population, bases and management totals are saved as numbers and columns", async () => {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const { onSave } = renderSettings(defaultSettings("fi"));
  const euros = screen.getByLabelText("Euroero, joka on vielä pyöristystä (€)");
  await user.clear(euros);
  await user.type(euros, "2,5");
  const population = screen.getByRole("group", { name: "Asukasluku 31.12." });
  await user.click(within(population).getByRole("button", { name: "Lisää vuosi" }));
  await user.type(within(population).getByLabelText("Vuosi"), "2024");
  await user.type(within(population).getByLabelText("Arvo"), "7 008");
  const bases = screen.getByRole("group", { name: "Muutos %:n vertailupohjat" });
  await user.click(within(bases).getByRole("button", { name: "Lisää vertailupohja" }));
  await user.type(within(bases).getByLabelText("Sarake"), "TA 2024");
  await user.type(within(bases).getByLabelText("Vertailupohja"), "ta+muutos 2023");
  await user.click(buttonByText("Tallenna asetukset"));
  expect(onSave).toHaveBeenCalledTimes(1);
  const saved = onSave.mock.calls[0][0];
  expect(saved.tolerances.euros).toBe(2.5);
  expect(saved.population).toEqual({ 2024: 7008 });
  expect(saved.changeBases).toEqual([{ target: { kind: "TA", year: 2024 }, base: { kind: "TA+MUUTOS", year: 2023 } }]);
  expect(saved.managementTotals).toEqual({});
});

test("a wrong field is named and nothing is saved", async () => {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const { onSave, onInvalid } = renderSettings(defaultSettings("fi"));
  const bases = screen.getByRole("group", { name: "Muutos %:n vertailupohjat" });
  await user.click(within(bases).getByRole("button", { name: "Lisää vertailupohja" }));
  await user.type(within(bases).getByLabelText("Sarake"), "talousarvio");
  await user.type(within(bases).getByLabelText("Vertailupohja"), "TA 2023");
  await user.click(buttonByText("Tallenna asetukset"));
  expect(onSave).not.toHaveBeenCalled();
  expect(onInvalid).toHaveBeenCalled();
  expect(within(bases).getByText("Anna sarake muodossa TA 2024.")).toBeInTheDocument();
});

test("the draft keeps what was stored and refuses duplicate years", () => {
  const stored: PaneSettings = { ...defaultSettings("fi"), population: { 2024: 7008 }, managementTotals: { 2024: 143000.5 } };
  const draft = draftFromSettings(stored, "fi");
  expect(draft.managementTotals).toEqual([{ year: "2024", value: "143000,5" }]);
  expect(settingsFromDraft(draft, stored).settings).toEqual(stored);
  const dup = { ...draft, population: [...draft.population, { year: "2024", value: "7000" }] };
  expect(settingsFromDraft(dup, stored).errors).toEqual({ "population.1.year": "settings.duplicateYear" });
});
