/**
 * Offline checks of manifest.xml, the ones Office would otherwise report only when sideloading
 * fails: well-formed XML, every resid defined (and of the right kind), one URL base, icons
 * present at their sizes, the shared runtime wired the same way everywhere, Finnish overrides.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..", "..");
const TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://localhost:3000/";

type XmlNode = { [key: string]: XmlNode | XmlNode[] | string };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute });
const doc = parser.parse(TEXT) as XmlNode;

/** Every element with its name and parent chain, depth first. */
function elements(node: XmlNode | string, path: string[] = []): { name: string; path: string[]; node: XmlNode }[] {
  if (typeof node !== "object" || node === null) return [];
  const out: { name: string; path: string[]; node: XmlNode }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text") continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (typeof child !== "object") {
        out.push({ name: key, path, node: { "#text": String(child) } });
        continue;
      }
      out.push({ name: key, path, node: child as XmlNode });
      out.push(...elements(child as XmlNode, [...path, key]));
    }
  }
  return out;
}

const all = elements(doc);
const attr = (node: XmlNode, name: string) => node[`@_${name}`] as string | undefined;
const text = (node: XmlNode | string) => (typeof node === "string" ? node : String(node["#text"] ?? ""));

function resources(kind: "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings") {
  return all.filter((e) => e.path[e.path.length - 1] === kind && e.path.includes("Resources"));
}
const images = new Map(resources("bt:Images").map((e) => [attr(e.node, "id")!, e.node]));
const urls = new Map(resources("bt:Urls").map((e) => [attr(e.node, "id")!, e.node]));
const shortStrings = new Map(resources("bt:ShortStrings").map((e) => [attr(e.node, "id")!, e.node]));
const longStrings = new Map(resources("bt:LongStrings").map((e) => [attr(e.node, "id")!, e.node]));

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML for a task pane add-in in Excel", () => {
    expect(XMLValidator.validate(TEXT)).toBe(true);
    const app = (doc.OfficeApp as XmlNode[])[0];
    expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
    expect(all.filter((e) => e.name === "Host" && e.path.length === 2).map((e) => attr(e.node, "Name"))).toEqual(["Workbook"]);
    expect(all.find((e) => e.name === "Id")!.node["#text"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const used = new Set<string>();
    const withResid = all.filter((e) => attr(e.node, "resid") !== undefined);
    expect(withResid.length).toBeGreaterThan(20);
    for (const e of withResid) {
      const resid = attr(e.node, "resid")!;
      used.add(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
      const parent = e.path[e.path.length - 1];
      const table =
        e.name === "bt:Image"
          ? images
          : e.name === "SourceLocation" || e.name === "Runtime" || e.name === "FunctionFile" || e.name === "LearnMoreUrl"
            ? urls
            : e.name === "Description" && (parent === "Supertip" || parent === "GetStarted")
              ? longStrings
              : shortStrings;
      if (!table.has(resid)) throw new Error(`<${e.name} resid="${resid}"> (in ${e.path.join("/")}) has no matching resource`);
    }
    const defined = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it("keeps strings within Office's lengths", () => {
    for (const s of shortStrings.values()) expect(attr(s, "DefaultValue")!.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(attr(s, "DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  it("puts every URL under one base, which the production build replaces", () => {
    const withoutComments = TEXT.replace(/<!--[\s\S]*?-->/g, "");
    const found = [...withoutComments.matchAll(/([\w:]+)="(https?:[^"]+)"/g)].filter((m) => !m[1].startsWith("xmlns")).map((m) => m[2]);
    expect(found.length).toBeGreaterThan(10);
    for (const url of found) expect(url.startsWith(BASE)).toBe(true);
    // No URL hides in element text either.
    expect(withoutComments.match(/>\s*https?:/g)).toBeNull();
  });

  it("has every icon file, at the size it is declared", () => {
    const declared: [string, number][] = [...images.entries()].map(([id, node]) => [attr(node, "DefaultValue")!, Number(/(\d+)x\1$/.exec(id)![1])]);
    const iconUrl = attr(all.find((e) => e.name === "IconUrl")!.node, "DefaultValue")!;
    const highRes = attr(all.find((e) => e.name === "HighResolutionIconUrl")!.node, "DefaultValue")!;
    declared.push([iconUrl, 32], [highRes, 64]);
    for (const [url, size] of declared) {
      const file = join(ROOT, url.slice(BASE.length));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // Where a control lists an image by size, the resource is that size.
    for (const e of all.filter((x) => x.name === "bt:Image" && attr(x.node, "size"))) {
      expect(attr(e.node, "resid")).toMatch(new RegExp(`\\.${attr(e.node, "size")}x${attr(e.node, "size")}$`));
    }
  });

  it("declares one shared runtime used by the task pane, the ribbon and the custom functions", () => {
    const sets = all.filter((e) => e.name === "Set" && e.path.includes("Requirements"));
    expect(sets.map((e) => [attr(e.node, "Name"), attr(e.node, "MinVersion")])).toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = all.filter((e) => e.name === "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0].node, "lifetime")).toBe("long");
    const runtime = attr(runtimes[0].node, "resid");
    expect(runtime).toBe("Taskpane.Url");

    const customFunctions = all.find((e) => e.name === "ExtensionPoint" && attr(e.node, "xsi:type") === "CustomFunctions")!.node;
    const page = ((customFunctions.Page as XmlNode[])[0].SourceLocation as XmlNode[])[0];
    expect(attr(page, "resid")).toBe(runtime);
    expect(attr(all.find((e) => e.name === "FunctionFile")!.node, "resid")).toBe(runtime);
    const showTaskpane = all.find((e) => e.name === "Action" && attr(e.node, "xsi:type") === "ShowTaskpane")!.node;
    expect(attr((showTaskpane.SourceLocation as XmlNode[])[0], "resid")).toBe(runtime);
    expect(text((showTaskpane.TaskpaneId as XmlNode[])[0])).toBe("ButtonId1");
    // The base manifest's page is the same page.
    const defaultPage = attr(all.find((e) => e.name === "SourceLocation" && e.path.includes("DefaultSettings"))!.node, "DefaultValue");
    expect(defaultPage).toBe(attr(urls.get(runtime!)!, "DefaultValue"));
    expect(attr(shortStrings.get(attr((customFunctions.Namespace as XmlNode[])[0], "resid")!)!, "DefaultValue")).toBe("BUDJETTI");
    // The ribbon command the commands entry associates.
    const execute = all.find((e) => e.name === "Action" && attr(e.node, "xsi:type") === "ExecuteFunction")!.node;
    expect(text((execute.FunctionName as XmlNode[])[0])).toBe("clearMarks");
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain('associate("clearMarks"');
  });

  it("puts the ribbon group on the Home tab", () => {
    const tab = all.find((e) => e.name === "OfficeTab")!.node;
    expect(attr(tab, "id")).toBe("TabHome");
    expect((tab.Group as XmlNode[])[0].Control).toHaveLength(2);
  });

  it("has Finnish for every display string and Finnish function metadata", () => {
    const fi = (node: XmlNode) => ((node.Override ?? node["bt:Override"]) as XmlNode[] | undefined)?.find((o) => attr(o, "Locale") === "fi-FI");
    expect(text(all.find((e) => e.name === "DefaultLocale")!.node)).toBe("en-US");
    for (const name of ["DisplayName", "Description"]) {
      const node = all.find((e) => e.name === name && e.path.length === 1)!.node;
      expect(attr(fi(node)!, "Value")).toMatch(/[äö]|Budjetti/);
    }
    for (const [id, node] of [...shortStrings, ...longStrings]) {
      if (id === "Functions.Namespace") continue; // BUDJETTI in every language
      const override = fi(node);
      if (!override) throw new Error(`${id} has no fi-FI override`);
      expect(attr(override, "Value")).not.toBe(attr(node, "DefaultValue"));
    }
    expect(attr(fi(urls.get("Functions.Metadata.Url")!)!, "Value")).toBe(`${BASE}functions-fi.json`);
    expect(attr(urls.get("Functions.Metadata.Url")!, "DefaultValue")).toBe(`${BASE}functions.json`);
  });
});
