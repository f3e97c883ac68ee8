import { promises as nodeFs } from "fs";
import * as path from "path";
import { pendingFiles } from "./pendingFiles";

/** What the CLI writes: an .xlsx workbook (`summary`) or an HTML report (`--html`). */
export type OutputKind = "xlsx" | "html";

/** Why an output file was not written; the CLI words each reason in the user's language. */
export type OutputRefusal =
  /** OUT exists and `--force` was not given. */
  | "exists"
  /** OUT exists and holds something else (an .xlsx passed to `--html`): never overwritten, even with `--force`. */
  | "other-kind"
  /** OUT is a directory or a device. */
  | "not-a-file"
  /** Writing failed (disk full, permissions); the previous OUT, if any, is as it was. */
  | "write-failed";

export class OutputError extends Error {
  constructor(
    readonly reason: OutputRefusal,
    readonly path: string,
    /** What was to be written there. */
    readonly kind: OutputKind,
    readonly detail?: string,
  ) {
    super(`${path}: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "OutputError";
  }
}

/** The file operations the writer needs; tests pass one that fails like a full disk. */
export interface OutputFileSystem {
  stat(file: string): Promise<{ isFile(): boolean }>;
  /** The first bytes of a file, to tell what it holds. */
  head(file: string, bytes: number): Promise<Uint8Array>;
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeOutputFileSystem: OutputFileSystem = {
  stat: (file) => nodeFs.stat(file),
  head: async (file, bytes) => {
    const handle = await nodeFs.open(file, "r");
    try {
      const buffer = new Uint8Array(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
  writeFile: async (file, data) => {
    // "wx": the temporary name is ours alone; flush so a rename never publishes half a file.
    const handle = await nodeFs.open(file, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
};

export interface WriteOutputOptions {
  kind: OutputKind;
  /** Replace an existing OUT of the same kind. */
  force: boolean;
  fs?: OutputFileSystem;
}

/**
 * Writes OUT atomically: the content goes to a temporary file in OUT's own folder (same file
 * system, so the rename is atomic) and replaces OUT only once it is whole. An existing OUT is kept
 * unless `force`, and a file of another kind is never replaced.
 */
export async function writeOutput(file: string, data: string | Uint8Array, options: WriteOutputOptions): Promise<void> {
  const fs = options.fs ?? nodeOutputFileSystem;
  await refuseUnsafeTarget(fs, file, options);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  // Removed if the process is stopped before the rename (a Ctrl+C while it is written).
  pendingFiles.add(temp);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw new OutputError("write-failed", file, options.kind, errorCode(error));
  } finally {
    pendingFiles.delete(temp);
  }
}

/**
 * Refuses OUT before any work is done (the same test `writeOutput` makes again when it writes), so
 * a refused `--html` or `summary` costs nothing and prints nothing else.
 */
export async function checkOutputTarget(file: string, options: WriteOutputOptions): Promise<void> {
  await refuseUnsafeTarget(options.fs ?? nodeOutputFileSystem, file, options);
}

async function refuseUnsafeTarget(fs: OutputFileSystem, file: string, options: WriteOutputOptions): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return;
    throw new OutputError("write-failed", file, options.kind, code);
  }
  if (!stat.isFile()) throw new OutputError("not-a-file", file, options.kind);
  let head: Uint8Array;
  try {
    head = await fs.head(file, 512);
  } catch (error) {
    throw new OutputError("write-failed", file, options.kind, errorCode(error));
  }
  // An empty file holds nothing to lose; anything else must look like what we would write.
  if (head.length > 0 && !looksLike(options.kind, head)) throw new OutputError("other-kind", file, options.kind);
  if (!options.force) throw new OutputError("exists", file, options.kind);
}

/** Whether existing content is of the kind we write: a zip for .xlsx, HTML text for a report. */
export function looksLike(kind: OutputKind, head: Uint8Array): boolean {
  if (kind === "xlsx") return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8").decode(head).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return text.startsWith("<!doctype html") || text.startsWith("<html");
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
}
