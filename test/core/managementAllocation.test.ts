import Decimal from "decimal.js";
import fc from "fast-check";
import { computeManagementAllocation, AllocationYear } from "../../src/core/managementAllocation";
import { QuotientInterval } from "../../src/core/compare/consensus";
import { checkWorkbook } from "../../src/core/check";
import { gridsFromText } from "../../src/hosts/text";
import { modelOf, seedText } from "../functions/allocationFixtures";

const str = (d: Decimal | null) => (d === null ? null : d.toFixed());
const column = (y: AllocationYear, field: "keyPercent" | "amount" | "expected" | "difference" | "impliedTotal") =>
  y.rows.map((r) => str(r[field]));

const ELINVOIMA = modelOf([
  {
    sheet: "Asuminen ja ympäristö",
    columns: [["TP", 2022], ["TA+MUUTOS", 2023], ["TPE", 2023], ["TA", 2024], ["KS", 2024]],
    units: [{ name: "Johtaminen (elinvoima 82,5 % kust. v. 2023 ja 65,7 % v. 2024)", keys: [[2023, "82.5"], [2024, "65.7"]], menot: [-182593, -107880, 0, -93940, -93940] }],
  },
  {
    sheet: "Kaupunkimarkkinointi, hankinnat",
    columns: [["TP", 2022], ["TA+MUUTOS", 2023], ["TPE", 2023], ["TA", 2024], ["KS", 2024]],
    units: [{ name: "Elinvoiman johtamisen kust. 6,9 % v. 2023 ja 5,5 % v. 2024", keys: [[2023, "6.9"], [2024, "5.5"]], menot: [0, "-11 090", 0, "-7 870", "-7 870"] }],
  },
  {
    sheet: "Työllisyyspalvelut",
    columns: [["TP", 2022], ["TA+MUUTOS", 2023], ["TPE", 2023], ["TA", 2024], ["KS", 2024]],
    units: [{ name: "Johtamisen kust. 10,6 % v. 2023 ja 28,8 % v. 2024", keys: [[2023, "10.6"], [2024, "28.8"]], menot: [0, -13850, 0, -41180, -41180] }],
  },
]);

