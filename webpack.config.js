/* global require, module, process, __dirname, URL, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads this file as CommonJS */
/**
 * Builds the Excel add-in and the standalone demo into dist/:
 *   taskpane.html  the one page of the shared runtime: task pane, custom functions and ribbon
 *                  commands (manifest: Runtime, Page and FunctionFile all point at it)
 *   checkWorker.js the engine on a Web Worker, so a long check never freezes the pane
 *   functions.json / functions-fi.json  custom-function metadata, English and Finnish
 *   manifest.xml   with https://localhost:3000/ replaced by ADDIN_URL in production
 *   assets/*.png, sample.xlsx (the demo's workbook), office/ (office.js, development only)
 * `webpack --mode production` works offline and needs no certificates; only `webpack serve`
 * asks office-addin-dev-certs for the localhost certificate.
 */
const fs = require("fs");
const path = require("path");
const { NormalModuleReplacementPlugin, sources, WebpackError } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/** The base every URL in the source manifest starts with. */
const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the development build puts its copy of office.js (relative to taskpane.html). */
const LOCAL_OFFICE_DIR = "office";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_FI_SCRIPT = path.join(__dirname, "scripts", "functions-fi.js");
const WORKER_ENTRY = "checkWorker";
const SAMPLE_WORKBOOK = path.join(__dirname, "seeds", "kemijarvi-elinvoima-2024.xlsx");

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const development = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const addinUrl = development ? DEV_URL : productionUrl(process.env.ADDIN_URL);

  return {
    mode,
    context: __dirname,
    devtool: development ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
      // A worker loads one script: its own runtime and no chunks shared with the page.
      [WORKER_ENTRY]: { import: "./src/taskpane/worker/check.worker.ts", runtime: false },
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      // dist/node holds the compiled CLI (npm run build:cli) and dist/bench the engine a running
      // bench loads its modules from (bench/engine.ts); the add-in build must wipe neither.
      clean: { keep: /^(node|bench)[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // The founding document, which the check worker checks once as it starts (worker/warmUp.ts).
        { test: /\.txt$/, type: "asset/source" },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.join(__dirname, "tsconfig.json"),
            transpileOnly: true, // `npm run typecheck` type-checks; the build only transpiles
            // tsconfig.json is for checking (noEmit, CommonJS); the bundle wants ES modules so
            // that unused Fluent UI icons are tree-shaken away.
            compilerOptions: { noEmit: false, module: "es2020", sourceMap: development },
          },
        },
      ],
    },
    // The page's three entries share a single runtime and so one module registry: code imported
    // by several (core, the Excel host) is instantiated once. The worker stands alone.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: (chunk) => chunk.name !== WORKER_ENTRY } },
    performance: { hints: development ? false : "warning", maxAssetSize: 4_000_000, maxEntrypointSize: 4_000_000 },
    plugins: [
      // The xlsx host's Node workbook loads part of ExcelJS's sources; the page takes its browser build.
      new NormalModuleReplacementPlugin(/^\.\/newWorkbook$/, "./newWorkbook.browser"),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new FinnishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions and commands first: Excel may call a custom function or a ribbon command
        // as soon as the runtime page loads, before the task pane renders.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        officeJs: development ? `${LOCAL_OFFICE_DIR}/office.js` : CDN_OFFICE_JS,
      }),
      new CopyFilesPlugin([
        ...listFiles("assets", /\.png$/).map((file) => ({ from: file, to: `assets/${path.basename(file)}` })),
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (text) => text.split(DEV_URL).join(addinUrl),
        },
        {
          from: SAMPLE_WORKBOOK,
          to: "sample.xlsx",
          missing: "The standalone demo has no sample workbook until seeds/kemijarvi-elinvoima-2024.xlsx exists (npm run sample).",
        },
        ...(development ? officeJsFiles() : []),
      ]),
      ...(!development && addinUrl === DEV_URL ? [new WarningPlugin(`ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}. Set ADDIN_URL=https://your.host/path/ for a deployable manifest.`)] : []),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          hot: false, // Office caches the runtime page; full reloads keep the shared runtime coherent
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
          static: false,
        }
      : undefined,
  };
};

