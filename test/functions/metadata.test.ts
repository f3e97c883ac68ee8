import * as path from "path";
import * as ts from "typescript";
import { readFileSync } from "fs";
import { IFunction, ICustomFunctionsMetadata, IGenerateResult, generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { standaloneFunction } from "../../src/functions/runtime";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildFinnishMetadata } = require("../../scripts/functions-fi.js") as {
  buildFinnishMetadata: (english: unknown, catalog?: unknown) => ICustomFunctionsMetadata;
};

const FUNCTIONS_FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** What the Finnish user sees, by id: name and parameter names. */
const FINNISH: Record<string, { name: string; params: string[] }> = {
  PERRESIDENT: { name: "PERASUKAS", params: ["summa", "asukasluku", "desimaalit"] },
  CHANGE: { name: "MUUTOS", params: ["uusi", "vanha"] },
  CHANGEPCT: { name: "MUUTOSPROS", params: ["uusi", "vanha", "desimaalit"] },
  SHARE: { name: "OSUUS", params: ["kokonaissumma", "avain", "desimaalit"] },
  ALLOCATE: { name: "KOHDISTA", params: ["kokonaissumma", "avaimet", "desimaalit"] },
  IMPLIEDTOTAL: { name: "KOKONAISSUMMA", params: ["summa", "avain", "desimaalit"] },
  SUMDIFF: { name: "SUMMAERO", params: ["summa", "erät"] },
};

let generated: IGenerateResult;
let english: ICustomFunctionsMetadata;
let finnish: ICustomFunctionsMetadata;
const byId = (m: ICustomFunctionsMetadata, id: string): IFunction => {
  const f = m.functions.find((x) => x.id === id);
  if (!f) throw new Error(`no function ${id}`);
  return f;
};

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  english = JSON.parse(generated.metadataJson);
  finnish = buildFinnishMetadata(english);
}, 60_000);

