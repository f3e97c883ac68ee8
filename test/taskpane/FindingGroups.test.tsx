import { screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { makeFinding, said } from "./fixtures";
import { renderFindingGroups } from "./render";

test("a probable cause comes first with 'Go to the cause', its consequences folded under it", async () => {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const cause = { sheet: "Asuminen ja ympäristö", cell: "C115", actual: "-30010", suggested: "-30000", resolves: 2, parts: said("Kelkkareitit MENOT on todennäköisesti -30 000.") };
  const { onSelectRange } = renderFindingGroups([
    makeFinding({ cell: "C20", parts: said("toinen virhe") }),
    makeFinding({ cell: "C131", parts: said("yksiköiden summa"), cause }),
    makeFinding({ cell: "C140", parts: said("seuraus"), consequenceOf: "Asuminen ja ympäristö!C115" }),
  ]);
  const items = screen.getAllByTestId("finding");
  expect(items.map((li) => li.getAttribute("data-cause"))).toEqual(["true", null]);
  const lead = items[0];
  // No title repeats what the cause's own message says: the cell is named on the button that goes there.
  expect(within(lead).getByTestId("cause").textContent?.match(/C115/g)).toHaveLength(1);
  expect(within(lead).getByTestId("cause")).not.toHaveTextContent("Todennäköinen syy");
  expect(within(lead).getByTestId("cause")).toHaveTextContent("Kelkkareitit MENOT on todennäköisesti -30 000.: sekä vertailuarvo");
  await user.click(within(lead).getByText("Siirry syyhyn C115", { selector: "button" }));
  expect(onSelectRange).toHaveBeenCalledWith("Asuminen ja ympäristö", "C115");
  // The consequence is folded under its cause until asked for.
  expect(screen.queryByText(/^seuraus:/)).not.toBeInTheDocument();
  const toggle = within(lead).getByText("1 seuraus", { selector: "button" });
  await user.click(toggle);
  expect(within(lead).getByText(/^seuraus:/)).toBeInTheDocument();
});

test("without the analysis' fields a table lists its findings as before", () => {
  renderFindingGroups([makeFinding({ cell: "C20", parts: said("yksi") }), makeFinding({ cell: "C21", parts: said("kaksi"), severity: "warning" })]);
  expect(screen.getAllByTestId("finding").map((li) => li.getAttribute("data-cause"))).toEqual([null, null]);
  expect(screen.queryByTestId("cause")).not.toBeInTheDocument();
});

test("a cause or a candidate on another sheet is named as Excel writes it, and selects that sheet's cell", async () => {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const other = "Kaupunkimarkkinointi, hankinnat";
  const cause = { sheet: other, cell: "C48", actual: "-11090", suggested: "-9022", resolves: 4, parts: said("johtamisen kustannus") };
  const candidates = [
    { sheet: other, cell: "E9", actual: "-79850", suggested: "-79860", resolves: 1, parts: said("kaksi yhtä hyvää selitystä") },
    { sheet: "Asuminen ja ympäristö", cell: "D38", actual: "-254200", suggested: "-245350", resolves: 1, parts: said("kaksi yhtä hyvää selitystä") },
  ];
  const { onSelectRange } = renderFindingGroups([
    makeFinding({ sheet: "Asuminen ja ympäristö", cell: "C54", parts: said("kohdistettu osuus"), cause }),
    makeFinding({ sheet: "Asuminen ja ympäristö", cell: "D42", parts: said("summa"), possibleCauses: candidates }),
  ]);
  expect(screen.getByText(`Siirry syyhyn '${other}'!C48`, { selector: "button" })).toBeInTheDocument();
  const possible = screen.getByTestId("possible-causes");
  await user.click(within(possible).getByText(`'${other}'!E9`, { selector: "button" }));
  expect(onSelectRange).toHaveBeenCalledWith(other, "E9");
  await user.click(within(possible).getByText("D38", { selector: "button" }));
  expect(onSelectRange).toHaveBeenCalledWith("Asuminen ja ympäristö", "D38");
});
