// Guild icons the sandbox serves itself (GET /icons/<guildId>.png), so the
// app's demo and tests show real icons without touching Discord's CDN: a
// deterministic 64x64 PNG per guild (two-colour diagonal gradient, a ring and
// the first letter of the name), encoded with node's zlib.

import zlib from 'node:zlib';
import crypto from 'node:crypto';

export const ICON_SIZE = 64;

/** The stored (origin-relative) icon path of a guild; the GraphQL resolver adds the origin. */
export const iconPath = (guildId) => `/icons/${guildId}.png`;
/** A path the route never serves (404), for guilds whose icon is "gone" from the CDN. */
export const brokenIconPath = (guildId) => `/icons/deleted/${guildId}.png`;
/** The route's pattern: /icons/<snowflake>.png. */
export const ICON_ROUTE = /^\/icons\/(\d{17,20})\.png$/;

// --- PNG encoding ------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA image (Uint8Array, width*height*4) as a PNG (8-bit RGBA, no interlace). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace: 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- drawing ---------------------------------------------------------------------

// 5x7 glyphs for A-Z and 0-9 ('#' = ink).
const GLYPHS = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  0: ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  1: ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  2: ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  3: ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  4: ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  5: ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  6: ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  7: ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  8: ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  9: ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
};

function fnv(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function hsv(h, s, v) {
  const c = v * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = v - c;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x]
    : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

/** The letter drawn on a guild's icon: the first A-Z/0-9 of its name (accents folded), or ''. */
export function iconLetter(name) {
  const m = /[A-Za-z0-9]/.exec(String(name ?? '').normalize('NFD'));
  return m ? m[0].toUpperCase() : '';
}

/** The icon of a guild as PNG bytes: same guild ID and name, same bytes. */
export function guildIconPng(guildId, name) {
  const n = ICON_SIZE;
  const h = fnv(guildId);
  const hue = h % 360;
  const from = hsv(hue, 0.65, 0.92);
  const to = hsv((hue + 40 + (h >>> 9) % 80) % 360, 0.75, 0.62);
  const px = new Uint8Array(n * n * 4);
  const ringRadius = 18 + (h >>> 17) % 10;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const t = (x + y) / (2 * (n - 1));
      let [r, g, b] = [0, 1, 2].map((i) => from[i] + (to[i] - from[i]) * t);
      // A soft ring around the centre gives every icon some structure.
      const d = Math.hypot(x - n / 2 + 0.5, y - n / 2 + 0.5);
      const ring = Math.max(0, 1 - Math.abs(d - ringRadius) / 2.5);
      r += (255 - r) * ring * 0.35; g += (255 - g) * ring * 0.35; b += (255 - b) * ring * 0.35;
      const o = (y * n + x) * 4;
      px[o] = Math.round(r); px[o + 1] = Math.round(g); px[o + 2] = Math.round(b); px[o + 3] = 255;
    }
  }
  const glyph = GLYPHS[iconLetter(name)];
  if (glyph) {
    const scale = 5;
    const ox = Math.floor((n - 5 * scale) / 2);
    const oy = Math.floor((n - 7 * scale) / 2);
    const plot = (dx, dy, rgb) => {
      for (let gy = 0; gy < 7; gy++) {
        for (let gx = 0; gx < 5; gx++) {
          if (glyph[gy][gx] !== '#') continue;
          for (let sy = 0; sy < scale; sy++) {
            for (let sx = 0; sx < scale; sx++) {
              const x = ox + gx * scale + sx + dx;
              const y = oy + gy * scale + sy + dy;
              if (x < 0 || y < 0 || x >= n || y >= n) continue;
              const o = (y * n + x) * 4;
              px[o] = rgb[0]; px[o + 1] = rgb[1]; px[o + 2] = rgb[2];
            }
          }
        }
      }
    };
    plot(1, 1, to.map((c) => Math.round(c * 0.55))); // shadow
    plot(0, 0, [255, 255, 255]);
  }
  return encodePng(n, n, px);
}

/** Bytes and a strong ETag for a guild's icon, cached by ID and name. */
export function createIconCache(limit = 4096) {
  const cache = new Map();
  return (guildId, name) => {
    const key = `${guildId}\u0000${name}`;
    let hit = cache.get(key);
    if (!hit) {
      const png = guildIconPng(guildId, name);
      hit = { png, etag: `"${crypto.createHash('sha1').update(png).digest('hex').slice(0, 16)}"` };
      if (cache.size >= limit) cache.delete(cache.keys().next().value);
      cache.set(key, hit);
    }
    return hit;
  };
}
