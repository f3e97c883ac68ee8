/**
 * Where the check's time goes (`npx tsx bench/phases.ts [sheets…]`): recognition, the rules, and
 * the root-cause analysis, timed separately (CPU time) by running checkWorkbook's steps
 * (src/core/check.ts) one by one. Figures only.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PerformanceObserver, constants, performance } from "perf_hooks";
import ExcelJS from "exceljs";
import type * as Options from "../src/core/options";
import type * as Recognize from "../src/core/recognize";
import type * as Rules from "../src/core/rules";
import type * as Message from "../src/core/message";
import type * as Findings from "../src/core/findings";
import type { Equation } from "../src/core/relations/equation";
import type * as Why from "../src/core/why";
import { engineModule } from "./engine";
import { gridsFromWorkbook } from "../src/hosts/xlsx";
import { writeBenchWorkbook } from "./workbook";

export interface Phases {
  /** Wall-clock window of the rules, for the garbage collection that fell in it. */
  rulesWindow: [number, number];
  recognise: number;
  rules: Map<string, number>;
  sort: number;
  why: number;
  findings: number;
  equations: number;
}

// The engine's steps as the CLI runs them (compiled; see engine.ts).
const { resolveOptions } = engineModule<typeof Options>("core/options");
const { recognizeWorkbook } = engineModule<typeof Recognize>("core/recognize");
const { RULES } = engineModule<typeof Rules>("core/rules");
const { part } = engineModule<typeof Message>("core/message");
const { compareFindings } = engineModule<typeof Findings>("core/findings");
const { explainFindings } = engineModule<typeof Why>("core/why");
type Finding = Findings.Finding;

/** CPU milliseconds of this process so far: steadier than wall time on a shared machine. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Each phase's CPU time (this process, user + system). */
export function timePhases(grids: Parameters<typeof recognizeWorkbook>[0]): Phases {
  const opts = resolveOptions({ population: { 2024: 7008 } });
  let s = cpu();
  const model = recognizeWorkbook(grids);
  const recognise = cpu() - s;
  const t = part;
  const findings: Finding[] = [];
  const equations: Equation[] = [];
  const rules = new Map<string, number>();
  const rulesStart = performance.now();
  for (const rule of RULES) {
    s = cpu();
    findings.push(...rule.run({ model, options: opts, t, equations }));
    rules.set(rule.ids[0], cpu() - s);
  }
  const rulesWindow: [number, number] = [rulesStart, performance.now()];
  s = cpu();
  findings.sort(compareFindings(model.sheets.map((x) => x.sheet)));
  const sort = cpu() - s;
  s = cpu();
  explainFindings(model, findings, equations);
  const why = cpu() - s;
  return { rulesWindow, recognise, rules, sort, why, findings: findings.length, equations: equations.length };
}

/** CPU ms of all the rules together. */
export function rulesCpu(rules: Map<string, number>): number {
  return [...rules.values()].reduce((a, b) => a + b, 0);
}

/** Garbage-collection pauses (start, duration in ms, whether a scavenge) as the runtime reports them. */
const gcPauses: [number, number, boolean][] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push([e.startTime, e.duration, (e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR]);
}).observe({ entryTypes: ["gc"] });

/** Waits for the runtime to report the collections of a window just closed. */
function reported(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

/** Milliseconds of garbage-collection pause inside a window (reported after the window closes). */
async function gcWithin([from, to]: [number, number]): Promise<number> {
  await reported();
  return gcPauses.filter(([at]) => at >= from && at <= to).reduce((sum, [, d]) => sum + d, 0);
}

export interface Collections {
  scavenges: number;
  scavengeMs: number;
  major: number;
  majorMs: number;
}

/** The collections inside a window (reported after it closes): the young generation's and the full ones. */
export async function collectionsWithin([from, to]: [number, number]): Promise<Collections> {
  await reported();
  const out: Collections = { scavenges: 0, scavengeMs: 0, major: 0, majorMs: 0 };
  for (const [at, d, minor] of gcPauses) {
    if (at < from || at > to) continue;
    if (minor) {
      out.scavenges++;
      out.scavengeMs += d;
    } else {
      out.major++;
      out.majorMs += d;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length > 0 ? sizes : [50, 200]) {
    const file = path.join(os.tmpdir(), `bt-phases-${n}.xlsx`);
    if (!fs.existsSync(file)) await writeBenchWorkbook(file, n);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const grids = gridsFromWorkbook(wb);
    timePhases(grids); // warm-up
    // Of three runs, the one whose rules were fastest: the machine is shared, and a busy neighbour
    // only ever adds time.
    let p = timePhases(grids);
    let gc = await gcWithin(p.rulesWindow);
    for (let run = 1; run < 3; run++) {
      const q = timePhases(grids);
      const qgc = await gcWithin(q.rulesWindow);
      if (rulesCpu(q.rules) < rulesCpu(p.rules)) [p, gc] = [q, qgc];
    }
    const wall = p.rulesWindow[1] - p.rulesWindow[0];
    const rules = rulesCpu(p.rules);
    const top = [...p.rules].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ");
    // BENCH_RULES=all: every rule's CPU and its cost per sheet, for comparing one rule before and after.
    if (process.env.BENCH_RULES === "all") {
      const each = [...p.rules].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)} (${((v / n) * 1000).toFixed(0)} µs/sheet)`);
      process.stdout.write(`${n} sheets, every rule (CPU ms): ${each.join(", ")}\n`);
    }
    process.stdout.write(
      `${n} sheets (CPU): recognise ${p.recognise.toFixed(0)} ms, rules ${rules.toFixed(0)} ms (${top}; GC pauses ${gc.toFixed(0)} of ${wall.toFixed(0)} ms wall), sort ${p.sort.toFixed(0)} ms, ` +
        `root-cause analysis ${p.why.toFixed(0)} ms; ${p.findings} findings, ${p.equations} equations\n`,
    );
  }
}

if (require.main === module) void main();
