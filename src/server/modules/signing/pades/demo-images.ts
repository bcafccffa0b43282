import fontkit, { type Font, type Glyph } from '@cantoo/fontkit';
import { type FontStyle, getFontBytes } from '../../../platform/pdf';
import { Canvas, circle, type Point, type Polygon, ring, star, stroke } from './raster';

/**
 * Demo images for the built-in CA's officials and agencies, drawn in process: a blue handwritten-style
 * signature and a red round seal (Nghị định 30/2020 Phụ lục I wants both as PNG with a transparent
 * background). A real official uploads a scan of their signature; a real agency the image of its seal.
 */
const BLUE: [number, number, number] = [0x1a, 0x3d, 0xb4];
const RED: [number, number, number] = [0xd4, 0x1e, 0x1e];

const faces = new Map<FontStyle, Font>();
const face = (style: FontStyle) => {
  let f = faces.get(style);
  if (!f) {
    f = fontkit.create(getFontBytes('serif', style)) as Font;
    faces.set(style, f);
  }
  return f;
};

/** Glyph outline → polygons, through `map` from font units (y up) to pixels. */
function outline(glyph: Glyph, map: (x: number, y: number) => Point): Polygon[] {
  const polys: Polygon[] = [];
  let current: Polygon = [];
  let last: Point = [0, 0];
  const push = (p: Point) => {
    current.push(map(p[0], p[1]));
    last = p;
  };
  for (const { command, args } of glyph.path.commands) {
    const a = args as number[];
    if (command === 'moveTo') {
      if (current.length > 2) polys.push(current);
      current = [];
      push([a[0]!, a[1]!]);
    } else if (command === 'lineTo') push([a[0]!, a[1]!]);
    else if (command === 'quadraticCurveTo' || command === 'bezierCurveTo') {
      const [sx, sy] = last;
      const pts =
        command === 'quadraticCurveTo' ? [sx, sy, a[0]!, a[1]!, a[0]!, a[1]!, a[2]!, a[3]!] : [sx, sy, ...a];
      const [, , c1x, c1y, c2x, c2y, ex, ey] = pts as number[];
      const q = command === 'quadraticCurveTo';
      for (let i = 1; i <= 8; i++) {
        const t = i / 8;
        const u = 1 - t;
        const p: Point = q
          ? [u * u * sx + 2 * u * t * a[0]! + t * t * ex!, u * u * sy + 2 * u * t * a[1]! + t * t * ey!]
          : [
              u ** 3 * sx + 3 * u * u * t * c1x! + 3 * u * t * t * c2x! + t ** 3 * ex!,
              u ** 3 * sy + 3 * u * u * t * c1y! + 3 * u * t * t * c2y! + t ** 3 * ey!,
            ];
        push(p);
      }
    } else if (command === 'closePath') {
      if (current.length > 2) polys.push(current);
      current = [];
    }
  }
  if (current.length > 2) polys.push(current);
  return polys;
}

/** A blue signature: the name in a slanted italic with a flourish under it. */
export function demoSignaturePng(fullName: string): Uint8Array {
  const font = face('italic');
  const W = 420;
  const H = 160;
  const canvas = new Canvas(W, H);
  const glyphs = font.layout(fullName.normalize('NFC')).glyphs;
  const total = glyphs.reduce((s, g) => s + g.advanceWidth, 0);
  const scale = Math.min((W - 40) / total, 70 / font.unitsPerEm);
  const startX = (W - total * scale) / 2;
  const baseline = H * 0.62;
  let pen = 0;
  for (const g of glyphs) {
    const x0 = startX + pen * scale;
    // Extra slant and a gentle wave: a hand, not a typeface.
    const map = (x: number, y: number): Point => [
      x0 + x * scale + y * scale * 0.25,
      baseline - y * scale + Math.sin((x0 + x * scale) / 37) * 3,
    ];
    canvas.fill(outline(g, map), BLUE);
    pen += g.advanceWidth;
  }
  const flourish: Point[] = [];
  for (let i = 0; i <= 60; i++) {
    const t = i / 60;
    flourish.push([
      startX - 10 + t * (total * scale + 30),
      baseline + 18 + Math.sin(t * Math.PI * 1.6) * 10 - t * 12,
    ]);
  }
  canvas.fill(
    stroke(flourish, (i) => 1.5 + 2.5 * Math.sin((i / 60) * Math.PI)),
    BLUE,
  );
  return canvas.toPng();
}

/** Letters of `text` laid along a circle, centred on `angle`; `outward` tops point away from the centre. */
function arcText(
  text: string,
  centre: Point,
  radius: number,
  angle: number,
  height: number,
  outward: boolean,
): Polygon[][] {
  const font = face('bold');
  const glyphs = font.layout(text.normalize('NFC')).glyphs;
  const natural = glyphs.reduce((s, g) => s + g.advanceWidth, 0) * 1.08;
  const maxSweep = outward ? Math.PI * 1.3 : Math.PI * 0.75;
  // Long agency names get smaller letters rather than overlapping ones.
  const scale = Math.min(height / font.capHeight, (maxSweep * radius) / natural);
  const total = natural * scale;
  const sweep = total / radius;
  const spacing = 1 / radius;
  let pos = 0;
  const out: Polygon[][] = [];
  for (const g of glyphs) {
    const advance = g.advanceWidth * scale * 1.08;
    // Reading direction: clockwise along the top (outward), counter-clockwise along the bottom.
    const mid = outward
      ? angle + sweep / 2 - (pos + advance / 2) * spacing
      : angle - sweep / 2 + (pos + advance / 2) * spacing;
    const ux = Math.cos(mid);
    const uy = Math.sin(mid);
    const [tx, ty] = outward ? [uy, -ux] : [-uy, ux];
    const [nx, ny] = outward ? [ux, uy] : [-ux, -uy];
    const map = (x: number, y: number): Point => {
      const dx = x * scale - (g.advanceWidth * scale) / 2;
      const dy = y * scale;
      // Math coordinates (y up) → image (y down).
      const mx = centre[0] + radius * ux + dx * tx + dy * nx;
      const my = radius * uy + dx * ty + dy * ny;
      return [mx, centre[1] - my];
    };
    out.push(outline(g, map));
    pos += advance;
  }
  return out;
}

/** A red round seal: two rings, the agency name along the top, the province along the bottom, a star. */
export function demoSealPng(agencyName: string, place?: string): Uint8Array {
  const D = 360;
  const c: Point = [D / 2, D / 2];
  const canvas = new Canvas(D, D);
  const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
  canvas.fill(ring(c[0], c[1], D * 0.48, D * 0.455), RED);
  canvas.fill(ring(c[0], c[1], D * 0.3, D * 0.287), RED);
  for (const glyph of arcText(upper(agencyName), c, D * 0.335, Math.PI / 2, D * 0.06, true))
    canvas.fill(glyph, RED);
  if (place)
    for (const glyph of arcText(upper(place), c, D * 0.405, -Math.PI / 2, D * 0.05, false))
      canvas.fill(glyph, RED);
  canvas.fill([star(c[0], c[1], D * 0.16)], RED);
  canvas.fill(
    [
      circle(c[0] - D * 0.36, c[1] + D * 0.005, D * 0.012),
      circle(c[0] + D * 0.36, c[1] + D * 0.005, D * 0.012),
    ],
    RED,
  );
  return canvas.toPng();
}
