import Decimal from "decimal.js";
import { Finding } from "../../src/core/findings";
import { figure, part, signedFigure } from "../../src/core/message";
import { WordedOnRead, wordFinding, wordResult } from "../../src/i18n/render";
import { oneFindingResult } from "../support/oneFindingResult";

/**
 * The CLI's findings are worded when first read (wordResult). Whatever a report or a future
 * consumer does with one, copy it, write it as JSON or post it to a thread, its message goes along.
 */
const finding: Finding = {
  rule: "sum", severity: "error", sheet: "Asuminen", cell: "C14", related: ["C9:C13"], area: "Asuminen", table: "kayttotalous",
  row: "TOIMINTATUOTOT", column: "TP 2022", actual: "1076109", expected: "1076108", difference: "1",
  parts: [
    part("sum.tuotot", { row: "TOIMINTATUOTOT", column: "TP 2022", actual: figure("1076109"), expected: figure("1076108"), ranges: "C9:C13" }),
    part("verdict.euro-wrong", { difference: signedFigure(new Decimal(1)) }),
  ],
};
const result = oneFindingResult(finding);

describe.each(["fi", "en"] as const)("a finding worded on read, in %s", (lang) => {
  const message = wordFinding(finding, lang, "cli").message;
  const read = () => wordResult(result, lang, "cli").findings[0];

  test("its message is the one worded at once", () => {
    expect(message).toMatch(lang === "fi" ? /1\s076\s109/ : /1,076,109/);
    expect(read().message).toBe(message);
  });

  test("JSON keeps the message and no parts, read first or not", () => {
    expect(JSON.parse(JSON.stringify(read()))).toMatchObject({ cell: "C14", message });
    const once = read();
    void once.message;
    expect(JSON.parse(JSON.stringify(once))).toMatchObject({ cell: "C14", message });
    expect(JSON.parse(JSON.stringify(once))).not.toHaveProperty("parts");
  });

  test("a spread, Object.assign and structuredClone keep the message", () => {
    expect({ ...read() }.message).toBe(message);
    expect(Object.assign({}, read()).message).toBe(message);
    expect(structuredClone(read()).message).toBe(message);
    expect(Object.keys(read())).toContain("message");
  });

  test("a whole result copied for another thread keeps every message", () => {
    expect(structuredClone(wordResult(result, lang, "cli")).findings.map((f) => f.message)).toEqual([message]);
  });
});

test("a worded-on-read finding's message is read-only to the compiler, as it is at run time", () => {
  const f: WordedOnRead = wordResult(result, "fi", "cli").findings[0];
  // @ts-expect-error the message is worded from the finding's parts, never set
  expect(() => (f.message = "muu")).toThrow(TypeError);
  expect(f.message).toBe(wordFinding(finding, "fi", "cli").message);
});
