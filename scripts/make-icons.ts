// Draws the add-in's icons (a white tick on a blue tile) as PNGs in assets/, in pure Node: no downloads, no image libraries.
// Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const TILE: [number, number, number] = [0x1f, 0x6f, 0xb2];
const TICK: [number, number, number] = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of one pixel by a shape, from 4×4 samples, so small sizes stay smooth. */
function coverage(x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

export function drawIcon(size: number): Uint8Array {
  const s = size;
  const radius = s * 0.18;
  const inTile = (u: number, v: number) => {
    const cx = Math.min(Math.max(u, radius), s - radius);
    const cy = Math.min(Math.max(v, radius), s - radius);
    return Math.hypot(u - cx, v - cy) <= radius;
  };
  const stroke = Math.max(1.2, s * 0.11);
  const inTick = (u: number, v: number) =>
    distanceToSegment(u, v, s * 0.24, s * 0.52, s * 0.42, s * 0.7) <= stroke / 2 ||
    distanceToSegment(u, v, s * 0.42, s * 0.7, s * 0.77, s * 0.3) <= stroke / 2;
  const pixels = new Uint8Array(s * s * 4);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const tile = coverage(x, y, inTile);
      const tick = coverage(x, y, inTick);
      const o = (y * s + x) * 4;
      for (let k = 0; k < 3; k++) pixels[o + k] = Math.round(TILE[k] * (1 - tick) + TICK[k] * tick);
      pixels[o + 3] = Math.round(255 * tile);
    }
  }
  return pixels;
}

if (require.main === module) {
  for (const size of SIZES) {
    const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
