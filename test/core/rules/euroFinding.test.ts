import { euroFinding } from "../../../src/core/rules/support/euro";
import { RuleContext } from "../../../src/core/rules/types";
import { ValueCell } from "../../../src/core/model";
import { parseCell } from "../../../src/core/numbers";
import { part } from "../../../src/core/message";
import { resolveOptions } from "../../../src/core/options";
import Decimal from "decimal.js";

function cellOf(address: string, row: number, value: number): ValueCell {
  const parsed = parseCell(value);
  return { cell: address, row, col: 1, parsed, value: parsed.kind === "number" ? parsed.value : null };
}

const ctx: RuleContext = { model: { sheets: [] } as unknown as RuleContext["model"], options: resolveOptions({}), t: part, equations: [] };
const place = { sheet: "S", area: "A", row: "MENOT", column: "TA 2024" };

describe("euroFinding", () => {
  it("words each finding with its own figures when callers share one params object", () => {
    const params = { row: "MENOT" };
    const first = euroFinding(ctx, { rule: "sum", place, checked: cellOf("B2", 2, 10), verdict: "wrong", messageKey: "sum", params }, new Decimal(12), []);
    const second = euroFinding(ctx, { rule: "sum", place, checked: cellOf("B3", 3, 20), verdict: "wrong", messageKey: "sum", params }, new Decimal(25), []);
    expect(first.parts[0].params).toMatchObject({ row: "MENOT", actual: { figure: "10" }, expected: { figure: "12" } });
    expect(second.parts[0].params).toMatchObject({ row: "MENOT", actual: { figure: "20" }, expected: { figure: "25" } });
    expect(params).toEqual({ row: "MENOT" });
  });
});
