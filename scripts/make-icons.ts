/**
 * Draws the add-in's icons (a white check mark over a column of figures on a rounded blue tile;
 * for the "Clear marks" button a cross instead of the check) and writes them as PNGs into assets/. There is no image tool on the build machines, so this
 * encodes PNG directly with node's zlib; the PNGs are committed and this script is only re-run
 * when the design changes:  npx tsx scripts/make-icons.ts
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];

const TILE: Rgba = [0x0f, 0x6c, 0xbd, 255]; // Office blue, readable on light and dark ribbons
const FIGURES: Rgba = [0xb4, 0xd6, 0xfa, 255];
const CHECK: Rgba = [255, 255, 255, 255];
const SUPERSAMPLE = 4;

/** Coverage (0..1) of each shape at a point in unit coordinates (0..1 across the icon). */
function tile(x: number, y: number): boolean {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

/** Three short bars standing for rows of a budget table, left-aligned like labels. */
function figures(x: number, y: number): boolean {
  const bars = [
    [0.2, 0.22, 0.62],
    [0.2, 0.38, 0.5],
    [0.2, 0.54, 0.38],
  ];
  return bars.some(([x0, y0, x1]) => x >= x0 && x <= x1 && y >= y0 && y <= y0 + 0.09);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export type IconMark = "check" | "clear";

const STROKES: Record<IconMark, [number, number, number, number][]> = {
  check: [
    [0.44, 0.68, 0.58, 0.82],
    [0.58, 0.82, 0.86, 0.42],
  ],
  clear: [
    [0.5, 0.5, 0.84, 0.84],
    [0.5, 0.84, 0.84, 0.5],
  ],
};

function mark(kind: IconMark, x: number, y: number, size: number): boolean {
  // Thicker strokes at small sizes so the mark survives at 16 px.
  const half = size <= 16 ? 0.1 : size <= 32 ? 0.085 : 0.07;
  return STROKES[kind].some(([ax, ay, bx, by]) => distanceToSegment(x, y, ax, ay, bx, by) <= half);
}

function over(dst: Rgba, src: Rgba, alpha: number): Rgba {
  return [
    dst[0] + (src[0] - dst[0]) * alpha,
    dst[1] + (src[1] - dst[1]) * alpha,
    dst[2] + (src[2] - dst[2]) * alpha,
    dst[3] + (src[3] - dst[3]) * alpha,
  ];
}

export function drawIcon(size: number, kind: IconMark = "check"): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tileCover = 0;
      let figureCover = 0;
      let checkCover = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (tile(x, y)) tileCover++;
          if (figures(x, y)) figureCover++;
          if (mark(kind, x, y, size)) checkCover++;
        }
      }
      let colour: Rgba = [TILE[0], TILE[1], TILE[2], 0];
      colour = over(colour, TILE, tileCover / n);
      colour = over(colour, FIGURES, (figureCover / n) * (tileCover / n));
      colour = over(colour, CHECK, checkCover / n);
      const i = (py * size + px) * 4;
      for (let k = 0; k < 4; k++) pixels[i + k] = Math.round(colour[k]);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** RGBA pixels → PNG (8-bit truecolour with alpha, no filtering). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array(0))]);
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  const files: [string, IconMark][] = [
    ["icon", "check"],
    ["clear", "clear"],
  ];
  for (const [prefix, kind] of files) {
    for (const size of ICON_SIZES) {
      const file = join(dir, `${prefix}-${size}.png`);
      writeFileSync(file, encodePng(size, size, drawIcon(size, kind)));
      console.log(`wrote ${file}`);
    }
  }
}

if (require.main === module) main();