describe("computeManagementAllocation on hand-built models", () => {
  it("lists one block per year with the keys read from the headings and the budget-column amounts", () => {
    const view = computeManagementAllocation(ELINVOIMA, { managementTotals: {} });
    expect(view.years.map((y) => y.year)).toEqual([2023, 2024]);
    const [y2023, y2024] = view.years;
    expect(column(y2023, "keyPercent")).toEqual(["82.5", "6.9", "10.6"]);
    expect(column(y2023, "amount")).toEqual(["-107880", "-11090", "-13850"]);
    expect(y2023.rows.map((r) => r.column)).toEqual(["TA+MUUTOS 2023", "TA+MUUTOS 2023", "TA+MUUTOS 2023"]);
    expect(column(y2024, "amount")).toEqual(["-93940", "-7870", "-41180"]);
    expect(y2024.rows.map((r) => r.column)).toEqual(["TA 2024", "TA 2024", "TA 2024"]);
    expect(y2024.rows.map((r) => `${r.sheet}!${r.amountCell}`)).toEqual(["Asuminen ja ympäristö!E12", "Kaupunkimarkkinointi, hankinnat!E12", "Työllisyyspalvelut!E12"]);
    expect(y2024.rows.map((r) => r.keyCell)).toEqual(["A11", "A11", "A11"]);
    expect(y2024.keySum.toFixed()).toBe("100");
    expect(y2024.keysComplete).toBe(true);
  });

  it("expects 93 951 / 7 865 / 41 184 (as costs) at the agreed total 143 000 € and shows the differences", () => {
    const y = computeManagementAllocation(ELINVOIMA, { managementTotals: { 2024: 143000 } }).years[1];
    expect(y.totalSource).toBe("agreed");
    expect(str(y.total)).toBe("-143000");
    expect(column(y, "expected")).toEqual(["-93951", "-7865", "-41184"]);
    expect(column(y, "difference")).toEqual(["11", "-5", "4"]);
    expect(str(y.amountSum)).toBe("-142990");
    expect(str(y.unallocated)).toBe("-10");
    expect(y.rows.map((r) => r.impliedTotal?.toDecimalPlaces(0).toFixed())).toEqual(["-142983", "-143091", "-142986"]);
  });

  it("takes an agreed total written as a negative cost the same way", () => {
    const y = computeManagementAllocation(ELINVOIMA, { managementTotals: { 2024: -143000 } }).years[1];
    expect(column(y, "expected")).toEqual(["-93951", "-7865", "-41184"]);
  });

  it("without an agreed total, splits the sum of the amounts and the expected parts add up to it", () => {
    const y = computeManagementAllocation(ELINVOIMA, { managementTotals: {} }).years[1];
    expect(y.totalSource).toBe("sum");
    expect(str(y.total)).toBe("-142990");
    expect(column(y, "expected")).toEqual(["-93944", "-7865", "-41181"]);
    expect(y.rows.reduce((a, r) => a.plus(r.expected!), new Decimal(0)).toFixed()).toBe("-142990");
    expect(str(y.unallocated)).toBe("0");
  });

  it("without an agreed total, holds the odd area against the total the agreeing areas imply", () => {
    // The document's 2023 amounts do not follow its 2023 keys: Asuminen (-107 880 at 82,5 %) and
    // Työllisyys (-13 850 at 10,6 %) both imply about -130 750, Kaupunkimarkkinointi (-11 090 at
    // 6,9 %) -160 725. Split by the keys, -130 752 gives -107 870 / -9 022 / -13 860.
    const y = computeManagementAllocation(ELINVOIMA, { managementTotals: {} }).years[0];
    expect(y.totalSource).toBe("agreeing");
    expect(y.agreeing?.rows.map((r) => r.area)).toEqual(["Asuminen ja ympäristö", "Työllisyyspalvelut"]);
    expect(str(y.total)).toBe("-130752");
    expect(column(y, "expected")).toEqual(["-107870", "-9022", "-13860"]);
    expect(column(y, "difference")).toEqual(["-10", "-2068", "10"]);
  });

  it("takes an agreed total of 0 as none agreed", () => {
    const y = computeManagementAllocation(ELINVOIMA, { managementTotals: { 2024: 0 } }).years[1];
    expect(y.totalSource).toBe("sum");
    expect(str(y.total)).toBe("-142990");
  });

  it("flags keys that add up to 99,9 % and gives each area its own key's share", () => {
    const model = modelOf([
      { sheet: "A", columns: [["TA", 2024]], units: [{ name: "Johtaminen 60 % v. 2024", keys: [[2024, "60"]], menot: [-60000] }] },
      { sheet: "B", columns: [["TA", 2024]], units: [{ name: "Johtaminen 39,9 % v. 2024", keys: [[2024, "39.9"]], menot: [-40000] }] },
    ]);
    const y = computeManagementAllocation(model, { managementTotals: { 2024: 100000 } }).years[0];
    expect(y.keysComplete).toBe(false);
    expect(str(y.keySum)).toBe("99.9");
    expect(column(y, "expected")).toEqual(["-60000", "-39900"]);
    expect(column(y, "difference")).toEqual(["0", "-100"]);
  });

  it("keeps a row whose amount cell holds a marker, with its cell but no figure, and then knows no total unless one is agreed", () => {
    const model = modelOf([
      { sheet: "A", columns: [["TA", 2024]], units: [{ name: "Johtaminen 50 % v. 2024", keys: [[2024, "50"]], menot: ["sis. joht."] }] },
      { sheet: "B", columns: [["TA", 2024]], units: [{ name: "Johtaminen 50 % v. 2024", keys: [[2024, "50"]], menot: [-500] }] },
    ]);
    const y = computeManagementAllocation(model, { managementTotals: {} }).years[0];
    expect(y.rows[0]).toMatchObject({ amount: null, amountCell: "B12", impliedTotal: null, difference: null });
    // Half of the shared cost is unknown, so -500 is no total to split.
    expect(y.totalSource).toBeNull();
    expect(y.missingAmounts.map((r) => r.sheet)).toEqual(["A"]);
    expect(column(y, "expected")).toEqual([null, null]);
    expect(y.unallocated).toBeNull();
    const agreed = computeManagementAllocation(model, { managementTotals: { 2024: 1000 } }).years[0];
    expect(column(agreed, "expected")).toEqual(["-500", "-500"]);
    expect(column(agreed, "difference")).toEqual([null, "0"]);
  });

  it("uses NETTOMENO when the unit has no MENOT row, and no amount when the year has no budget column", () => {
    const model = modelOf([
      { sheet: "A", columns: [["TP", 2023], ["TA", 2024]], units: [{ name: "Johtaminen 100 % v. 2024 ja 100 % v. 2023", keys: [[2024, "100"], [2023, "100"]], nettomeno: [-10, -20] }] },
    ]);
    const [y2023, y2024] = computeManagementAllocation(model, { managementTotals: {} }).years;
    expect(y2024.rows[0]).toMatchObject({ source: "nettomeno", column: "TA 2024", amountCell: "C14" });
    expect(str(y2024.rows[0].amount)).toBe("-20");
    expect(y2023.rows[0]).toMatchObject({ column: null, amount: null, amountCell: null, source: null });
  });

  it("rounds expected amounts to the decimals the figures show", () => {
    const model = modelOf([
      { sheet: "A", columns: [["TA", 2024]], units: [{ name: "J 50 % v. 2024", keys: [[2024, "50"]], menot: ["-10,25"] }] },
      { sheet: "B", columns: [["TA", 2024]], units: [{ name: "J 50 % v. 2024", keys: [[2024, "50"]], menot: ["-10,00"] }] },
    ]);
    const y = computeManagementAllocation(model, { managementTotals: {} }).years[0];
    expect(y.decimals).toBe(2);
    expect(column(y, "expected")).toEqual(["-10.13", "-10.12"]);
  });

  it("is empty for a model without management keys", () => {
    expect(computeManagementAllocation({ sheets: [] }, { managementTotals: {} }).years).toEqual([]);
  });
});

