import { deflateSync } from 'node:zlib';
import { type PDFContext, PDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import {
  type AppearanceFont,
  appearanceFont,
  embedAppearanceFont,
  encodeText,
  textWidth,
} from './appearance-font';
import { type AppearanceImage, embedAppearanceImage } from './appearance-image';

/**
 * Visible signatures per Nghị định 30/2020 Phụ lục I (vn-standards.md §3.3):
 * - `signer`: the signer's handwritten signature, blue PNG, at the signature position; nothing else;
 * - `seal`: the agency's red seal PNG covering about a third of the signer's image on the left, with the
 *   agency name and the signing time (ISO 8601, +07:00);
 * - `copy`: certified copies and separate attachments: a text block at the top right of the first page,
 *   no image, Times New Roman 10 pt, black.
 * Rectangles are PDF points from the page's bottom-left corner.
 */
export type Rect = { x: number; y: number; width: number; height: number };

export type AppearancePlan =
  | { kind: 'invisible' }
  | { kind: 'signer'; image: AppearanceImage; rect: Rect }
  | { kind: 'seal'; image: AppearanceImage; rect: Rect; sealRect: Rect; lines: string[]; textRect: Rect }
  | { kind: 'copy'; rect: Rect; lines: string[] };

export const MM = 72 / 25.4;
const SEAL_TEXT_SIZE = 6.5;
const COPY_TEXT_SIZE = 10;

/** "2026-11-27T14:05:09+07:00": the signing time as Phụ lục I asks for it (Vietnam time, ISO 8601). */
export function vietnamIsoTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}

/** The default signature position: right column, above the lower margin of the page. */
export function defaultSignerRect(page: { width: number; height: number }): Rect {
  const width = 60 * MM;
  const height = 24 * MM;
  return { x: page.width - 15 * MM - 10 * MM - width, y: 55 * MM, width, height };
}

/**
 * The seal square and its text, from the signer's rectangle: the seal's right edge at one third of the
 * signature image, centred on it vertically, a little taller than the signature; the text under the image.
 */
export function sealGeometry(signer: Rect, lines: string[]): { rect: Rect; sealRect: Rect; textRect: Rect } {
  const side = signer.height * 1.3;
  const sealRect = {
    x: signer.x + signer.width / 3 - side,
    y: signer.y + signer.height / 2 - side / 2,
    width: side,
    height: side,
  };
  const textHeight = lines.length * SEAL_TEXT_SIZE * 1.2 + 2;
  const textRect = {
    x: signer.x + signer.width / 3 + 2,
    y: signer.y - textHeight,
    width: signer.width * (2 / 3) + 8 * MM,
    height: textHeight,
  };
  const x = Math.min(sealRect.x, textRect.x);
  const y = Math.min(sealRect.y, textRect.y);
  const right = Math.max(sealRect.x + sealRect.width, textRect.x + textRect.width);
  const top = Math.max(sealRect.y + sealRect.height, textRect.y + textRect.height);
  return { rect: { x, y, width: right - x, height: top - y }, sealRect, textRect };
}

/** The copy stamp's box at the top right of the page, inside the top margin (20 mm). */
export function copyRect(
  page: { width: number; height: number },
  lines: string[],
  font: AppearanceFont,
): Rect {
  const textWidthMax = Math.max(...lines.map((l) => textWidth(font, l, COPY_TEXT_SIZE)));
  const width = Math.min(Math.max(textWidthMax + 12, 50 * MM), 90 * MM);
  const height = lines.length * COPY_TEXT_SIZE * 1.2 + 6;
  return { x: page.width - 15 * MM - width, y: page.height - 3 * MM - height, width, height };
}

function wrap(font: AppearanceFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(font, candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** Lines of the seal's text block (agency name wrapped to the block's width, then the time). */
export function sealLines(agencyName: string, time: string, width: number): string[] {
  const font = appearanceFont([agencyName, time]);
  return [...wrap(font, agencyName, SEAL_TEXT_SIZE, width), time];
}

export function copyLines(lines: string[]): { font: AppearanceFont; lines: string[] } {
  const font = appearanceFont(lines);
  return { font, lines: lines.flatMap((l) => wrap(font, l, COPY_TEXT_SIZE, 88 * MM - 8)) };
}

function imageOps(image: AppearanceImage, box: Rect, origin: Rect): string {
  // Fit the image in the box, keeping its aspect ratio, centred.
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const x = box.x - origin.x + (box.width - w) / 2;
  const y = box.y - origin.y + (box.height - h) / 2;
  return `q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(y)} cm /Im1 Do Q`;
}

function textOps(font: AppearanceFont, lines: string[], size: number, left: number, top: number): string {
  const ops = ['BT', `/F1 ${size} Tf`, '0 0 0 rg', `${n(size * 1.2)} TL`, `${n(left)} ${n(top - size)} Td`];
  lines.forEach((line, i) => {
    ops.push(`${i ? 'T* ' : ''}${encodeText(font, line)} Tj`);
  });
  ops.push('ET');
  return ops.join('\n');
}

/** Builds the widget's normal appearance (a form XObject) and returns its ref and the widget rectangle. */
export function buildAppearance(ctx: PDFContext, plan: AppearancePlan): { ref: PDFRef; rect: Rect } {
  let rect: Rect = { x: 0, y: 0, width: 0, height: 0 };
  let content = '';
  const resources: Record<string, unknown> = {};
  if (plan.kind === 'signer') {
    rect = plan.rect;
    content = imageOps(plan.image, plan.rect, rect);
    resources.XObject = { Im1: embedAppearanceImage(ctx, plan.image) };
  } else if (plan.kind === 'seal') {
    rect = plan.rect;
    const font = appearanceFont(plan.lines);
    const t = plan.textRect;
    content = [
      imageOps(plan.image, plan.sealRect, rect),
      textOps(font, plan.lines, SEAL_TEXT_SIZE, t.x - rect.x, t.y - rect.y + t.height - 1),
    ].join('\n');
    resources.XObject = { Im1: embedAppearanceImage(ctx, plan.image) };
    resources.Font = { F1: embedAppearanceFont(ctx, font) };
  } else if (plan.kind === 'copy') {
    rect = plan.rect;
    const font = appearanceFont(plan.lines);
    content = [
      `0 0 0 RG 0.6 w 0.3 0.3 ${n(rect.width - 0.6)} ${n(rect.height - 0.6)} re S`,
      textOps(font, plan.lines, COPY_TEXT_SIZE, 4, rect.height - 3),
    ].join('\n');
    resources.Font = { F1: embedAppearanceFont(ctx, font) };
  }
  const body = deflateSync(new TextEncoder().encode(content));
  const stream = PDFRawStream.of(
    ctx.obj({
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [0, 0, n(rect.width), n(rect.height)].map(Number),
      Resources: ctx.obj(resources as never),
      Filter: 'FlateDecode',
      Length: body.length,
    }),
    body,
  );
  return { ref: ctx.register(stream), rect };
}
