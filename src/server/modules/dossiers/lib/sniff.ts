import { Transform } from 'node:stream';
import { AppError } from '../../../platform/errors';

export type AllowedMedia = 'application/pdf' | 'image/jpeg' | 'image/png';

/** Identifies a file by its first bytes (magic numbers), never by its name. */
export function sniffMediaType(head: Buffer): AllowedMedia | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

const EXTENSIONS: Record<AllowedMedia, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

export const notAllowed = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', {
    vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).',
    en: 'Only PDF, JPEG or PNG files are accepted (checked by content).',
  });

export function nameMismatch(filename: string, media: AllowedMedia) {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', {
    vi: `Nội dung tệp "${filename}" không khớp với phần mở rộng của tên tệp (nội dung là ${media}).`,
    en: `The content of "${filename}" does not match its name (the content is ${media}).`,
  });
}

/** True when the name has no extension or one that fits the content. */
export function nameFits(filename: string, media: AllowedMedia): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return !ext || EXTENSIONS[media].includes(ext);
}

/**
 * A pass-through stream that checks the first bytes before anything is stored; `result()` gives
 * the detected type once the stream has ended.
 */
export function sniffingStream(filename: string) {
  let head = Buffer.alloc(0);
  let media: AllowedMedia | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!media) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 8) return done();
        media = sniffMediaType(head);
        if (!media) return done(notAllowed());
        if (!nameFits(filename, media)) return done(nameMismatch(filename, media));
        const buffered = head;
        head = Buffer.alloc(0);
        return done(null, buffered);
      }
      done(null, chunk);
    },
    flush(done) {
      if (!media && head.length) {
        media = sniffMediaType(head);
        if (!media) return done(notAllowed());
        this.push(head);
      }
      done();
    },
  });
  return { stream, result: () => media };
}
