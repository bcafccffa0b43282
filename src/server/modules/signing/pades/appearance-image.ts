import { createHash } from 'node:crypto';
import { PDFContext, PDFDict, PDFName, PDFRawStream, type PDFRef, PngEmbedder } from '@cantoo/pdf-lib';
import { AppError } from '../../../platform/errors';

/**
 * A PNG decoded once into its PDF image XObject (colour and soft-mask streams, already compressed) and
 * copied as raw objects into each signed file: decoding and re-compressing per signature would cost
 * more than the signature itself.
 */
export type AppearanceImage = {
  width: number;
  height: number;
  color: { dict: Map<string, unknown>; contents: Uint8Array };
  mask: { dict: Map<string, unknown>; contents: Uint8Array } | undefined;
};

const cache = new Map<string, Promise<AppearanceImage>>();
const CACHE_LIMIT = 200;

export const invalidImage = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', {
    vi: 'Ảnh chữ ký hoặc ảnh con dấu phải là tệp PNG hợp lệ (nền trong suốt).',
    en: 'The signature or seal image must be a valid PNG file (transparent background).',
    extra: { reason: 'invalid_png' },
  });

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const isPng = (bytes: Uint8Array) => PNG_MAGIC.every((b, i) => bytes[i] === b);

function snapshot(stream: PDFRawStream) {
  const dict = new Map<string, unknown>();
  for (const [key, value] of stream.dict.entries()) dict.set(key.asString().slice(1), value);
  return { dict, contents: stream.contents };
}

async function decode(png: Uint8Array): Promise<AppearanceImage> {
  if (!isPng(png)) throw invalidImage();
  let embedder: PngEmbedder;
  try {
    embedder = await PngEmbedder.for(png);
  } catch {
    throw invalidImage();
  }
  const ctx = PDFContext.create();
  const ref = await embedder.embedIntoContext(ctx);
  const image = ctx.lookup(ref) as PDFRawStream;
  const maskRef = image.dict.get(PDFName.of('SMask')) as PDFRef | undefined;
  return {
    width: embedder.width,
    height: embedder.height,
    color: snapshot(image),
    mask: maskRef ? snapshot(ctx.lookup(maskRef) as PDFRawStream) : undefined,
  };
}

/** The decoded image, cached by content hash. Throws a 415 AppError for anything but a valid PNG. */
export function appearanceImage(png: Uint8Array): Promise<AppearanceImage> {
  const key = createHash('sha256').update(png).digest('hex');
  let hit = cache.get(key);
  if (!hit) {
    hit = decode(png);
    hit.catch(() => cache.delete(key));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

/** Registers the image (and its soft mask) in a document and returns the image ref. */
export function embedAppearanceImage(ctx: PDFContext, image: AppearanceImage): PDFRef {
  const build = (
    part: { dict: Map<string, unknown>; contents: Uint8Array },
    extra: Record<string, PDFRef>,
  ) => {
    const dict = PDFDict.withContext(ctx);
    for (const [key, value] of part.dict) if (key !== 'SMask') dict.set(PDFName.of(key), value as never);
    for (const [key, value] of Object.entries(extra)) dict.set(PDFName.of(key), value);
    return ctx.register(PDFRawStream.of(dict, part.contents));
  };
  const mask = image.mask ? build(image.mask, {}) : undefined;
  return build(image.color, mask ? { SMask: mask } : {});
}
