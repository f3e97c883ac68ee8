/**
 * Just enough of the zip format to look at an .xlsx before any library unpacks it: the central
 * directory (names and declared sizes), a part's data streamed through the platform's inflater
 * with a ceiling on what it may produce, and a rebuilt archive when a part has to be replaced.
 * Browser-safe: DecompressionStream exists in Node ≥ 18 and in current browsers.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not something Excel writes. */
  method: number;
  crc32: number;
  compressedSize: number;
  /** As the directory declares it; `inflateEntry` never trusts it. */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The central directory record as found, for rebuilding. */
  flags: number;
  time: number;
  date: number;
}

/** The archive is not a readable zip (truncated, damaged directory). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

/** Inflating a part produced more than the allowed number of bytes. */
export class InflateLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} unpacks to more than ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory. O(entries); nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError("zip64 directory without its locator");
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipFormatError("damaged zip64 directory");
    count = safeNumber(view.getBigUint64(record + 32, true));
    size = safeNumber(view.getBigUint64(record + 40, true));
    offset = safeNumber(view.getBigUint64(record + 48, true));
  }
  if (offset + size > bytes.length) throw new ZipFormatError("the central directory lies beyond the end of the file");
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError("damaged central directory");
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength + commentLength > bytes.length) throw new ZipFormatError("damaged central directory");
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= stop; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new ZipFormatError("no zip directory (truncated file?)");
}

function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("zip sizes beyond any real file");
  return Number(v);
}

/** The entry's compressed bytes, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`damaged local header of ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} is cut short`);
  return bytes.subarray(start, end);
}

/** Whether this platform can inflate as a stream (Node ≥ 18, current browsers; not every test DOM). */
export function canInflate(): boolean {
  return typeof DecompressionStream === "function" && typeof ReadableStream === "function";
}

/**
 * Streams an entry's unpacked bytes to `onChunk`, stopping with `InflateLimitError` as soon as
 * more than `limit` bytes have come out, whatever the directory declared. Nothing is kept here.
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, onChunk: (chunk: Uint8Array) => void): Promise<number> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw new InflateLimitError(entry.name, limit);
    onChunk(data);
    return data.length;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  // Typed loosely: the DOM and Node typings of web streams differ, and this file builds for both.
  const inflater = new DecompressionStream("deflate-raw") as unknown as { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };
  const reader = source.pipeThrough(inflater).getReader();
  let total = 0;
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch (error) {
      throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (next.done) break;
    total += next.value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitError(entry.name, limit);
    }
    try {
      onChunk(next.value);
    } catch (error) {
      // The reader stops at the first thing it refuses; the rest is not inflated.
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
  return total;
}

/** An entry's whole unpacked content, for small parts (workbook.xml, a drawing). */
export async function inflateWhole(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const total = await inflateEntry(bytes, entry, limit, (c) => chunks.push(c.slice()));
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** One part of an archive to write: its bytes as they go into the file (compressed or not). */
export interface ZipPart {
  name: string;
  /** 0 stored, 8 deflate (then `data` is a raw deflate stream). */
  method: number;
  data: Uint8Array;
  crc32: number;
  uncompressedSize: number;
  flags?: number;
  time?: number;
  date?: number;
}

/**
 * The same archive with some parts replaced (stored uncompressed); the other parts' compressed
 * bytes are copied as they are. Used to hand a library a workbook it can read.
 */
export function rebuildZip(bytes: Uint8Array, entries: readonly ZipEntry[], replaced: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return writeZip(
    entries.map((entry) => {
      const replacement = replaced.get(entry.name);
      // Bit 3 (sizes after the data) no longer applies: the sizes are in the header.
      const common = { name: entry.name, flags: entry.flags & ~0x0008, time: entry.time, date: entry.date };
      return replacement
        ? { ...common, method: 0, data: replacement, crc32: crc32(replacement), uncompressedSize: replacement.length }
        : { ...common, method: entry.method, data: entryData(bytes, entry), crc32: entry.crc32, uncompressedSize: entry.uncompressedSize };
    }),
  );
}

/** A zip archive of the given parts (no zip64: every part and the whole stay under 4 GiB). */
export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const header = (size: number, signature: number) => {
      const buf = new Uint8Array(size + name.length);
      const v = new DataView(buf.buffer);
      v.setUint32(0, signature, true);
      return { buf, v };
    };
    // The local header and the central record share one run of fields; the central record has a
    // "version made by" before it, so the run starts two bytes later there.
    const describe = (v: DataView, at: number) => {
      v.setUint16(at, 20, true);
      v.setUint16(at + 2, part.flags ?? 0, true);
      v.setUint16(at + 4, part.method, true);
      v.setUint16(at + 6, part.time ?? 0, true);
      v.setUint16(at + 8, part.date ?? 0x21, true);
      v.setUint32(at + 10, part.crc32, true);
      v.setUint32(at + 14, part.data.length, true);
      v.setUint32(at + 18, part.uncompressedSize, true);
      v.setUint16(at + 22, name.length, true);
    };
    const local = header(30, LOCAL);
    describe(local.v, 4);
    local.buf.set(name, 30);
    const record = header(46, CENTRAL);
    record.v.setUint16(4, 20, true);
    describe(record.v, 6);
    record.v.setUint32(42, offset, true);
    record.buf.set(name, 46);
    chunks.push(local.buf, part.data);
    central.push(record.buf);
    offset += local.buf.length + part.data.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + end.length);
  let p = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, p);
    p += chunk.length;
  }
  return out;
}

let CRC_TABLE: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
