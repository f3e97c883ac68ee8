import { MemoryHost, parseStoredState, StatePersistence } from "../../../src/hosts/memory";
import { WordedFinding } from "../../../src/core/findings";
import { Grid } from "../../../src/core/grid";
import { StoredState } from "../../../src/core/host";

const grids: Grid[] = [
  { sheet: "Asuminen ja ympäristö", originRow: 0, originCol: 0, values: [["TOIMINTATUOTOT", 1, 2], ["Myynti", 3, 4]] },
  { sheet: "Työllisyys", originRow: 2, originCol: 1, values: [[5]] },
];

function finding(over: Partial<WordedFinding> = {}): WordedFinding {
  return {
    rule: "sum",
    severity: "error",
    sheet: "Asuminen ja ympäristö",
    cell: "B1",
    related: ["B2:B3"],
    area: "Asuminen ja ympäristö",
    message: "Summa ei täsmää",
    ...over,
  };
}

describe("MemoryHost", () => {
  test("reads every sheet and reports progress sheet by sheet", async () => {
    const host = new MemoryHost(grids);
    const progress: string[] = [];
    const read = await host.readGrids((p) => progress.push(`${p.done}/${p.total}${p.sheet ? " " + p.sheet : ""}`));
    expect(read.map((g) => g.sheet)).toEqual(["Asuminen ja ympäristö", "Työllisyys"]);
    expect(progress).toEqual(["0/2", "1/2 Asuminen ja ympäristö", "2/2 Työllisyys"]);
  });

  test("refuses two sheets with the same name", () => {
    expect(() => new MemoryHost([grids[0], { ...grids[1], sheet: "ASUMINEN JA YMPÄRISTÖ" }])).toThrow(/unique/);
  });

  test("select records the active sheet and normalised range and tells listeners", async () => {
    const host = new MemoryHost(grids);
    const seen: string[] = [];
    host.subscribe(() => {
      const s = host.snapshot();
      seen.push(`${s.activeSheet}|${s.selection?.range}`);
    });
    await host.select("Työllisyys", "c4:b3");
    expect(host.snapshot().selection).toEqual({ sheet: "Työllisyys", range: "B3:C4" });
    expect(seen).toEqual(["Työllisyys|B3:C4"]);
  });

  test("select of an unknown sheet or a bad address fails with a clear message and changes nothing", async () => {
    const host = new MemoryHost(grids);
    await expect(host.select("Ei ole", "A1")).rejects.toThrow('no sheet named "Ei ole"');
    await expect(host.select("Työllisyys", "1A")).rejects.toThrow(/A1/);
    expect(host.snapshot().selection).toBeUndefined();
    expect(host.snapshot().activeSheet).toBe("Asuminen ja ympäristö");
  });

  test("unsubscribed listeners hear nothing more", async () => {
    const host = new MemoryHost(grids);
    let calls = 0;
    const off = host.subscribe(() => calls++);
    await host.select("Työllisyys", "A1");
    off();
    await host.select("Työllisyys", "A2");
    expect(calls).toBe(1);
  });

  test("marks keep the most severe finding per cell, count cells, and clear completely", async () => {
    const host = new MemoryHost(grids);
    await host.mark([
      finding({ severity: "info", message: "pyöristys" }),
      finding({ severity: "error", message: "summa" }),
      finding({ cell: "B2:C2", severity: "warning", message: "etumerkki" }),
    ]);
    expect(await host.markedCount()).toBe(3);
    const b1 = host.snapshot().marks.get("Asuminen ja ympäristö!B1");
    expect(b1?.severity).toBe("error");
    expect(b1?.note).toBe("pyöristys\nsumma");
    // Marking the same finding again does not grow the note.
    await host.mark([finding({ severity: "error", message: "summa" })]);
    expect(host.snapshot().marks.get("Asuminen ja ympäristö!B1")?.note).toBe("pyöristys\nsumma");
    await host.clearMarks();
    expect(await host.markedCount()).toBe(0);
    expect(host.snapshot().marks.size).toBe(0);
  });

  test("Mark sets a probable cause's cell apart from the findings that follow from it", async () => {
    const host = new MemoryHost(grids);
    const cause = { sheet: "Asuminen ja ympäristö", cell: "B2", actual: "3", suggested: "4", resolves: 2, message: "B2 on todennäköisesti 4." };
    await host.mark([finding({ cell: "C1", cause }), finding({ cell: "C2", consequenceOf: "Asuminen ja ympäristö!B2" }), finding({ cell: "A1" })]);
    const marks = host.snapshot().marks;
    expect(marks.get("Asuminen ja ympäristö!B2")).toMatchObject({ role: "cause", note: "B2 on todennäköisesti 4." });
    expect(marks.get("Asuminen ja ympäristö!C2")?.role).toBe("consequence");
    expect(marks.get("Asuminen ja ympäristö!C1")?.role).toBeUndefined();
    expect(marks.get("Asuminen ja ympäristö!A1")?.role).toBeUndefined();
  });

  test("a finding on a missing sheet marks nothing at all", async () => {
    const host = new MemoryHost(grids);
    await expect(host.mark([finding(), finding({ sheet: "Poistettu" })])).rejects.toThrow(/Poistettu/);
    expect(await host.markedCount()).toBe(0);
  });

  test("createSheet picks a free name, keeps formulas and shows what they compute", async () => {
    const host = new MemoryHost(grids);
    const data = {
      name: "Työllisyys",
      cells: [
        { address: "A1", value: "Otsikko", bold: true },
        // `expected` is what the engine meant; the grid shows what the formula gives (B1 holds 1).
        { address: "C3", formula: "='Asuminen ja ympäristö'!B1", expected: "-1871150" },
        { address: "D3", formula: '=IF(C3=0,"",1)', expected: "" },
        { address: "E3", formula: '=IF(C3=1,"",1)', expected: "" },
      ],
    };
    const name = await host.createSheet(data);
    expect(name).toBe("Työllisyys (2)");
    const created = host.snapshot().sheets.find((s) => s.name === name);
    expect(created?.created).toBe(data);
    expect(created?.grid.values[0][0]).toBe("Otsikko");
    expect(created?.grid.values[2][2]).toBe(1);
    expect(created?.grid.values[2][3]).toBe(1);
    expect(created?.grid.values[2][4]).toBeNull();
    expect(created?.grid.formulas?.[2][2]).toBe("='Asuminen ja ympäristö'!B1");
    expect(host.snapshot().activeSheet).toBe(name);
    // A later check reads the created sheet as Excel would.
    expect((await host.readGrids()).map((g) => g.sheet)).toContain(name);
    // The user's sheets are untouched.
    expect(host.snapshot().sheets[1].grid).toBe(grids[1]);
  });

  test("a created sheet is found by its marker and updated in place; other sheets are refused", async () => {
    const host = new MemoryHost(grids);
    const first = { name: "Yhteenveto", marker: "maararahat-summary", cells: [{ address: "A1", value: "vanha" }] };
    const name = await host.createSheet(first);
    expect(await host.findCreatedSheet("maararahat-summary")).toBe(name);
    expect(await host.findCreatedSheet("allocation")).toBeUndefined();
    const order = host.snapshot().sheets.map((s) => s.name);
    await host.createSheet({ ...first, cells: [{ address: "A1", value: "uusi" }] }, { replace: name });
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(order);
    expect(host.snapshot().sheets.find((s) => s.name === name)?.grid.values).toEqual([["uusi"]]);
    // The user's own sheet, or an add-in sheet made for something else, is never rewritten.
    await expect(host.createSheet(first, { replace: "Työllisyys" })).rejects.toThrow(/not created by the add-in/);
    await expect(host.createSheet({ ...first, marker: "allocation" }, { replace: name })).rejects.toThrow(/not created by the add-in/);
    expect(host.snapshot().sheets[1].grid).toBe(grids[1]);
  });

  test("a spilled formula fills its range with the function's results; without the function it shows #NAME?", async () => {
    const data = {
      name: "Kohdistus",
      cells: [
        { address: "A1", value: 65.7 },
        { address: "A2", value: 5.5 },
        { address: "A3", value: 28.8 },
        { address: "B1", formula: "=BUDJETTI.ALLOCATE(143000,A1:A3,0)", spill: { range: "B1:B3", expected: ["93951", "7865", "41184"] } },
        { address: "C1", formula: "=SUM(B1:B3)" },
      ],
    };
    // A stand-in ALLOCATE (the demo passes the add-in's real one): the total split by the keys.
    const allocate = (args: unknown[]) => (args[1] as number[][]).map(([k]) => [Math.round((143000 * k) / 100)]);
    const withFunctions = new MemoryHost(grids, { functions: { "BUDJETTI.ALLOCATE": allocate as never } });
    const name = await withFunctions.createSheet(data);
    const grid = withFunctions.snapshot().sheets.find((s) => s.name === name)!.grid;
    expect(grid.values.map((r) => r[1])).toEqual([93951, 7865, 41184]);
    expect(grid.values[0][2]).toBe(143000);

    const without = new MemoryHost(grids);
    const plain = without.snapshot().sheets.length;
    const other = await without.createSheet(data);
    expect(without.snapshot().sheets).toHaveLength(plain + 1);
    expect(without.snapshot().sheets.find((s) => s.name === other)!.grid.values[0][1]).toEqual({ error: "#NAME?" });
  });

  test("saveState merges by key, returns copies, and goes to the persistence", async () => {
    const saved: StoredState[] = [];
    const persistence: StatePersistence = {
      load: () => ({ settings: { lang: "en" } }),
      save: (s) => saved.push(s),
    };
    const host = new MemoryHost(grids, { persistence });
    expect(await host.loadState()).toEqual({ settings: { lang: "en" } });
    await host.saveState({ explanations: { k: { comment: "pyöristysero", at: "2024-01-01T00:00:00Z" } } });
    const state = await host.loadState();
    expect(state).toEqual({
      settings: { lang: "en" },
      explanations: { k: { comment: "pyöristysero", at: "2024-01-01T00:00:00Z" } },
    });
    state.settings!.lang = "fi";
    expect((await host.loadState()).settings).toEqual({ lang: "en" });
    expect(saved).toHaveLength(1);
    expect(saved[0].explanations?.k.comment).toBe("pyöristysero");
  });

  test("parseStoredState accepts what it wrote and reports what it cannot read (issue 10: nothing dropped silently)", () => {
    expect(parseStoredState(JSON.stringify({ settings: { a: 1 }, explanations: { k: { comment: "c", at: "t" } } }))).toEqual({
      settings: { a: 1 },
      explanations: { k: { comment: "c", at: "t" } },
    });
    expect(parseStoredState("{not json")).toEqual({ problems: [{ kind: "not-json", path: "" }] });
    expect(parseStoredState("[1,2]")).toEqual({ problems: [{ kind: "not-an-object", path: "" }] });
    expect(parseStoredState(null)).toBeUndefined();
    expect(parseStoredState(JSON.stringify({ explanations: { k: { comment: 5 } } }))).toEqual({
      explanations: {},
      problems: [{ kind: "malformed-explanation", path: "explanations.k" }],
    });
  });
});
