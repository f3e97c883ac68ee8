import { CliIO } from "./io";

// Back to the line's start, and erase from there to its end.
const RETURN = "\r";
const ERASE = "\x1b[K";

/**
 * Progress on a terminal, as one line on stderr redrawn in place: what a long check is doing (a
 * file read, a book checked, files done in a batch). Shown only when stderr is a terminal
 * (`io.errColumns`), so a report piped or redirected, and the tests' captured output, hold none.
 * Whatever else is written while a line may be shown goes through `out` and `err`, which erase the
 * line first, as both streams may reach the same terminal.
 */
export class Progress {
  private shown = false;

  constructor(private readonly io: CliIO) {}

  readonly out = (text: string): void => {
    this.erase();
    this.io.out(text);
  };

  readonly err = (text: string): void => {
    this.erase();
    this.io.err(text);
  };

  /** Draws `line` over the last, cut to the terminal's width. */
  show(line: string): void {
    const columns = this.io.errColumns;
    if (columns === undefined) return;
    this.io.err(RETURN + fitted(line, columns - 1) + ERASE);
    this.shown = true;
  }

  /** Erases the line, if one is shown. */
  erase(): void {
    if (!this.shown) return;
    this.io.err(RETURN + ERASE);
    this.shown = false;
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
