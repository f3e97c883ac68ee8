import { execFileSync } from "child_process";
import * as path from "path";

/**
 * The layer rules in eslint.config.mjs, shown to fail on deliberate violations and to pass the
 * imports each layer is meant to use. Same as running e.g.
 *   echo 'import "../hosts/memory";' | npx eslint --stdin --stdin-filename src/core/x.ts
 */
const root = path.resolve(__dirname, "../..");

// ESLint loads eslint.config.mjs with a dynamic import, which Jest's module sandbox refuses, so the
// cases are linted together in one plain Node process.
const LINT_CASES = `
const { ESLint } = require("eslint");
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
Promise.all(cases.map(async ([file, code]) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
})).then((out) => process.stdout.write(JSON.stringify(out)));
`;

function lintAll(cases: readonly (readonly [string, string])[]): string[][] {
  const out = execFileSync(process.execPath, ["-e", LINT_CASES], { cwd: root, input: JSON.stringify(cases), encoding: "utf8" });
  return JSON.parse(out) as string[][];
}

const VIOLATIONS: [string, string, RegExp][] = [
  ["src/core/deliberate.ts", 'import { MemoryHost } from "../hosts/memory";\nexport const y = MemoryHost;', /no host/],
  ["src/core/rules/deliberate.ts", 'import { TaskPane } from "../../taskpane/components/TaskPane";\nexport const y = TaskPane;', /no host, UI/],
  ["src/core/deliberate.ts", 'import * as fs from "fs";\nexport const y = fs;', /no Node APIs/],
  ["src/core/deliberate.ts", 'import { readFile } from "node:fs/promises";\nexport const y = readFile;', /no Node APIs/],
  ["src/core/deliberate.ts", 'import ExcelJS from "exceljs";\nexport const y = ExcelJS;', /no UI, ExcelJS or Office/],
  ["src/core/deliberate.ts", 'import { Button } from "@fluentui/react-components";\nexport const y = Button;', /no UI, ExcelJS or Office/],
  ["src/core/deliberate.ts", 'import { makeTranslator } from "../i18n/translate";\nexport const y = makeTranslator;', /core imports no words/],
  ["src/core/rules/deliberate.ts", 'import { findingMessages } from "../../i18n/findings";\nexport const y = findingMessages;', /core imports no words/],
  ["src/hosts/xlsx/deliberate.ts", 'import { parseStoredState } from "../memory/persistence";\nexport const y = parseStoredState;', /hosts do not import each other/],
  ["src/hosts/memory/deliberate.ts", 'import { createExcelHost } from "../excel";\nexport const y = createExcelHost;', /hosts do not import each other/],
  ["src/cli/deliberate.ts", 'import { gridsFromWorkbook } from "../hosts/xlsx/gridsFromWorkbook";\nexport const y = gridsFromWorkbook;', /through its index/],
  ["src/cli/deliberate.ts", 'import type ExcelJS from "exceljs";\nexport type Y = ExcelJS.Workbook;', /no ExcelJS of its own/],
  ["src/taskpane/deliberate.ts", 'import { markKey } from "../hosts/memory/MemoryHost";\nexport const y = markKey;', /through its index/],
];

const ALLOWED: [string, string][] = [
  ["src/core/deliberate.ts", 'import Decimal from "decimal.js";\nimport { a1 } from "./cell";\nimport { part } from "./message";\nexport const y = [Decimal, a1, part];'],
  ["src/i18n/deliberate.ts", 'import { Message } from "../core/message";\nimport { formatFigure } from "../core/format";\nexport const y = formatFigure;\nexport type Y = Message;'],
  ["src/cli/deliberate.ts", 'import { gridsFromWorkbook } from "../hosts/xlsx";\nimport { readFileBytes } from "../hosts/xlsx/node";\nimport * as fs from "fs";\nexport const y = [gridsFromWorkbook, readFileBytes, fs];'],
  ["src/hosts/excel/deliberate.ts", 'import { Grid } from "../../core/grid";\nexport type Y = Grid;'],
];

describe("layer boundaries in lint", () => {
  let violations: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const out = lintAll([...VIOLATIONS.map(([f, c]) => [f, c] as const), ...ALLOWED]);
    violations = out.slice(0, VIOLATIONS.length);
    allowed = out.slice(VIOLATIONS.length);
  });

  it.each(VIOLATIONS.map((v, i) => [v[0], i] as const))("%s: deliberate violation %# fails lint", (_file, i) => {
    expect(violations[i].length).toBeGreaterThan(0);
    expect(violations[i].join("\n")).toMatch(VIOLATIONS[i][2]);
  });

  it.each(ALLOWED.map((a, i) => [a[0], i] as const))("%s: the imports the layer is meant to use pass", (_file, i) => {
    expect(allowed[i]).toEqual([]);
  });
});
