import { FakeExcel } from "../hosts/excel/fakeExcel";
import { ExcelHost } from "../../src/hosts/excel/ExcelHost";
import { STATE_KEY } from "../../src/hosts/excel/documentSettings";
import { mergeStoredState, readStoredState } from "../../src/core/storedState";
import { parseStoredState } from "../../src/hosts/memory";

const AT = "2024-03-11T09:30:00.000Z";

function hostWith(stored: unknown): { excel: FakeExcel; host: ExcelHost; stored: () => unknown } {
  const excel = new FakeExcel();
  excel.addSheet("Talous").put("A1", [["x"]]);
  if (stored !== undefined) excel.settings.set(STATE_KEY, typeof stored === "string" ? stored : JSON.stringify(stored));
  const host = new ExcelHost(excel.env());
  const read = () => {
    const text = excel.settings.get(STATE_KEY);
    return typeof text === "string" ? JSON.parse(text) : text;
  };
  return { excel, host, stored: read };
}

/** Issue 10 item 4: the stored state loses nothing. */
describe("stored state loses nothing (Excel host over document settings)", () => {
  it("keeps unknown top-level keys and unknown settings through a save", async () => {
    const { host, stored } = hostWith({
      settings: { lang: "fi", futureSetting: { x: 1 } },
      explanations: { k1: { comment: "pyöristysero", at: AT, reviewedBy: "tarkastaja" } },
      laterVersion: [1, 2, 3],
    });
    const state = await host.loadState();
    expect(state.problems).toBeUndefined();
    await host.saveState({ settings: { lang: "en" }, explanations: { ...state.explanations, k2: { comment: "korjattu", at: AT } } });
    expect(stored()).toEqual({
      settings: { lang: "en", futureSetting: { x: 1 } },
      explanations: { k1: { comment: "pyöristysero", at: AT, reviewedBy: "tarkastaja" }, k2: { comment: "korjattu", at: AT } },
      laterVersion: [1, 2, 3],
    });
  });

  it("keeps and reports a malformed explanation, also after the pane saves its own", async () => {
    const { host, stored } = hostWith({ explanations: { good: { comment: "ok", at: AT }, bad: { comment: 42 } } });
    const state = await host.loadState();
    expect(state.explanations).toEqual({ good: { comment: "ok", at: AT } });
    expect(state.problems).toEqual([{ kind: "malformed-explanation", path: "explanations.bad" }]);
    await host.saveState({ explanations: { good: { comment: "ok", at: AT }, uusi: { comment: "selitetty", at: AT } } });
    expect(stored()).toMatchObject({ explanations: { bad: { comment: 42 }, good: { comment: "ok", at: AT }, uusi: { comment: "selitetty", at: AT } } });
  });

  it("never replaces a corrupt stored value by {}: it is reported and kept aside when the pane saves", async () => {
    const corrupt = '{"settings": {"lang": "fi"}, "explanations": {"k": {"comment": "kesken';
    const { host, stored } = hostWith(corrupt);
    const state = await host.loadState();
    expect(state).toEqual({ problems: [{ kind: "not-json", path: "" }] });
    await host.saveState({ settings: { lang: "fi" }, explanations: {} });
    expect(stored()).toEqual({ settings: { lang: "fi" }, explanations: {}, unreadable: { state: corrupt } });
    // A second save keeps the first copy, not the already-repaired state.
    await host.saveState({ settings: { lang: "en" } });
    expect(stored()).toMatchObject({ settings: { lang: "en" }, unreadable: { state: corrupt } });
  });

  it("reports a malformed setting and keeps its value aside when the pane writes that setting", async () => {
    const { host, stored } = hostWith({ settings: { lang: "fi", tolerances: "abc" } });
    expect((await host.loadState()).problems).toEqual([{ kind: "malformed-setting", path: "settings.tolerances" }]);
    await host.saveState({ settings: { lang: "fi", tolerances: { euros: 1 } } });
    expect(stored()).toEqual({ settings: { lang: "fi", tolerances: { euros: 1 } }, unreadable: { "settings.tolerances": "abc" } });
  });

  it("keeps explanations that are not an object aside instead of dropping them", () => {
    const read = readStoredState(JSON.stringify({ explanations: ["vanha muoto"] }));
    expect(read.problems).toEqual([{ kind: "malformed-section", path: "explanations" }]);
    expect(mergeStoredState(read, { explanations: { k: { comment: "c", at: AT } } })).toEqual({
      explanations: { k: { comment: "c", at: AT } },
      unreadable: { explanations: ["vanha muoto"] },
    });
  });

  it("is one parser for both hosts: the memory host reads the same text the same way", () => {
    const text = JSON.stringify({ settings: { lang: "en", extra: true }, explanations: { a: { comment: "c", at: AT }, b: 5 } });
    const memory = parseStoredState(text);
    expect(memory).toEqual(readStoredState(text).state);
    expect(memory?.settings).toEqual({ lang: "en", extra: true });
    expect(parseStoredState("{kesken")).toEqual({ problems: [{ kind: "not-json", path: "" }] });
  });
});