describe("computeManagementAllocation on the founding document", () => {
  const { model } = checkWorkbook(gridsFromText(seedText()));

  it("reads the 2024 TA amounts -93 940 / -7 870 / -41 180 and expects 93 951 / 7 865 / 41 184 at 143 000 €", () => {
    const y = computeManagementAllocation(model, { managementTotals: { 2024: 143000 } }).years.find((x) => x.year === 2024)!;
    expect(y.rows.map((r) => r.area)).toEqual(["Asuminen ja ympäristö", "Kaupunkimarkkinointi, hankinnat", "Työllisyyspalvelut"]);
    expect(column(y, "keyPercent")).toEqual(["65.7", "5.5", "28.8"]);
    expect(column(y, "amount")).toEqual(["-93940", "-7870", "-41180"]);
    expect(column(y, "expected")).toEqual(["-93951", "-7865", "-41184"]);
    expect(column(y, "difference")).toEqual(["11", "-5", "4"]);
    expect(y.rows.map((r) => r.column)).toEqual(["TA 2024", "TA 2024", "TA 2024"]);
    expect(y.rows.every((r) => r.amountCell && r.keyCell)).toBe(true);
  });

  it("reads the 2023 keys 82,5 / 6,9 / 10,6 with amounts -107 880 / -11 090 / -13 850", () => {
    const y = computeManagementAllocation(model, { managementTotals: {} }).years.find((x) => x.year === 2023)!;
    expect(column(y, "keyPercent")).toEqual(["82.5", "6.9", "10.6"]);
    expect(column(y, "amount")).toEqual(["-107880", "-11090", "-13850"]);
    expect(y.rows.map((r) => r.column)).toEqual(["TA+MUUTOS 2023", "TA+MUUTOS 2023", "TA+MUUTOS 2023"]);
    expect(y.keysComplete).toBe(true);
  });
});

