/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- run by plain node, outside jest */
/**
 * A job's outcome as a JSON file, written whole (a temporary file renamed into place): whoever
 * waits for it, in this process or another, reads either nothing or all of it.
 */
const fs = require("fs");

function writeRecord(file, record) {
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(record));
  fs.renameSync(`${file}.tmp`, file);
}

/** Runs `work` and records what it returns, or that it threw, so no waiter waits for a dead job. */
function recordOutcome(file, work) {
  let record;
  try {
    record = work();
  } catch (error) {
    record = { status: null, stdout: "", stderr: String((error && error.stack) || error) };
  }
  writeRecord(file, record);
}

module.exports = { recordOutcome };
