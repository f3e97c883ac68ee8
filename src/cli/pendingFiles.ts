import { unlinkSync } from "fs";

/** The signals a user or a CI runner stops the CLI with: Ctrl+C, `kill`, a closed terminal. */
const STOPS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** What of `process` the cleanup needs; tests pass their own, so no signal reaches the test runner. */
export interface SignalTarget {
  readonly pid: number;
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  kill(pid: number, signal: NodeJS.Signals): unknown;
}

/**
 * Temporary files being written (an output's content before its rename), removed if the process
 * is stopped by a signal meanwhile: a Ctrl+C during `--html` left a hidden `.NAME.PID-….tmp`
 * beside the report. The listeners are there only while a file is pending, so a Ctrl+C during a
 * check (which runs on the main thread and would hold a listener back until it ends) stops the
 * process at once as before. After removing the files the signal is raised again with no listener,
 * so the process ends as the signal's default says (status 130 for Ctrl+C) and the shell sees it.
 */
export class PendingFiles {
  private readonly files = new Set<string>();

  constructor(private readonly target: SignalTarget) {}

  add(file: string): void {
    if (this.files.size === 0) for (const s of STOPS) this.target.on(s, this.stop);
    this.files.add(file);
  }

  /** The file was renamed into place or removed: nothing to clean up for it any more. */
  delete(file: string): void {
    if (!this.files.delete(file) || this.files.size > 0) return;
    this.stopListening();
  }

  private stopListening(): void {
    for (const s of STOPS) this.target.off(s, this.stop);
  }

  private readonly stop = (signal: NodeJS.Signals): void => {
    for (const file of this.files) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone (renamed a moment ago) or not ours to remove: either way nothing is left to do.
      }
    }
    this.files.clear();
    this.stopListening();
    this.target.kill(this.target.pid, signal);
  };
}

/** The process's own. */
export const pendingFiles = new PendingFiles(process);
