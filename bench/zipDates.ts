/**
 * One date for every entry of a zip archive. ExcelJS hands its parts to JSZip without a date, and
 * JSZip stamps each with the current time: without this, the same workbook written twice differs
 * in a few bytes. A zip entry's date sits in two places, its local header and its central
 * directory record (MS-DOS time and date, two bytes each); nothing else depends on it.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** MS-DOS time and date of `date` in UTC (JSZip writes UTC): seconds in steps of two, years from 1980. */
function dosStamp(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** The offset of the end-of-central-directory record: the last one, behind any archive comment. */
function endRecord(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("not a zip archive: no end-of-central-directory record");
}

/** Sets every entry's modification time to `date`, in place; returns `zip`. */
export function stampZipEntries(zip: Buffer, date: Date): Buffer {
  const { time, day } = dosStamp(date);
  const end = endRecord(zip);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_RECORD) throw new Error(`zip central directory broken at byte ${at}`);
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(day, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip local header missing at byte ${local}`);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