/** ADDIN_URL checked and normalised to end in one slash, or the dev base when it is unset. */
function productionUrl(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${value}". Use e.g. https://addins.example.fi/budjettitarkistin/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office loads add-ins only over https): "${value}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function listFiles(dir, pattern) {
  const full = path.join(__dirname, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(full, name));
}

/**
 * office.js and what it loads at run time for Excel, so development needs no CDN: the
 * platform script (excel-win32-16.01.js, excel-web-16.00.js, excel-mac-16.00.js, …, each with
 * its -core part), the Office 2013 mapping table, the telemetry sink and the UI strings of every
 * display language (`<locale>/office_strings.js`).
 */
function officeJsFiles() {
  const dist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const wanted = [];
  for (const name of fs.readdirSync(dist)) {
    const full = path.join(dist, name);
    if (fs.statSync(full).isDirectory()) {
      const strings = path.join(full, "office_strings.js");
      if (fs.existsSync(strings)) wanted.push(`${name}/office_strings.js`);
    } else if (/^(office|o15apptofilemappingtable|custom-functions-runtime|excel[a-z0-9.-]*)\.js$/.test(name) && !name.endsWith(".debug.js")) {
      wanted.push(name);
    }
  }
  wanted.push("telemetry/oteljs_agave.js");
  return wanted.map((rel) => ({ from: path.join(dist, rel), to: `${LOCAL_OFFICE_DIR}/${rel}` }));
}

/**
 * Copies files into the output, optionally transformed. (copy-webpack-plugin would do, but its
 * option validation needs ajv 8, which this project's legacy-peer-deps install does not give it.)
 * A `missing` message turns an absent source into a build warning instead of an error.
 */
class CopyFilesPlugin {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyFilesPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const file of this.files) {
          const from = path.resolve(compiler.context, file.from);
          if (!fs.existsSync(from)) {
            const problem = new WebpackError(file.missing || `Cannot copy ${file.from}: the file does not exist.`);
            (file.missing ? compilation.warnings : compilation.errors).push(problem);
            compilation.missingDependencies.add(from);
            continue;
          }
          compilation.fileDependencies.add(from);
          const content = file.transform ? Buffer.from(file.transform(fs.readFileSync(from, "utf8")), "utf8") : fs.readFileSync(from);
          compilation.emitAsset(file.to, new sources.RawSource(content));
        }
      });
    });
  }
}

/**
 * Emits functions-fi.json: the metadata CustomFunctionsMetadataPlugin generated (English names),
 * passed through scripts/functions-fi.js, which gives Finnish names and descriptions.
 */
class FinnishFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FinnishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FinnishFunctionsMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset("functions.json");
        if (!english) return; // the metadata plugin already reported why it produced nothing
        if (!fs.existsSync(FUNCTIONS_FI_SCRIPT)) {
          compilation.errors.push(new WebpackError("Cannot write functions-fi.json: scripts/functions-fi.js is missing (it must export buildFinnishMetadata(metadata))."));
          return;
        }
        compilation.fileDependencies.add(FUNCTIONS_FI_SCRIPT);
        delete require.cache[require.resolve(FUNCTIONS_FI_SCRIPT)]; // pick up edits in watch mode
        const { buildFinnishMetadata } = require(FUNCTIONS_FI_SCRIPT);
        if (typeof buildFinnishMetadata !== "function") {
          compilation.errors.push(new WebpackError("scripts/functions-fi.js does not export a function buildFinnishMetadata(metadata)."));
          return;
        }
        let finnish;
        try {
          finnish = buildFinnishMetadata(JSON.parse(english.source.source().toString()));
        } catch (error) {
          compilation.errors.push(new WebpackError(`functions-fi.json: buildFinnishMetadata failed: ${error && error.message ? error.message : error}`));
          return;
        }
        const text = typeof finnish === "string" ? finnish : JSON.stringify(finnish, null, 2);
        compilation.emitAsset("functions-fi.json", new sources.RawSource(text));
      });
    });
  }
}

class WarningPlugin {
  constructor(message) {
    this.message = message;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WarningPlugin", (compilation) => {
      compilation.warnings.push(new WebpackError(this.message));
    });
  }
}
