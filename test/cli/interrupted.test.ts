import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { useTempDir } from "./helpers";
import { PendingFiles, SignalTarget } from "../../src/cli/pendingFiles";
import { builtCli, typeCheckedBin } from "../support/builtCli";

const scratch = useTempDir();

/** A process stand-in: records listeners and the signals raised, so none reaches the test runner. */
function fakeProcess(): SignalTarget & { listeners: Map<string, ((s: NodeJS.Signals) => void)[]>; raised: string[]; send(s: NodeJS.Signals): void } {
  const listeners = new Map<string, ((s: NodeJS.Signals) => void)[]>();
  const raised: string[] = [];
  return {
    pid: 4242,
    listeners,
    raised,
    on: (s, l) => listeners.set(s, [...(listeners.get(s) ?? []), l]),
    off: (s, l) => listeners.set(s, (listeners.get(s) ?? []).filter((x) => x !== l)),
    kill: (pid, s) => raised.push(`${pid} ${s}`),
    send(s) {
      for (const l of listeners.get(s) ?? []) l(s);
    },
  };
}

const listening = (p: ReturnType<typeof fakeProcess>) => [...p.listeners].filter(([, ls]) => ls.length > 0).map(([s]) => s);

describe("cli: a report being written when the user stops the CLI", () => {
  it("removes the temporary file on Ctrl+C and ends by the same signal", () => {
    const p = fakeProcess();
    const pending = new PendingFiles(p);
    const temp = scratch.file(".raportti.html.1-a.tmp");
    fs.writeFileSync(temp, "<!DOCTYPE html>\n<html>puoliksi");
    pending.add(temp);
    expect(listening(p)).toEqual(["SIGINT", "SIGTERM", "SIGHUP"]);
    p.send("SIGINT");
    expect(fs.existsSync(temp)).toBe(false);
    // Raised again with no listener left, so the process ends as Ctrl+C ends it.
    expect(p.raised).toEqual(["4242 SIGINT"]);
    expect(listening(p)).toEqual([]);
  });

  it("leaves Ctrl+C to Node while nothing is being written", () => {
    const p = fakeProcess();
    const pending = new PendingFiles(p);
    pending.add("a.tmp");
    pending.add("b.tmp");
    pending.delete("a.tmp");
    expect(listening(p)).toEqual(["SIGINT", "SIGTERM", "SIGHUP"]);
    pending.delete("b.tmp");
    expect(listening(p)).toEqual([]);
    // A second delete of the same file (rename done, then finally) changes nothing.
    pending.delete("b.tmp");
    expect(p.raised).toEqual([]);
  });

  it("still ends by the signal when a file is already gone", () => {
    const p = fakeProcess();
    const pending = new PendingFiles(p);
    pending.add(scratch.file("ei-ole.tmp"));
    p.send("SIGTERM");
    expect(p.raised).toEqual(["4242 SIGTERM"]);
  });

  // Through real signals, on the compiled CLI's writer: the write is held open after the temporary
  // file is whole, as a slow disk's flush holds it, and the process gets SIGINT then.
  it("leaves no hidden .tmp beside OUT after a real SIGINT mid-write", async () => {
    const built = typeCheckedBin(await builtCli());
    const output = path.join(path.dirname(path.dirname(built)), "dist", "node", "cli", "output.js");
    const out = scratch.file("keskeytetty.html");
    const script = `
      const { writeOutput, nodeOutputFileSystem } = require(${JSON.stringify(output)});
      const held = { ...nodeOutputFileSystem, writeFile: async (file, data) => {
        await nodeOutputFileSystem.writeFile(file, data);
        process.stdout.write("written\\n");
        await new Promise((resolve) => setTimeout(resolve, 60000));
      } };
      writeOutput(${JSON.stringify(out)}, "<!DOCTYPE html>\\n<html></html>", { kind: "html", force: false, fs: held });
    `;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    const tmp = () => fs.readdirSync(scratch.dir).filter((f) => f.startsWith(".keskeytetty.html.") && f.endsWith(".tmp"));
    expect(tmp()).toHaveLength(1);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGINT");
    expect(await ended).toBe("SIGINT");
    expect(tmp()).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
