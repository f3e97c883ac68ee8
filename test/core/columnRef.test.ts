import { columnRefName, matchColumn, parseColumnRef, withBudgetAlias } from "../../src/core/compare/columns";

describe("column references", () => {
  it("reads a column name as the CLI's --base and the pane's settings write it", () => {
    expect(parseColumnRef("TA 2024")).toEqual({ kind: "TA", year: 2024 });
    expect(parseColumnRef(" ta + muutos 2023 ")).toEqual({ kind: "TA+MUUTOS", year: 2023 });
    expect(parseColumnRef("tpe2023")).toEqual({ kind: "TPE", year: 2023 });
    expect(parseColumnRef("TP 2022")).toEqual({ kind: "TP", year: 2022 });
    expect(parseColumnRef("TA")).toBeNull();
    expect(parseColumnRef("XX 2024")).toBeNull();
    expect(parseColumnRef("TA 1850")).toBeNull();
    expect(columnRefName({ kind: "TA+MUUTOS", year: 2023 })).toBe("TA+MUUTOS 2023");
  });

  it("treats TA and TA+MUUTOS of one year as the same budget, preferring the name given", () => {
    expect(withBudgetAlias({ kind: "TA", year: 2023 })).toEqual([{ kind: "TA", year: 2023 }, { kind: "TA+MUUTOS", year: 2023 }]);
    expect(withBudgetAlias({ kind: "TP", year: 2022 })).toEqual([{ kind: "TP", year: 2022 }]);
    const columns = [{ kind: "TP" as const, year: 2022 }, { kind: "TA+MUUTOS" as const, year: 2023 }];
    expect(matchColumn({ kind: "TA", year: 2023 }, columns)).toEqual({ index: 1, exact: false });
    expect(matchColumn({ kind: "TA", year: 2024 }, columns)).toBeNull();
  });
});
