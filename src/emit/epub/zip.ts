/**
 * The EPUB's zip written with Node's own zlib: JSZip deflates in JavaScript (pako) on the main
 * thread, the slowest step of a cold EPUB after the bibliography; zlib deflates natively, each entry
 * on libuv's pool. Entries keep their order and names (the OCF's `mimetype` first and stored, as
 * the entries ask), every one dated the book's modification time (DOS dates, UTC), so the archive
 * is the same from one build to the next. Plain zip: no ZIP64 (an EPUB is far below 4 GiB), no
 * extra fields, names flagged UTF-8.
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive; a folder's ends in `/`. */
  name: string;
  data: Uint8Array;
  /** Kept uncompressed (the `mimetype` file). */
  store?: boolean;
}

const deflate = promisify(deflateRaw);
const utf8Flag = 0x0800;
const versionNeeded = 20;

/** The archive of `entries`, in their order, each dated `date`. */
export async function writeZip(entries: ZipEntry[], date: Date): Promise<Buffer> {
  const { time, day } = dosDateTime(date);
  const packed = await Promise.all(
    entries.map(async (entry) => {
      const stored = entry.store || entry.data.length === 0;
      const body = stored ? entry.data : await deflate(entry.data, { level: 6 });
      return { entry, body, method: stored ? 0 : 8, crc: crc32(entry.data) };
    }),
  );
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { entry, body, method, crc } of packed) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const fields = { method, time, day, crc, stored: body.length, size: entry.data.length, name: name.length };
    writeEntryFields(local, 4, fields);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(versionNeeded, 4);
    writeEntryFields(header, 6, fields);
    // Extra field, comment, disk number, internal attributes: none; external: MS-DOS's folder bit.
    header.writeUInt32LE(entry.name.endsWith('/') ? 0x10 : 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

interface EntryFields {
  method: number;
  time: number;
  day: number;
  crc: number;
  stored: number;
  size: number;
  name: number;
}

/**
 * The fields a local header and its central directory record share, in the same order (from the
 * version needed to the name's length); the central record has its "version made by" before them.
 */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields): void {
  header.writeUInt16LE(versionNeeded, at);
  header.writeUInt16LE(utf8Flag, at + 2);
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(fields.time, at + 6);
  header.writeUInt16LE(fields.day, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.stored, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.name, at + 22);
}

/** MS-DOS time and date fields (two-second steps, years from 1980), in UTC. */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}
