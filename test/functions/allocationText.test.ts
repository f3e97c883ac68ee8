import { computeManagementAllocation } from "../../src/core/managementAllocation";
import { checkWorkbook } from "../../src/core/check";
import { gridsFromText } from "../../src/hosts/text";
import { renderAllocationText } from "../../src/cli/allocationText";
import { modelOf, seedText } from "./allocationFixtures";

const { model } = checkWorkbook(gridsFromText(seedText()));

function block(text: string, title: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf(title);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf("", start);
  return lines.slice(start, end < 0 ? undefined : end);
}

describe("renderAllocationText", () => {
  it("prints the 2024 block in Finnish with Finnish number formats and the source cells", () => {
    const text = renderAllocationText(computeManagementAllocation(model, { managementTotals: { 2024: 143000 } }), "fi");
    const lines = block(text, "Vuosi 2024");
    expect(lines[1]).toBe("Kokonaissumma -143\u00a0000 € on annettu valinnalla --management-total.");
    expect(lines[2]).toBe("Avaimet yhteensä 100,0 %.");
    const asuminen = lines.find((l) => l.startsWith("Asuminen ja ympäristö"))!;
    expect(asuminen.split(/ {2,}/)).toEqual([
      "Asuminen ja ympäristö",
      "TA 2024",
      "65,7",
      "-93\u00a0940",
      "-142\u00a0983",
      "-93\u00a0951",
      "11",
      "'Asuminen ja ympäristö'!E124",
    ]);
    expect(lines.find((l) => l.startsWith("Yhteensä"))!.split(/ {2,}/)).toEqual(["Yhteensä", "100,0", "-142\u00a0990", "-143\u00a0000", "10"]);
    expect(lines.at(-1)).toBe("Kokonaissummasta kohdistamatta: -10 €");
  });

  it("right-aligns the figures under their headings", () => {
    const lines = block(renderAllocationText(computeManagementAllocation(model, { managementTotals: { 2024: 143000 } }), "fi"), "Vuosi 2024");
    const header = lines[3];
    const end = header.indexOf("Kohdistettu") + "Kohdistettu".length;
    for (const l of lines.slice(5, 8)) expect(l.slice(0, end)).toMatch(/\d$/);
    for (const l of lines.slice(5, 8)) expect(l[end]).toBe(" ");
  });

  it("prints English with English number formats", () => {
    const text = renderAllocationText(computeManagementAllocation(model, { managementTotals: {} }), "en");
    const lines = block(text, "Year 2023");
    // 2023: Asuminen and Työllisyys imply one total (about 130 750), Kaupunkimarkkinointi another.
    expect(lines[1]).toBe(
      "Total -130,752 € is what the areas that agree with each other (Asuminen ja ympäristö, Työllisyyspalvelut) imply by their shares; the others are judged against it (no agreed total was given with --management-total).",
    );
    expect(lines.find((l) => l.startsWith("Työllisyyspalvelut"))!.split(/ {2,}/)).toEqual([
      "Työllisyyspalvelut",
      "TA+MUUTOS 2023",
      "10.6",
      "-13,850",
      "-130,660",
      "-13,860",
      "10",
      "'Työllisyyspalvelut'!C112",
    ]);
  });

  it("says when keys do not add up to 100 % and when an area has no figure", () => {
    const view = computeManagementAllocation(
      modelOf([
        { sheet: "A", columns: [["TA", 2024]], units: [{ name: "J 60 % v. 2024", keys: [[2024, "60"]], menot: [-60000] }] },
        { sheet: "B", columns: [["TP", 2023]], units: [{ name: "J 39,9 % v. 2024", keys: [[2024, "39.9"]], menot: [-1] }] },
      ]),
      { managementTotals: { 2024: 100000 } },
    );
    const text = renderAllocationText(view, "fi");
    expect(text).toContain("Avaimet ovat yhteensä 99,9 %, eivät 100 %");
    expect(text.split("\n").find((l) => l.startsWith("B "))!.split(/ {2,}/)).toEqual(["B", "–", "39,9", "ei lukua", "–", "-39\u00a0900", "–", "B!A11"]);
  });

  it("says so when the workbook has no management keys", () => {
    expect(renderAllocationText({ years: [] }, "en")).toContain("No management-cost keys");
  });
});
