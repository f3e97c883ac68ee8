/**
 * The production build as Office would fetch it: webpack's production build (minification off to
 * stay fast; it changes no file name or content that matters here) into a temporary directory,
 * then what it wrote. When the browser tests run in the same jest run, their project's globalSetup
 * has made this very build (test/support/addinBuild) and it is read from there instead of built
 * twice. Also checks the configuration's development half without building.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { ADDIN_URL, AddinBuild, buildAddin, buildFailure, sharedBuild } from "../support/addinBuild";

const ROOT = join(__dirname, "..", "..");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<WebpackConfig>;

interface WebpackConfig {
  plugins: { constructor: { name: string }; userOptions?: Record<string, unknown>; files?: { from: string; to: string }[] }[];
  devServer?: unknown;
}

describe("production build", () => {
  let out: string;
  let result: AddinBuild;
  let own: string | undefined;

  beforeAll(async () => {
    const shared = sharedBuild();
    if (shared) result = shared;
    else {
      own = mkdtempSync(join(tmpdir(), "budjettitarkistin-build-"));
      result = await buildAddin(own);
    }
    out = result.out;
  }, 180_000);

  afterAll(() => {
    if (own) rmSync(own, { recursive: true, force: true });
  });

  it("succeeds offline, without certificates", () => {
    if (result.status !== 0) throw new Error(buildFailure(result));
    expect(result.stdout).not.toMatch(/ERROR in/);
  });

  it("keeps the compiled CLI in dist/node and the bench's engine in dist/bench, and removes stale add-in files", () => {
    expect(existsSync(join(out, "node", "cli", "main.js"))).toBe(true);
    // A bench running beside the build loads its modules from there as it goes.
    expect(existsSync(join(out, "bench", "core", "check.js"))).toBe(true);
    expect(existsSync(join(out, "stale.js"))).toBe(false);
  });

  it("writes the runtime page with office.js from Microsoft's CDN and the functions and commands before the pane", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const office = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    // Inside Office the loader writes a blocking <script> (office.js before the functions runtime);
    // in a plain browser it adds an async one, so a stalled CDN cannot hold the demo back.
    const inOffice = runOfficeLoader(html, "?_host_Info=Excel$Win32$16.01$fi-FI");
    expect(inOffice.written).toEqual([`<script type="text/javascript" src="${office}"></script>`]);
    expect(inOffice.appended).toEqual([]);
    const inBrowser = runOfficeLoader(html, "");
    expect(inBrowser.written).toEqual([]);
    expect(inBrowser.appended).toEqual([{ src: office, async: true }]);
    const order = ["runtime.js", "functions.js", "commands.js", "taskpane.js"].map((f) => html.indexOf(`src="${f}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const f of ["runtime.js", "functions.js", "commands.js", "taskpane.js"]) expect(existsSync(join(out, f))).toBe(true);
  });

  it("writes English and Finnish custom-function metadata for the same functions", () => {
    const en = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as { functions: { id: string; name: string }[] };
    const fi = JSON.parse(readFileSync(join(out, "functions-fi.json"), "utf8")) as { functions: { id: string; name: string }[] };
    expect(en.functions.length).toBeGreaterThan(0);
    expect(fi.functions.map((f) => f.id).sort()).toEqual(en.functions.map((f) => f.id).sort());
    expect(fi.functions.some((f, i) => f.name !== en.functions.find((e) => e.id === fi.functions[i].id)!.name)).toBe(true);
  });

  it("replaces the development URL everywhere in the manifest", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(XMLValidator.validate(manifest)).toBe(true);
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
    expect(manifest).toContain(`Value="${ADDIN_URL}functions-fi.json"`);
    // Every file the manifest names was built.
    for (const m of manifest.matchAll(new RegExp(`${ADDIN_URL.replace(/[.]/g, "\\.")}([\\w./-]+)`, "g"))) expect(existsSync(join(out, m[1]))).toBe(true);
  });

  it("ships the icons, and the sample workbook when it exists", () => {
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(out, "assets", `icon-${size}.png`))).toBe(true);
    const seed = join(ROOT, "seeds", "kemijarvi-elinvoima-2024.xlsx");
    if (existsSync(seed)) expect(readFileSync(join(out, "sample.xlsx")).equals(readFileSync(seed))).toBe(true);
    else expect(result.stdout).toContain("no sample workbook");
  });
});

describe("webpack configuration", () => {
  const html = (config: WebpackConfig) => config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!.userOptions!;
  const copies = (config: WebpackConfig) => config.plugins.find((p) => p.constructor.name === "CopyFilesPlugin")!.files!;

  it("serves office.js and everything it loads for Excel from node_modules in development", async () => {
    const config = await makeConfig({}, { mode: "development" });
    expect(html(config).officeJs).toBe("office/office.js");
    const targets = copies(config).map((c) => c.to);
    for (const needed of ["office/office.js", "office/excel-web-16.00.js", "office/excel-win32-16.01.js", "office/excel-mac-16.00.js", "office/fi-fi/office_strings.js", "office/en-us/office_strings.js", "office/telemetry/oteljs_agave.js"]) {
      expect(targets).toContain(needed);
    }
    for (const c of copies(config)) if (c.to.startsWith("office/")) expect(existsSync(c.from)).toBe(true);
    expect(config.devServer).toBeUndefined(); // certificates only for `webpack serve`
  });

  it("keeps office.js copies out of production and checks ADDIN_URL", async () => {
    const saved = process.env.ADDIN_URL;
    try {
      process.env.ADDIN_URL = "http://insecure.example.fi/";
      await expect(makeConfig({}, { mode: "production" })).rejects.toThrow("https");
      process.env.ADDIN_URL = "https://addins.example.fi/bt";
      const config = await makeConfig({}, { mode: "production" });
      expect(copies(config).some((c) => c.to.startsWith("office/"))).toBe(false);
      const manifest = copies(config).find((c) => c.to === "manifest.xml") as unknown as { transform(t: string): string };
      expect(manifest.transform('<a b="https://localhost:3000/x.html"/>')).toBe('<a b="https://addins.example.fi/bt/x.html"/>');
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });
});

/** Runs the page's first inline script (the office.js loader) against a stand-in window and document. */
function runOfficeLoader(html: string, search: string) {
  const loader = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!loader) throw new Error("no inline office.js loader in taskpane.html");
  const written: string[] = [];
  const appended: { src: string; async: boolean }[] = [];
  const document = {
    write: (text: string) => written.push(text),
    createElement: () => ({ id: "", async: false, src: "" }),
    head: { appendChild: (el: { src: string; async: boolean }) => appended.push({ src: el.src, async: el.async }) },
  };
  const window = { location: { search }, sessionStorage: { getItem: () => null } };
  new Function("window", "document", loader)(window, document);
  return { written, appended };
}
