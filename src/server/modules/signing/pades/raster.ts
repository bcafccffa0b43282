import { crc32, deflateSync } from 'node:zlib';

/**
 * A tiny anti-aliased rasteriser and PNG encoder, enough to draw the demo signature and seal images
 * (glyph outlines, rings, strokes) without an image library or a download. Coordinates are pixels,
 * y down; polygons fill with the non-zero rule at 4×4 samples per pixel.
 */
export type Point = [number, number];
export type Polygon = Point[];

const S = 4; // samples per pixel along each axis

export class Canvas {
  readonly rgba: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rgba = new Uint8Array(width * height * 4);
  }

  /** Fills the union of `polygons` (non-zero winding) with an opaque colour, composited over. */
  fill(polygons: Polygon[], color: [number, number, number]): void {
    const edges: [number, number, number, number, number][] = [];
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const poly of polygons)
      for (let i = 0; i < poly.length; i++) {
        const [x0, y0] = poly[i]!;
        const [x1, y1] = poly[(i + 1) % poly.length]!;
        if (y0 === y1) continue;
        edges.push(y0 < y1 ? [x0, y0, x1, y1, 1] : [x1, y1, x0, y0, -1]);
        minY = Math.min(minY, y0, y1);
        maxY = Math.max(maxY, y0, y1);
      }
    if (!edges.length) return;
    const w = this.width;
    const coverage = new Float32Array(w);
    const row = new Int16Array(w * S + 1);
    const top = Math.max(0, Math.floor(minY));
    const bottom = Math.min(this.height - 1, Math.ceil(maxY));
    for (let py = top; py <= bottom; py++) {
      coverage.fill(0);
      for (let sy = 0; sy < S; sy++) {
        const y = py + (sy + 0.5) / S;
        const crossings: [number, number][] = [];
        for (const [x0, y0, x1, y1, dir] of edges)
          if (y >= y0 && y < y1) crossings.push([x0 + ((y - y0) / (y1 - y0)) * (x1 - x0), dir]);
        if (!crossings.length) continue;
        crossings.sort((a, b) => a[0] - b[0]);
        row.fill(0);
        let winding = 0;
        for (let i = 0; i < crossings.length - 1; i++) {
          winding += crossings[i]![1];
          if (winding === 0) continue;
          const a = Math.max(0, Math.round(crossings[i]![0] * S));
          const b = Math.min(w * S, Math.round(crossings[i + 1]![0] * S));
          for (let x = a; x < b; x++) row[x] = 1;
        }
        for (let x = 0; x < w * S; x++) if (row[x]) coverage[(x / S) | 0]! += 1 / (S * S);
      }
      for (let px = 0; px < w; px++) {
        const a = Math.min(1, coverage[px]!);
        if (a <= 0) continue;
        const o = (py * w + px) * 4;
        const da = this.rgba[o + 3]! / 255;
        const outA = a + da * (1 - a);
        for (let c = 0; c < 3; c++)
          this.rgba[o + c] = Math.round((color[c]! * a + this.rgba[o + c]! * da * (1 - a)) / outA);
        this.rgba[o + 3] = Math.round(outA * 255);
      }
    }
  }

  /** PNG, 8-bit RGBA, one filter byte per row. */
  toPng(): Uint8Array {
    const raw = new Uint8Array((this.width * 4 + 1) * this.height);
    for (let y = 0; y < this.height; y++)
      raw.set(this.rgba.subarray(y * this.width * 4, (y + 1) * this.width * 4), y * (this.width * 4 + 1) + 1);
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 6, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', new Uint8Array(0)),
    ]);
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A circle as a polygon; `clockwise` reverses it, to cut a hole under the non-zero rule. */
export function circle(cx: number, cy: number, r: number, clockwise = false, steps = 180): Polygon {
  const pts: Polygon = [];
  for (let i = 0; i < steps; i++) {
    const a = ((clockwise ? -i : i) / steps) * 2 * Math.PI;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

export const ring = (cx: number, cy: number, outer: number, inner: number): Polygon[] => [
  circle(cx, cy, outer),
  circle(cx, cy, inner, true),
];

/** A five-pointed star, point up. */
export function star(cx: number, cy: number, r: number): Polygon {
  const pts: Polygon = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? r * 0.382 : r;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  return pts;
}

/** A stroke of width `w` along a polyline: one quad per segment and a round cap at every vertex. */
export function stroke(points: Point[], widthAt: (i: number) => number): Polygon[] {
  const out: Polygon[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const len = Math.hypot(x1 - x0, y1 - y0) || 1;
    const w0 = widthAt(i) / 2;
    const w1 = widthAt(i + 1) / 2;
    const nx = -(y1 - y0) / len;
    const ny = (x1 - x0) / len;
    out.push([
      [x0 + nx * w0, y0 + ny * w0],
      [x1 + nx * w1, y1 + ny * w1],
      [x1 - nx * w1, y1 - ny * w1],
      [x0 - nx * w0, y0 - ny * w0],
    ]);
  }
  points.forEach(([x, y], i) => {
    out.push(circle(x, y, widthAt(i) / 2, true, 16));
  });
  return out;
}
