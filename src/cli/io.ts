/** Where the CLI writes; tests pass their own to capture output without spawning a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The width of the terminal stderr is, or undefined when it is none (a pipe, a file, a test): where the CLI draws its progress line (progress.ts). */
  readonly errColumns?: number;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  get errColumns() {
    return process.stderr.isTTY ? process.stderr.columns || 80 : undefined;
  },
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
