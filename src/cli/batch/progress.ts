import { CliIO } from "../io";
import { Translate } from "../../i18n/translate";

// Back to the line's start, and erase from there to its end.
const RETURN = "\r";
const ERASE = "\x1b[K";

/**
 * A batch's progress on a terminal, as one line on stderr redrawn in place: how many files are
 * done and the last one. Shown only when stderr is a terminal (`io.errColumns`), so a report piped
 * or redirected, and the tests' captured output, hold no progress. Whatever else the batch writes
 * (reports on stdout, a bad file's line on stderr) goes through `out` and `err`, which erase the
 * line first, as both may reach the same terminal.
 */
export class Progress {
  private shown = false;
  private done = 0;

  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly t: Translate,
  ) {}

  readonly out = (text: string): void => {
    this.erase();
    this.io.out(text);
  };

  readonly err = (text: string): void => {
    this.erase();
    this.io.err(text);
  };

  /** The line before any file is done: a large first file takes a while to read. */
  start(): void {
    this.draw(this.t("batch.progressStart", { files: this.t("batch.files", { n: this.total }) }));
  }

  /** One more file done, `file` the last. */
  fileDone(file: string): void {
    this.done++;
    this.draw(this.t("batch.progress", { done: this.done, total: this.total, file }));
  }

  /** Erases the line, if one is shown: before the batch's last words. */
  erase(): void {
    if (!this.shown) return;
    this.io.err(RETURN + ERASE);
    this.shown = false;
  }

  private draw(line: string): void {
    const columns = this.io.errColumns;
    if (columns === undefined) return;
    this.io.err(RETURN + fitted(line, columns - 1) + ERASE);
    this.shown = true;
  }
}

/** The line cut to `width` characters, from its middle (a file's path ends in its name). */
function fitted(line: string, width: number): string {
  const chars = [...line];
  if (chars.length <= width) return line;
  if (width < 2) return chars.slice(0, Math.max(width, 0)).join("");
  const head = Math.ceil((width - 1) / 2);
  return chars.slice(0, head).join("") + "…" + chars.slice(chars.length - (width - 1 - head)).join("");
}
