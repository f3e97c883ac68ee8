import { Grid } from "../../../src/core/grid";
import { BudgetModel, StatementTable } from "../../../src/core/model";
import { perText } from "../../../src/core/perText";
import { cellTextOf } from "../../../src/core/recognize/cellText";
import type * as Recognize from "../../../src/core/recognize";
import { KAYTTOTALOUS_ROWS, gridAt } from "./fixtures";
import { sheetGrid as grid } from "../rules/builder";

// `Yhteensä` means a column (budget + amendments) in one header and plain text in another; the
// label `Menot` is a row of a realisation on one sheet and of a unit block on the next.
const REALISATION = grid("Investoinnit", [
  ["8 01 Kiinteä omaisuus 2019"],
  ["1 000 euroa", "Talousarvio", "TA-muutokset", "Yhteensä", "Toteutunut", "Poikkeama"],
  ["Tulot", 5000, 0, 5000, 2396, -2604],
  ["Menot", -95624, 14570, -81054, -105750, -24696],
  ["Netto", -90624, 14570, -76054, -103354, -27300],
]);
const SIDE_BY_SIDE = grid("Vertailu", [
  [null, "TP 2022", "TA 2023", "Yhteensä", "TP 2022", "TA 2023"],
  ["Menot", -100, -110, null, -10, -11],
  ["Tulot", 20, 21, null, 2, 3],
  ["Netto", -80, -89, null, -8, -8],
]);
const UNITS = grid("Yksiköt", [
  [null, "TP 2022", "TA 2023", "TA 2024"],
  ["Hallinto", null, null, null],
  ["Menot", -100, -110, -120],
  ["Tulot", 20, 21, 22],
  ["Nettomeno", -80, -89, -98],
  ["Kirjasto", null, null, null],
  ["Menot", -50, -55, -60],
  ["Tulot", 5, 6, 7],
  ["Nettomeno", -45, -49, -53],
]);
const KAYTTOTALOUS = gridAt("Käyttötalous", 2, 1, KAYTTOTALOUS_ROWS);
// One header word hyphenated over two lines, finished differently under it.
const HYPHENATED = grid("Suunnitelma", [
  [null, "Talous-", "Talous-"],
  [null, "arvio 2024", "suunnitelma 2025"],
  ["Menot", -100, -110],
  ["Tulot", 20, 21],
  ["Netto", -80, -89],
]);
const BOOK = [REALISATION, SIDE_BY_SIDE, UNITS, KAYTTOTALOUS, HYPHENATED];

/** A model as plain data: a freshly loaded engine has its own Decimal class. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** The engine as a fresh process loads it: no text read before. */
function freshRecognize(grids: readonly Grid[]): unknown {
  let model: BudgetModel | undefined;
  jest.isolateModules(() => {
    const fresh = jest.requireActual<typeof Recognize>("../../../src/core/recognize");
    model = fresh.recognizeWorkbook(grids);
  });
  return plain(model);
}

describe("labels and headers read once per text", () => {
  it("reads the same text by where it stands on each sheet, as a fresh engine would", () => {
    const { recognizeWorkbook } = jest.requireActual<typeof Recognize>("../../../src/core/recognize");
    const together = recognizeWorkbook(BOOK);
    const reversed = recognizeWorkbook([...BOOK].reverse());
    BOOK.forEach((g, i) => {
      const alone = (freshRecognize([g]) as BudgetModel).sheets[0];
      expect(plain(together.sheets[i])).toEqual(alone);
      expect(plain(reversed.sheets[BOOK.length - 1 - i])).toEqual(alone);
    });
    // The fixtures do read the shared words differently by place: otherwise this proves nothing.
    const realisation = together.sheets[0].tables[0] as StatementTable;
    expect(realisation.columns.map((c) => c.label)).toEqual(["TA 2019", "TA+MUUTOS 2019", "TP 2019"]);
    expect(realisation.columnSums).toHaveLength(1);
    expect(together.sheets[1].tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      ["TP 2022", "TA 2023"],
      ["TP 2022", "TA 2023"],
    ]);
    expect(together.sheets[2].tables.map((t) => t.kind)).toEqual(["yksikot"]);
    expect(together.sheets[4].tables[0].columns.map((c) => c.label)).toEqual(["TA 2024", "TS 2025"]);
  });

  it("reads a workbook the same after the records of its texts were emptied", () => {
    const { recognizeWorkbook } = jest.requireActual<typeof Recognize>("../../../src/core/recognize");
    const before = plain(recognizeWorkbook(BOOK));
    // More distinct texts than the records keep: they are emptied and read again.
    for (let i = 0; i <= 20_000; i++) cellTextOf(`Rivi ${i}`);
    expect(plain(recognizeWorkbook(BOOK))).toEqual(before);
  });

  it("reads a header the same after so many lines were read together that the kept ones were let go", () => {
    const { recognizeWorkbook } = jest.requireActual<typeof Recognize>("../../../src/core/recognize");
    const before = plain(recognizeWorkbook(BOOK));
    // A column of distinct labels: each is read with the two lines under it as a header's words.
    const labels = grid("Luettelo", Array.from({ length: 12_000 }, (_, i) => [`Rivi ${i} muu teksti`]));
    recognizeWorkbook([labels, ...BOOK]);
    expect(plain(recognizeWorkbook(BOOK))).toEqual(before);
  });

  it("gives a workbook the same model after another workbook was read", () => {
    const { recognizeWorkbook } = jest.requireActual<typeof Recognize>("../../../src/core/recognize");
    recognizeWorkbook([REALISATION, UNITS]);
    expect(plain(recognizeWorkbook([SIDE_BY_SIDE, KAYTTOTALOUS]))).toEqual(freshRecognize([SIDE_BY_SIDE, KAYTTOTALOUS]));
  });
});

describe("perText", () => {
  it("reads each distinct text once, remembering answers that are empty", () => {
    const seen: string[] = [];
    const read = perText((t: string) => {
      seen.push(t);
      return t.startsWith("x") ? undefined : t.length;
    });
    expect([read("abc"), read("xy"), read("abc"), read("xy"), read("")]).toEqual([3, undefined, 3, undefined, 0]);
    expect(seen).toEqual(["abc", "xy", ""]);
  });

  it("hands out one frozen object per text, so no caller can change another's answer", () => {
    const read = perText((t: string) => ({ words: t.split(" ") }));
    const a = read("tulot yhteensä");
    expect(read("tulot yhteensä")).toBe(a);
    expect(() => {
      (a as { words: string[] }).words = [];
    }).toThrow(TypeError);
  });

  it("keeps answering right after the cache fills and is emptied", () => {
    const read = perText((t: string) => t.toUpperCase(), 3);
    const texts = ["a", "b", "c", "d", "e", "a", "f", "b"];
    expect(texts.map(read)).toEqual(texts.map((t) => t.toUpperCase()));
  });
});
