/**
 * Finnish custom-function metadata (functions-fi.json) from the generated English functions.json
 * and our Finnish catalog. Plain CommonJS so webpack.config.js can require it. Ids, types,
 * dimensionality, optional flags and the result stay exactly as generated; names and
 * descriptions are replaced. A function or parameter the catalog lacks (or one it has that no
 * longer exists) fails the build, so Finnish Excel never shows half-translated functions.
 */
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: webpack.config.js requires this file */
const path = require("path");
const fs = require("fs");

const CATALOG_PATH = path.join(__dirname, "..", "src", "functions", "functions-fi.source.json");

function loadCatalog() {
  return JSON.parse(fs.readFileSync(CATALOG_PATH, "utf8"));
}

function buildFinnishMetadata(englishMetadata, catalog = loadCatalog()) {
  const english = typeof englishMetadata === "string" ? JSON.parse(englishMetadata) : englishMetadata;
  const problems = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(catalog)) {
    if (!ids.has(id)) problems.push(`catalog has ${id}, which functions.json does not`);
  }
  const functions = english.functions.map((fn) => {
    const fi = catalog[fn.id];
    if (!fi) {
      problems.push(`no Finnish entry for ${fn.id}`);
      return fn;
    }
    const params = fi.parameters || {};
    for (const name of Object.keys(params)) {
      if (!fn.parameters.some((p) => p.name === name)) problems.push(`${fn.id}: catalog has parameter ${name}, which the function does not`);
    }
    return {
      ...fn,
      name: fi.name,
      description: fi.description,
      parameters: fn.parameters.map((p) => {
        const fp = params[p.name];
        if (!fp) {
          problems.push(`${fn.id}: no Finnish entry for parameter ${p.name}`);
          return p;
        }
        return { ...p, name: fp.name, description: fp.description };
      }),
    };
  });
  if (problems.length > 0) throw new Error(`Finnish function metadata is incomplete:\n- ${problems.join("\n- ")}`);
  return { ...english, functions };
}

module.exports = { buildFinnishMetadata };
