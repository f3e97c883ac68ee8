/** Why a file could not be read as a workbook; the CLI turns each reason into one line for the user. */
export type XlsxReadReason =
  /** No file at that path. */
  | "missing"
  /** The path is a directory or otherwise not a regular file. */
  | "not-a-file"
  /** Not a zip at all (a text file, a picture, a CSV renamed .xlsx). */
  | "not-xlsx"
  /** An old binary .xls workbook or a password-protected one (both are OLE compound files). */
  | "legacy-or-encrypted"
  /** A zip that ExcelJS cannot read as a workbook: truncated, damaged, or another Office format. */
  | "corrupt"
  /** The operating system refused (permissions, I/O). */
  | "unreadable"
  /** One part unpacks to more than the documented limit (XLSX_LIMITS in ./inspect). */
  | "too-large"
  /** All parts together unpack to more than the documented limit. */
  | "too-large-total"
  /** A sheet names a row beyond 1 048 576 or a column beyond XFD. */
  | "outside-sheet"
  /** More cells than the documented limit. */
  | "too-many-cells"
  /** A text file (the founding document's format) larger than all of a workbook's parts may unpack to. */
  | "text-too-large"
  /** A sheet name longer than Excel's 31 characters (written by another tool). */
  | "sheet-name";

export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;
  readonly path: string;
  /** The underlying library's words, for `--verbose`-style diagnostics; never the only message. */
  readonly detail?: string;
  /** What the message names: the part and limit, the sheet and cell. */
  readonly params: Record<string, string>;

  constructor(reason: XlsxReadReason, path: string, detail?: string, params: Record<string, string> = {}) {
    super(`${path}: ${describeReason(reason)}${detail ? ` (${detail})` : ""}`);
    this.name = "XlsxReadError";
    this.reason = reason;
    this.path = path;
    this.detail = detail;
    this.params = params;
  }
}

function describeReason(reason: XlsxReadReason): string {
  switch (reason) {
    case "missing":
      return "file not found";
    case "not-a-file":
      return "not a file";
    case "not-xlsx":
      return "not an .xlsx workbook";
    case "legacy-or-encrypted":
      return "an old .xls or password-protected workbook; save it as .xlsx without a password";
    case "corrupt":
      return "damaged or not an .xlsx workbook";
    case "unreadable":
      return "cannot be read";
    case "too-large":
    case "too-large-total":
    case "text-too-large":
      return "unpacks to more than the reader's limit";
    case "outside-sheet":
      return "names a cell outside Excel's sheet";
    case "too-many-cells":
      return "has more cells than the reader's limit";
    case "sheet-name":
      return "has a sheet name longer than Excel's 31 characters";
  }
}

/** Zip files (xlsx is one) begin with `PK\x03\x04`; OLE compound files with `D0 CF 11 E0`. */
export function sniffContainer(bytes: Uint8Array): "zip" | "ole" | "other" {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return "other";
}
