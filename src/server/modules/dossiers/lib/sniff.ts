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

/** The type of `head` when it is allowed and fits the file's name; the error to answer otherwise. */
function checkHead(head: Buffer, filename: string): AllowedMedia {
  const media = sniffMediaType(head);
  if (!media) throw notAllowed();
  if (!nameFits(filename, media)) throw nameMismatch(filename, media);
  return media;
}

/**
 * The chunks of `source`, passed on only once the first bytes show an allowed type that fits the
 * name: nothing of a refused file reaches the store. `result()` gives the type once the content has
 * been read. A generator rather than a Transform stream: an upload is one async loop from the
 * multipart parser to the blob store, with no stream pipeline between them.
 */
export function sniffing(source: AsyncIterable<Buffer>, filename: string) {
  let media: AllowedMedia | null = null;
  async function* chunks(): AsyncGenerator<Buffer> {
    let head: Buffer | undefined;
    for await (const chunk of source) {
      if (media) {
        yield chunk;
        continue;
      }
      head = head ? Buffer.concat([head, chunk]) : chunk;
      if (head.length < 8) continue;
      media = checkHead(head, filename);
      yield head;
    }
    if (!media && head?.length) {
      media = checkHead(head, filename);
      yield head;
    }
  }
  return { chunks: chunks(), result: () => media };
}
