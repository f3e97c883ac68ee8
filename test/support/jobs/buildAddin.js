/* global require, process, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- run by plain node, outside jest */
/**
 * `node buildAddin.js OUT RECORD ADDIN_URL [TIMEOUT_MS]`: the add-in's production build into OUT
 * (test/support/addinBuild.ts says what it holds), its outcome into RECORD as
 * { out, status, stdout, stderr }. A separate process so that a jest globalSetup can start it and
 * let the tests run while it builds.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { recordOutcome } = require("./record");

const [out, record, addinUrl, timeout] = process.argv.slice(2);
const root = path.resolve(__dirname, "../../..");

recordOutcome(record, () => {
  // What `npm run build` and `npm run bench` leave in dist: the compiled CLI and the bench's
  // engine (the add-in build must keep both) and a file of an older build (it must go).
  fs.mkdirSync(path.join(out, "node", "cli"), { recursive: true });
  fs.writeFileSync(path.join(out, "node", "cli", "main.js"), "// compiled CLI\n");
  fs.mkdirSync(path.join(out, "bench", "core"), { recursive: true });
  fs.writeFileSync(path.join(out, "bench", "core", "check.js"), "// the bench's engine\n");
  fs.writeFileSync(path.join(out, "stale.js"), "// left over from an older build\n");
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--no-optimization-minimize", "--output-path", out], {
    cwd: root,
    env: { ...process.env, ADDIN_URL: addinUrl },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeout ? Number(timeout) : undefined,
  });
  return { out, status: r.status, stdout: r.stdout || "", stderr: `${r.stderr || ""}${r.error ? `\n${r.error.message}` : ""}` };
});
