// Every installed package's `engines.node` must accept the oldest Node the project supports
// (package.json `engines.node`), or a fresh `npm ci` prints EBADENGINE on that Node.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import process from "node:process";
import { URL } from "node:url";

const require = createRequire(import.meta.url);
const semver = require("semver");
const root = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const oldest = semver.minVersion(root.engines.node);

const refused = Object.entries(lock.packages)
  .filter(([path, pkg]) => path !== "" && pkg.engines?.node && !pkg.optional)
  .filter(([, pkg]) => !semver.satisfies(oldest, pkg.engines.node, { includePrerelease: true }))
  .map(([path, pkg]) => `${path.replace(/^.*node_modules\//, "")}@${pkg.version} wants node ${pkg.engines.node}`);

if (refused.length > 0) {
  process.stderr.write(`Packages that refuse Node ${oldest} (package.json engines.node ${root.engines.node}):\n  ${refused.join("\n  ")}\n`);
  process.exit(1);
}
