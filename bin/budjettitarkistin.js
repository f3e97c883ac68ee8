#!/usr/bin/env node
// The CLI is compiled by `npm run build:cli` (run by `npm ci` through the prepare script).
"use strict";
let main;
try {
  // First, so that ExcelJS and the engine are compiled under it (src/cli/tiering.ts).
  require("../dist/node/cli/tiering.js").tierForOneBook();
  main = require("../dist/node/cli/main.js").main;
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("budjettitarkistin: the CLI is not built; run `npm run build:cli` first.\n");
    process.exit(2);
  }
  throw error;
}
// Set the exit code and let Node end by itself: process.exit() would drop whatever is still
// queued for a pipe (a report piped into jq was cut at 64 KiB).
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
