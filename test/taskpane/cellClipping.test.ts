import { fitsUnclipped } from "../../src/taskpane/components/demo/cellClipping";

describe("which cells of the demo grid clip their text with an ellipsis", () => {
  test("a short label or figure in Latin letters is shown whole; a long one is clipped", () => {
    expect(fitsUnclipped("Toimintakate €/asukas")).toBe(false);
    expect(fitsUnclipped("TOIMINTAKULUT")).toBe(true);
    expect(fitsUnclipped("-1 234 567,89 €")).toBe(true);
    expect(fitsUnclipped("Verksamhetsbidrag")).toBe(true);
    expect(fitsUnclipped("x".repeat(21))).toBe(false);
  });

  test("text in a script whose characters may be wider than the cell is clipped however short", () => {
    expect(fitsUnclipped("\ufdfd")).toBe(false);
    expect(fitsUnclipped("予算")).toBe(false);
  });
});
