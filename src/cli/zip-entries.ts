/**
 * A minimal, defensive ZIP reader for spreadsheets (Node side only): lists the entries from the
 * central directory and inflates one entry in small steps with fflate's streaming Inflate, so a
 * zip bomb is stopped when its inflated bytes pass a cap, before they are held in memory.
 * Encrypted entries, ZIP64 archives and compression methods other than stored/deflate are refused.
 */
import { Inflate } from 'fflate';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Declared inflated size (may lie; the inflate step counts the real bytes). */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
/** Input bytes pushed to the inflater at a time: deflate expands at most ~1032:1, so one step stays near 16 MB. */
const STEP = 16 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** The entries of a ZIP archive (throws ZipError when it is not one or uses what we refuse). */
export function zipEntries(buf: Uint8Array, maxEntries = 10_000): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--)
    if (u32(buf, i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipError('not a ZIP archive (no end of central directory)');
  const count = u16(buf, eocd + 10);
  const cdSize = u32(buf, eocd + 12);
  const cdOffset = u32(buf, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  if (count > maxEntries) throw new ZipError(`too many entries in the archive (${count} > ${maxEntries})`);
  if (cdOffset + cdSize > buf.length) throw new ZipError('truncated archive (central directory out of range)');
  const out = new Map<string, ZipEntry>();
  let p = cdOffset;
  const dec = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || u32(buf, p) !== CEN) throw new ZipError('corrupt central directory');
    const flags = u16(buf, p + 8);
    const method = u16(buf, p + 10);
    const compressedSize = u32(buf, p + 20);
    const size = u32(buf, p + 24);
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    const localOffset = u32(buf, p + 42);
    const name = dec.decode(buf.subarray(p + 46, p + 46 + nameLen));
    if (flags & 1) throw new ZipError(`entry ${name} is encrypted`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipError('ZIP64 archives are not supported');
    out.set(name.replace(/\\/g, '/'), { name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * Inflates one entry, handing decoded chunks to `onChunk` as they come; throws ZipError as soon
 * as more than `cap` bytes come out (a zip bomb) or the data is corrupt.
 */
export function inflateEntry(buf: Uint8Array, e: ZipEntry, cap: number, onChunk: (chunk: Uint8Array) => void): number {
  const p = e.localOffset;
  if (p + 30 > buf.length || u32(buf, p) !== LOC) throw new ZipError(`entry ${e.name}: corrupt local header`);
  const start = p + 30 + u16(buf, p + 26) + u16(buf, p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError(`entry ${e.name}: truncated`);
  const data = buf.subarray(start, end);
  let total = 0;
  const tooBig = () =>
    new ZipError(`entry ${e.name} inflates to more than ${cap.toLocaleString('en-US')} bytes (a zip bomb or a sheet too large)`);
  if (e.method === 0) {
    if (data.length > cap) throw tooBig();
    for (let i = 0; i < data.length; i += 1 << 20) onChunk(data.subarray(i, Math.min(data.length, i + (1 << 20))));
    return data.length;
  }
  if (e.method !== 8) throw new ZipError(`entry ${e.name}: compression method ${e.method} is not supported`);
  let fromCallback: unknown;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    try {
      if (total > cap) throw tooBig();
      onChunk(chunk);
    } catch (err) {
      fromCallback = err;
      throw err;
    }
  });
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipError || (fromCallback !== undefined && err === fromCallback)) throw err;
    throw new ZipError(`entry ${e.name}: corrupt deflate data (${(err as Error).message})`);
  }
  return total;
}
