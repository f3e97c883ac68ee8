import { langFromLocale, settingsFromStored, toCheckOptions, defaultSettings } from "../../src/taskpane/settings";
import { parseColumnRef } from "../../src/core/compare/columns";
import { splitFindings } from "../../src/taskpane/explanations";
import { findingKey } from "../../src/core/findings";
import { makeFinding } from "./fixtures";

describe("settings", () => {
  test("language follows the display language", () => {
    expect(langFromLocale("fi-FI")).toBe("fi");
    expect(langFromLocale("fi")).toBe("fi");
    expect(langFromLocale("sv-FI")).toBe("en");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });

  test("stored settings round-trip into check options", () => {
    const stored = {
      lang: "en",
      tolerances: { euros: 2, percentPoints: 0.2 },
      population: { "2024": 7008, "2023": 7100 },
      changeBases: [{ target: { kind: "TA", year: 2024 }, base: { kind: "TA", year: 2023 } }],
      managementTotals: { "2024": 143000 },
    };
    const opts = toCheckOptions(settingsFromStored(JSON.parse(JSON.stringify(stored)), "fi"));
    expect(opts.lang).toBe("en");
    expect(opts.tolerances).toEqual({ euros: 2, percentPoints: 0.2, perResident: 1, population: 0.01 });
    expect(opts.population).toEqual({ 2023: 7100, 2024: 7008 });
    expect(opts.changeBases).toEqual(stored.changeBases);
    expect(opts.managementTotals).toEqual({ 2024: 143000 });
  });

  test("malformed stored values fall back to defaults one by one", () => {
    const s = settingsFromStored(
      {
        lang: "sv",
        tolerances: { euros: -1, perResident: "2" },
        population: { "2024": 0, abc: 5, "2023": 6900 },
        changeBases: [{ target: { kind: "XX", year: 2024 }, base: { kind: "TA", year: 2023 } }, "TA 2024"],
        managementTotals: [],
      },
      "fi",
    );
    expect(s).toEqual({ ...defaultSettings("fi"), population: { 2023: 6900 } });
  });

  test("column names are read as the sheets write them", () => {
    expect(parseColumnRef("TA 2024")).toEqual({ kind: "TA", year: 2024 });
    expect(parseColumnRef(" ta + muutos 2023 ")).toEqual({ kind: "TA+MUUTOS", year: 2023 });
    expect(parseColumnRef("tpe2023")).toEqual({ kind: "TPE", year: 2023 });
    expect(parseColumnRef("TA")).toBeNull();
    expect(parseColumnRef("XX 2024")).toBeNull();
  });
});

test("explained findings are kept apart and stale explanations counted", () => {
  const a = makeFinding();
  const b = makeFinding({ cell: "D14" });
  const split = splitFindings([a, b], {
    [findingKey(b)]: { comment: "pyöristysero", at: "2024-01-01T00:00:00Z" },
    "sum|Poistettu|A1||": { comment: "vanha", at: "2024-01-01T00:00:00Z" },
  });
  expect(split.open).toEqual([a]);
  expect(split.explained.map((e) => e.finding)).toEqual([b]);
  expect(split.unmatched).toBe(1);
});
