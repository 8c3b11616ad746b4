/**
 * What the icon tests need to know about a PNG file, read from its bytes: the size in its
 * IHDR chunk (bytes 16–23, after the signature and the chunk's length and type), whether it has
 * an alpha channel, and the alpha of its top-left pixel.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour type 6: truecolour with alpha (8 bits per channel here). */
const RGBA = 6;

export interface PngFacts {
  width: number;
  height: number;
  rgba: boolean;
  /** Alpha of pixel (0, 0); undefined unless 8-bit RGBA. */
  cornerAlpha: number | undefined;
}

export function readPng(file: string): PngFacts {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const rgba = bytes[24] === 8 && bytes[25] === RGBA;
  return { width, height, rgba, cornerAlpha: rgba ? firstPixelAlpha(bytes) : undefined };
}

/**
 * The first pixel of the first row: every PNG row filter predicts it from zeros, so its filtered
 * bytes are its values (after the row's filter-type byte: R, G, B, A).
 */
function firstPixelAlpha(bytes: Buffer): number {
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(idat))[4]!;
}
