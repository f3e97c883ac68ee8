import { recognizeSheet } from "../../../src/core/recognize";
import { KayttotalousTable, MaararahatTable, TunnusluvutTable, YksikotTable } from "../../../src/core/model";
import { KAYTTOTALOUS_ROWS, gridAt } from "./fixtures";

describe("recognising käyttötalous", () => {
  it("finds the table wherever it sits and keeps each value's cell", () => {
    const sheet = recognizeSheet(gridAt("Moved", 7, 3, KAYTTOTALOUS_ROWS));
    expect(sheet.tables).toHaveLength(1);
    const t = sheet.tables[0] as KayttotalousTable;
    expect(t.kind).toBe("kayttotalous");
    expect(t.range).toBe("D8:G19");
    expect(t.columns.map((c) => c.label)).toEqual(["TP 2022", "TA+MUUTOS 2023", "TA 2024"]);
    expect(t.tuotot.map((r) => r.label)).toEqual(["Myyntituotot", "Vuokratuotot"]);
    expect(t.tuototTotal?.cells[0].cell).toBe("E14");
    expect(t.kulut).toHaveLength(2);
    expect(t.kulutTotal?.cells[2].value?.toNumber()).toBe(-700);
    expect(t.toimintakate?.cells[1].cell).toBe("F19");
  });

  it("reads one-cell headers, Finnish text numbers and markers", () => {
    const rows = KAYTTOTALOUS_ROWS.slice(2).map((r) => r.map((v) => (typeof v === "number" ? `${v}`.replace("-", "\u2212") : v)));
    rows[2][2] = "sis. joht.";
    const sheet = recognizeSheet(gridAt("Text", 0, 0, [[null, "TP 2022", "TA+muutos 2023", "TA 2024*"], ...rows]));
    const t = sheet.tables[0] as KayttotalousTable;
    expect(t.columns.map((c) => c.label)).toEqual(["TP 2022", "TA+MUUTOS 2023", "TA 2024"]);
    expect(t.columns[2].starred).toBe(true);
    expect(t.kulut[0].cells[0].value?.toNumber()).toBe(-400);
    expect(t.tuotot[0].cells[1].parsed.kind).toBe("marker");
  });

  it("matches labels despite case, spacing and the Vastualueen typo", () => {
    const rows = KAYTTOTALOUS_ROWS.map((r) => [...r]);
    rows[6][0] = "  Toimintatuotot ";
    rows[11][0] = "Toimintakate / jäämä";
    const t = recognizeSheet(gridAt("Case", 0, 0, rows)).tables[0] as KayttotalousTable;
    expect(t.tuototTotal?.row).toBe(6);
    expect(t.toimintakate?.row).toBe(11);
  });

  it("reports a sheet with no tables and an empty sheet", () => {
    expect(recognizeSheet({ sheet: "Tyhjä", originRow: 0, originCol: 0, values: [] }).observations[0].kind).toBe("empty-sheet");
    const prose = recognizeSheet(gridAt("Proosa", 0, 0, [["Toiminta-ajatus"], ["Kaupunki tuottaa palveluja."]]));
    expect(prose.observations.map((o) => o.kind)).toEqual(["no-tables"]);
  });
});

describe("recognising unit blocks", () => {
  const rows = [
    [null, "TP 2022", "TA 2024"],
    ["Lautakunta", null, null],
    ["MENOT", -12, "sis. joht."],
    ["TULOT", 0, "sis. joht."],
    ["NETTOMENO", -12, "sis. joht."],
    ["Johtaminen (elinvoima 82,5 % kust. v. 2023 ja 65,7 % v. 2024)", null, null],
    ["MENOT", -100, -90],
    ["TULOT", 2, 0],
    [null, null, null],
    ["NETTOMENO", -98, -90],
    ["Vastuualue yhteensä", null, null],
    ["MENOT", -112, -90],
    ["TULOT", 2, 0],
    ["NETTOMENO", -110, -90],
  ];

  it("reads units, the area total, a blank row inside a block and the management keys", () => {
    const sheet = recognizeSheet(gridAt("Units", 2, 1, rows));
    const t = sheet.tables[0] as YksikotTable;
    expect(t.kind).toBe("yksikot");
    expect(t.units.map((u) => u.name.slice(0, 10))).toEqual(["Lautakunta", "Johtaminen"]);
    expect(t.units[1].nettomeno?.cells[0].value?.toNumber()).toBe(-98);
    expect(t.units[1].management).toBe(true);
    expect(t.units[1].keys.map((k) => [k.year, k.percent.toNumber()])).toEqual([
      [2023, 82.5],
      [2024, 65.7],
    ]);
    expect(t.units[0].management).toBe(false);
    expect(t.total?.menot?.cells[1].cell).toBe("D14");
  });

  it("names each sheet's own heading cell in its management keys when the same heading stands on two sheets", () => {
    const first = recognizeSheet(gridAt("Units", 2, 1, rows)).tables[0] as YksikotTable;
    const second = recognizeSheet(gridAt("Moved", 5, 3, rows)).tables[0] as YksikotTable;
    const keysOf = (t: YksikotTable) => t.units[1].keys.map((k) => [k.year, k.percent.toFixed(), k.cell]);
    expect(keysOf(first)).toEqual([
      [2023, "82.5", first.units[1].nameCell],
      [2024, "65.7", first.units[1].nameCell],
    ]);
    expect(keysOf(second)).toEqual([
      [2023, "82.5", second.units[1].nameCell],
      [2024, "65.7", second.units[1].nameCell],
    ]);
    expect(second.units[1].nameCell).not.toBe(first.units[1].nameCell);
  });

  it("splits units that follow käyttötalous under the same header", () => {
    const combined = [...KAYTTOTALOUS_ROWS, ...rows.slice(1)];
    const sheet = recognizeSheet(gridAt("Both", 0, 0, combined));
    expect(sheet.tables.map((t) => t.kind)).toEqual(["kayttotalous", "yksikot"]);
  });

  it("says so when a unit has no rows", () => {
    const sheet = recognizeSheet(gridAt("Cut", 0, 0, [...rows, ["Uusi yksikkö", null, null]]));
    expect(sheet.observations.some((o) => o.kind === "unit-without-rows" && o.text === "Uusi yksikkö")).toBe(true);
  });
});