describe("one computation for the rule and every view", () => {
  const totals: Record<number, number>[] = [{}, { 2024: 143000 }, { 2023: 130000, 2024: 142000 }];
  it.each(totals)("the allocation-expected findings are the view's expected amounts (totals %j)", (managementTotals) => {
    const result = checkWorkbook(gridsFromText(seedText()), { managementTotals });
    const view = computeManagementAllocation(result.model, { managementTotals });
    const findings = result.findings.filter((f) => f.rule === "allocation-expected" && f.expected !== undefined);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const row = view.years.flatMap((y) => y.rows).find((r) => r.sheet === f.sheet && r.amountCell === f.cell && r.column === f.column);
      expect({ cell: `${f.sheet}!${f.cell}`, expected: row?.expected?.toFixed() }).toEqual({ cell: `${f.sheet}!${f.cell}`, expected: f.expected });
    }
  });

  it("a view after the check at the same totals is the rule's own, not worked out again; other totals are", () => {
    const managementTotals = { 2024: 143000 };
    const result = checkWorkbook(gridsFromText(seedText()), { managementTotals });
    const view = computeManagementAllocation(result.model, { managementTotals: { 2024: 143000 } });
    expect(computeManagementAllocation(result.model, { managementTotals })).toBe(view);
    const other = computeManagementAllocation(result.model, { managementTotals: { 2024: 100000 } });
    expect(other).not.toBe(view);
    expect(str(other.years.find((y) => y.year === 2024)!.total)).toBe("-100000");
    expect(str(computeManagementAllocation(result.model, { managementTotals: {} }).years.find((y) => y.year === 2024)!.total)).toBe("-142990");
  });
});

describe("the totals an area's amount allows", () => {
  // Shown in the pane and named by allocation-implied-total: (|amount| ∓ 0,5) / (key ± half a unit of its decimals) × 100.
  it("are Decimal's quotients to the last digit, for amounts with and without cents and keys of any decimals", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -50_000_000, max: 50_000_000 }), fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }).map((c) => c / 100)),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (amount, keyDigits, keyPlaces) => {
          fc.pre(amount !== 0);
          const key = new Decimal(keyDigits).div(10 ** keyPlaces);
          const model = modelOf([{ sheet: "A", columns: [["TA", 2024]], units: [{ name: "Johtaminen", keys: [[2024, key.toFixed()]], menot: [amount] }] }]);
          const row = computeManagementAllocation(model, { managementTotals: {} }).years[0].rows[0];
          if (key.isZero()) return expect(row.impliedRange).toBeNull();
          const a = new Decimal(amount).abs();
          const half = new Decimal(10).pow(-key.decimalPlaces()).div(2);
          const high = key.minus(half).lte(0) ? "Infinity" : a.plus(0.5).div(key.minus(half)).mul(100).toFixed();
          expect([row.impliedRange?.low.toFixed(), row.impliedRange?.high.toFixed()]).toEqual([a.minus(0.5).div(key.plus(half)).mul(100).toFixed(), high]);
          // The estimate is the implied total's magnitude, the figure the pane prints beside it.
          expect(row.impliedRange?.point.toFixed()).toBe(a.div(key).mul(100).toFixed());
          expect(row.impliedTotal?.toFixed()).toBe(new Decimal(amount).div(key).mul(100).toFixed());
        },
      ),
    );
  });
  // The median of a year's estimates decides the total the agreeing areas are held to.
  it("order their estimates as the implied totals' magnitudes are ordered", () => {
    const amount = fc.oneof(fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 1, max: 5_000_000_00 }).map((c) => c / 100));
    const key = fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([digits, places]) => new Decimal(digits).div(10 ** places).toFixed());
    fc.assert(
      fc.property(fc.tuple(amount, key), fc.tuple(amount, key), ([a1, k1], [a2, k2]) => {
        const model = modelOf([{ sheet: "A", columns: [["TA", 2024]], units: [{ name: "Johtaminen", keys: [[2024, k1]], menot: [-a1] }, { name: "Johtaminen 2", keys: [[2024, k2]], menot: [-a2] }] }]);
        const [r1, r2] = computeManagementAllocation(model, { managementTotals: {} }).years[0].rows;
        const [iv1, iv2] = [r1.impliedRange, r2.impliedRange];
        // Beyond 2^53 the range is worked out in Decimal, and so ordered.
        fc.pre(iv1 instanceof QuotientInterval && iv2 instanceof QuotientInterval);
        expect((iv1 as QuotientInterval).comparePoint(iv2 as QuotientInterval)).toBe((r1.impliedTotal as Decimal).abs().comparedTo((r2.impliedTotal as Decimal).abs()));
      }),
    );
  });
});
