// Draws the add-in's icons without an image library: a blue rounded square with a white envelope
// and a red "!" badge (assets/icon-<size>.png; 192 is the app package's colour icon), and the same
// shapes as a white outline on transparency (assets/outline-32.png, the app package's outline
// icon). 4x4 supersampled, written as PNG with zlib.
// Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128, 192] as const;
const OUTLINE_SIZE = 32;
const SUPERSAMPLE = 4;

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [15, 108, 189, 255]; // Fluent UI brand blue
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [197, 15, 31, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function inRoundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  half: number,
): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half;
}

const inCircle = (x: number, y: number, cx: number, cy: number, r: number): boolean =>
  (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The colour at a point of the unit square (0..1 both ways, y down). */
function colourAt(x: number, y: number): Rgba {
  const badge = { x: 0.75, y: 0.74, r: 0.21 };
  if (inCircle(x, y, badge.x, badge.y, badge.r)) {
    const bang =
      inRoundedRect(x, y, 0.725, 0.61, 0.775, 0.77, 0.02) || inCircle(x, y, 0.75, 0.84, 0.03);
    return bang ? WHITE : RED;
  }
  if (inCircle(x, y, badge.x, badge.y, badge.r + 0.04)) return BLUE;
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return CLEAR;
  if (inRoundedRect(x, y, 0.16, 0.26, 0.84, 0.72, 0.05)) {
    const flap =
      nearSegment(x, y, 0.19, 0.3, 0.5, 0.53, 0.035) ||
      nearSegment(x, y, 0.5, 0.53, 0.81, 0.3, 0.035);
    return flap ? BLUE : WHITE;
  }
  return BLUE;
}

/**
 * The outline icon: white strokes on transparency (Microsoft's rule for the outline icon), the
 * envelope as a frame with its flap, and the badge as a ring around its "!".
 */
function outlineAt(x: number, y: number): Rgba {
  const badge = { x: 0.75, y: 0.74, r: 0.23 };
  if (inCircle(x, y, badge.x, badge.y, badge.r)) {
    const bang =
      inRoundedRect(x, y, 0.72, 0.6, 0.78, 0.77, 0.02) || inCircle(x, y, 0.75, 0.85, 0.035);
    const ring = !inCircle(x, y, badge.x, badge.y, badge.r - 0.06);
    return bang || ring ? WHITE : CLEAR;
  }
  if (inCircle(x, y, badge.x, badge.y, badge.r + 0.06)) return CLEAR;
  const frame =
    inRoundedRect(x, y, 0.06, 0.18, 0.94, 0.82, 0.08) &&
    !inRoundedRect(x, y, 0.13, 0.25, 0.87, 0.75, 0.03);
  const flap =
    nearSegment(x, y, 0.12, 0.24, 0.5, 0.54, 0.04) ||
    nearSegment(x, y, 0.5, 0.54, 0.88, 0.24, 0.04);
  return frame || flap ? WHITE : CLEAR;
}

function render(size: number, shape: (x: number, y: number) => Rgba): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let s = 0; s < n; s++) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const [cr, cg, cb, ca] = shape(x, y);
        // Premultiplied accumulation keeps anti-aliased edges against transparency clean.
        r += cr * ca;
        g += cg * ca;
        b += cb * ca;
        a += ca;
      }
      const o = (py * size + px) * 4;
      rgba.set(a > 0 ? [r / a, g / a, b / a, a / n].map(Math.round) : [0, 0, 0, 0], o);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

const dir = join(__dirname, "..", "assets");
mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(dir, `icon-${size}.png`), png(size, render(size, colourAt)));
  console.log(`assets/icon-${size}.png`);
}
writeFileSync(
  join(dir, `outline-${OUTLINE_SIZE}.png`),
  png(OUTLINE_SIZE, render(OUTLINE_SIZE, outlineAt)),
);
console.log(`assets/outline-${OUTLINE_SIZE}.png`);
