import { detectConvention } from "../../../src/core/relations/convention";
import { parseCell } from "../../../src/core/numbers";

describe("a table's sign convention from its cost figures", () => {
  const costs = (...values: number[]) => values.map((v) => parseCell(v));

  test("the majority of non-zero cost figures decides, a tie keeps costs negative", () => {
    expect(detectConvention(costs(120, 80, -5))).toBe("costs-positive");
    expect(detectConvention(costs(-120, 0, 80))).toBe("costs-negative");
  });

  test("only the table's own figures count when the list holds more (a list reused across tables)", () => {
    // The first two are this table's; the rest were a bigger table's, printed positive.
    const reused = costs(-120, -80, 10, 20, 30, 40);
    expect(detectConvention(reused, 2)).toBe("costs-negative");
    expect(detectConvention(reused)).toBe("costs-positive");
  });
});