describe("generated functions.json", () => {
  it("has no generator errors and exactly our functions, ids = English names", () => {
    expect(generated.errors).toEqual([]);
    expect(english.functions.map((f) => f.id).sort()).toEqual(Object.keys(FINNISH).sort());
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  it("declares parameters as 'any' so Finnish text numbers reach our parser, decimals optional", () => {
    const pr = byId(english, "PERRESIDENT");
    expect(pr.parameters.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ["amount", "any", false],
      ["population", "any", false],
      ["decimals", "any", true],
    ]);
    expect(pr.result).toEqual({ type: "number" });
    for (const id of ["CHANGEPCT", "SHARE", "IMPLIEDTOTAL", "ALLOCATE"]) {
      const last = byId(english, id).parameters.at(-1);
      expect([last?.name, last?.optional]).toEqual(["decimals", true]);
    }
    expect(byId(english, "CHANGE").parameters.some((p) => p.optional)).toBe(false);
  });

  it("takes ranges as matrices and spills the allocation as a matrix", () => {
    const alloc = byId(english, "ALLOCATE");
    expect(alloc.parameters.find((p) => p.name === "keys")?.dimensionality).toBe("matrix");
    expect(alloc.parameters.find((p) => p.name === "total")?.dimensionality).toBeUndefined();
    expect(alloc.result).toEqual({ type: "number", dimensionality: "matrix" });
    expect(byId(english, "SUMDIFF").parameters.find((p) => p.name === "items")?.dimensionality).toBe("matrix");
    for (const id of ["PERRESIDENT", "CHANGE", "CHANGEPCT", "SHARE", "IMPLIEDTOTAL", "SUMDIFF"]) {
      expect(byId(english, id).result?.dimensionality).toBeUndefined();
    }
  });

  it("describes every function and parameter", () => {
    for (const f of english.functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
    }
  });
});

describe("functions-fi.json (buildFinnishMetadata)", () => {
  it("keeps every id and gives Finnish names and parameter names", () => {
    expect(finnish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    for (const f of finnish.functions) {
      expect(f.name).toBe(FINNISH[f.id].name);
      expect(f.parameters.map((p) => p.name)).toEqual(FINNISH[f.id].params);
    }
  });

  it("translates descriptions and keeps types, optional flags, dimensionality and results", () => {
    for (const f of finnish.functions) {
      const en = byId(english, f.id);
      expect(f.description).not.toBe(en.description);
      expect(f.result).toEqual(en.result);
      f.parameters.forEach((p, i) => {
        const ep = en.parameters[i];
        expect(p.description).not.toBe(ep.description);
        expect([p.type, p.optional, p.dimensionality]).toEqual([ep.type, ep.optional, ep.dimensionality]);
      });
    }
    expect(byId(finnish, "ALLOCATE").description).toContain("suurimman jäännöksen");
  });

  it("fails the build when a function has no Finnish entry or the catalog has a stale one", () => {
    const extra = { ...english, functions: [...english.functions, { ...byId(english, "CHANGE"), id: "NEWFN", name: "NEWFN" }] };
    expect(() => buildFinnishMetadata(extra)).toThrow(/no Finnish entry for NEWFN/);
    const fewer = { ...english, functions: english.functions.filter((f) => f.id !== "SUMDIFF") };
    expect(() => buildFinnishMetadata(fewer)).toThrow(/catalog has SUMDIFF/);
    const renamed = { ...english, functions: english.functions.map((f) => (f.id === "SHARE" ? { ...f, parameters: f.parameters.map((p) => (p.name === "key" ? { ...p, name: "percent" } : p)) } : f)) };
    expect(() => buildFinnishMetadata(renamed)).toThrow(/SHARE: no Finnish entry for parameter percent/);
  });

  it("accepts the metadata as JSON text too (as webpack hands it over)", () => {
    expect(buildFinnishMetadata(generated.metadataJson).functions.map((f) => f.name)).toContain("KOHDISTA");
  });
});

describe("registration as the webpack plugin's loader builds it", () => {
  /** functions.ts as webpack compiles it: the plugin's loader appends one associate call per function. */
  function loadedSource(): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const plugin = require("custom-functions-metadata-plugin/lib/customfunctionsplugin");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require("custom-functions-metadata-plugin/lib/loader");
    plugin.generateResults[FUNCTIONS_FILE] = generated;
    const context = { getOptions: () => ({ input: FUNCTIONS_FILE, file: FUNCTIONS_FILE }) };
    return loader.call(context, readFileSync(FUNCTIONS_FILE, "utf8"));
  }

  /** Runs the loaded module with our own require for its relative imports. */
  function runModule(source: string): Record<string, unknown> {
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    const dir = path.dirname(FUNCTIONS_FILE);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const localRequire = (p: string) => require(p.startsWith(".") ? path.resolve(dir, p) : p);
    const module = { exports: {} as Record<string, unknown> };
    new Function("exports", "require", "module", js)(module.exports, localRequire, module);
    return module.exports;
  }

  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("the source never associates by itself, so each function is associated once", () => {
    const original = readFileSync(FUNCTIONS_FILE, "utf8");
    const code = original.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code).not.toMatch(/associate\s*\(/);
    const appended = loadedSource().slice(original.length).match(/CustomFunctions\.associate\("([A-Z]+)"/g) ?? [];
    expect(appended.sort()).toEqual(Object.keys(FINNISH).map((id) => `CustomFunctions.associate("${id}"`).sort());
  });

  it("in Excel, every id reaches the runtime exactly once with a working function", () => {
    const calls: [string, (...args: unknown[]) => unknown][] = [];
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => calls.push([id, fn]),
      Error: class {
        constructor(
          readonly code: string,
          readonly message?: string,
        ) {}
      },
      ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    };
    runModule(loadedSource());
    expect(calls.map(([id]) => id).sort()).toEqual(Object.keys(FINNISH).sort());
    const fn = Object.fromEntries(calls);
    expect(fn.ALLOCATE(143000, [[65.7], [5.5], [28.8]], null)).toEqual([[93951], [7865], [41184]]);
    expect(fn.PERRESIDENT(-1871150, 7008, 0)).toBe(-267);
  });

  it("in a page without Office the module loads and the functions stay callable by id", () => {
    expect(() => runModule(loadedSource())).not.toThrow();
    const alloc = standaloneFunction("ALLOCATE") as ((...args: unknown[]) => unknown) | undefined;
    expect(alloc?.("-143 000", [["65,7"], ["5,5"], ["28,8"]], null)).toEqual([[-93951], [-7865], [-41184]]);
  });
});
