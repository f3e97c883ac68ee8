import Decimal from "decimal.js";
import { Repair, compareRepairs } from "../../../src/core/why/repairs";
import { Figure } from "../../../src/core/why/figures";

// Two repairs alike in all but their values: the smaller change is the one a reader is shown first.
function repair(actual: string, suggested: string): Repair {
  const figure = { role: "input", unit: "euro" } as unknown as Figure;
  return { figure, actual: new Decimal(actual), suggested: new Decimal(suggested), follows: [], followKeys: [], resolved: [], pattern: null, plausibility: 0, exact: true };
}

function ranked(...repairs: Repair[]): string[] {
  return [...repairs].sort(compareRepairs).map((r) => r.suggested.toString());
}

describe("compareRepairs by the size of the change", () => {
  it("puts the smaller change first, across decimals", () => {
    expect(ranked(repair("100", "130"), repair("100.5", "100"))).toEqual(["100", "130"]);
    expect(ranked(repair("-20", "20"), repair("5", "-40.25"))).toEqual(["20", "-40.25"]);
  });

  it("tells changes apart beyond the safe integers", () => {
    // 2^53 + 1 and 2^53 + 3: as doubles they round together.
    expect(ranked(repair("0", "9007199254740995"), repair("0", "9007199254740993"))).toEqual(["9007199254740993", "9007199254740995"]);
    expect(ranked(repair("0.000000000000001", "90071992547409.93"), repair("0", "90071992547409.92"))).toEqual(["90071992547409.92", "90071992547409.93"]);
  });
});