describe("recognising määrärahat and tunnusluvut", () => {
  it("reads the two years and the change € and % columns", () => {
    const sheet = recognizeSheet(
      gridAt("M", 4, 2, [
        ["Asuminen ja ympäristö- palvelut", "TA+muutos", "TA", "MUUTOS", "MUUTOS"],
        [null, 2023, 2024, "€", "%"],
        ["MENOT", -2759200, -2983250, -224050, 8.1],
        ["TULOT", 1039200, 1112100, 72900, 7],
        ["NETTOMENO", -1720000, -1871150, -151150, 8.8],
      ]),
    );
    const t = sheet.tables[0] as MaararahatTable;
    expect(t.kind).toBe("maararahat");
    expect(t.title).toBe("Asuminen ja ympäristö- palvelut");
    expect(t.columns.map((c) => c.label)).toEqual(["TA+MUUTOS 2023", "TA 2024"]);
    expect(t.menot?.changePct?.cell).toBe("G7");
    expect(t.nettomeno?.changeEur?.value?.toNumber()).toBe(-151150);
  });

  it("pairs amounts with their Muutos % rows and reads the base note", () => {
    const sheet = recognizeSheet(
      gridAt("T", 0, 0, [
        ["Tunnusluvut", "TA 2023", "TPE 2023", "TA 2024*"],
        ["Vakinaiset virat ja toimet 31.12.", 13, 13, 13],
        ["Henkilöstömenot €", "-676 800", "-630 000", "-709 230"],
        ["Muutos %", "-6,1", "-6,9", "4,8"],
        ["Toimintakate €/asukas", -249, -232, -267],
        [null],
        ["* TA 2024 vrt. TA 2023"],
      ]),
    );
    const t = sheet.tables[0] as TunnusluvutTable;
    expect(t.items.map((i) => [i.amount.label, Boolean(i.change)])).toEqual([["Henkilöstömenot €", true]]);
    expect(t.others.map((o) => o.label)).toEqual(["Vakinaiset virat ja toimet 31.12."]);
    expect(t.perResident?.cells[2].value?.toNumber()).toBe(-267);
    expect(t.notes).toEqual([
      expect.objectContaining({ target: { kind: "TA", year: 2024 }, base: { kind: "TA", year: 2023 }, cell: "A7" }),
    ]);
  });

  it("keeps two tables side by side apart", () => {
    const left = KAYTTOTALOUS_ROWS;
    const right = [
      ["Palvelut", "TA+muutos", "TA", "MUUTOS", "MUUTOS"],
      [null, 2023, 2024, "€", "%"],
      ["MENOT", -600, -700, -100, 16.7],
      ["TULOT", 260, 370, 110, 42.3],
      ["NETTOMENO", -340, -330, 10, -2.9],
    ];
    const rows = left.map((r, i) => [...r, null, null, ...(right[i] ?? [])]);
    const sheet = recognizeSheet(gridAt("Side", 0, 0, rows));
    expect(sheet.tables.map((t) => `${t.kind} ${t.range}`)).toEqual(["kayttotalous A1:D12", "maararahat G1:K5"]);
  });

  it("names the area from the title cell", () => {
    const sheet = recognizeSheet(gridAt("Sheet1", 0, 0, [["ASUMINEN JA YMPÄRISTÖ VASTUUALUE"], [null], ...KAYTTOTALOUS_ROWS]));
    expect(sheet.area).toBe("Asuminen ja ympäristö");
    expect(sheet.tables[0].area).toBe("Asuminen ja ympäristö");
  });

  it("reports merged cells over figures", () => {
    const grid = gridAt("Merged", 0, 0, KAYTTOTALOUS_ROWS);
    grid.merged = ["B5:C5", "A1:A2"];
    const obs = recognizeSheet(grid).observations;
    expect(obs.filter((o) => o.kind === "merged-cells").map((o) => o.cell)).toEqual(["B5:C5"]);
  });

  it("passes over a merge a host could not name as a range, and still reports the others", () => {
    const grid = gridAt("Merged", 0, 0, KAYTTOTALOUS_ROWS);
    grid.merged = ["not a range", "B5:C5"];
    const obs = recognizeSheet(grid).observations;
    expect(obs.filter((o) => o.kind === "merged-cells").map((o) => o.cell)).toEqual(["B5:C5"]);
  });
});

describe("number formats", () => {
  it("keep the format code with the value so rules know what the cell shows", () => {
    const grid = gridAt("F", 0, 0, KAYTTOTALOUS_ROWS);
    grid.numberFormats = grid.values.map((r) => r.map(() => "#,##0.0"));
    const t = recognizeSheet(grid).tables[0] as KayttotalousTable;
    expect(t.tuotot[0].cells[0].numberFormat).toBe("#,##0.0");
  });
});
