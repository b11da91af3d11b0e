#!/usr/bin/env node
// Draws the add-in icons (a target on a rounded green square) as PNGs with zlib only: no image tool is needed.
// Usage: node scripts/make-icons.js   -> assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const GREEN = [15, 110, 86];
const WHITE = [255, 255, 255];
const SUPERSAMPLING = 4;

// Colour of a point in unit coordinates (0..1), or null outside the rounded square.
function colourAt(x, y) {
  const radius = 0.18;
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return null;
  const distance = Math.hypot(x - 0.5, y - 0.5);
  if (distance < 0.045) return GREEN;
  if (distance < 0.13) return WHITE;
  if (distance < 0.24) return GREEN;
  if (distance < 0.35) return WHITE;
  return GREEN;
}

function renderRgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const colour = colourAt((col + (sx + 0.5) / SUPERSAMPLING) / size, (row + (sy + 0.5) / SUPERSAMPLING) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const offset = (row * size + col) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
      }
      pixels[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const scanlines = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    scanlines[row * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(scanlines, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const assetsDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(assetsDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assetsDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, renderRgba(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
