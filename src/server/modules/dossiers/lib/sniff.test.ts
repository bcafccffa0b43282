import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { AppError } from '../../../platform/errors';
import { sniffing } from './sniff';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Everything `sniffing` passes on, and the type it found. */
async function drain(chunks: Buffer[], filename: string) {
  const sniff = sniffing(Readable.from(chunks), filename);
  const out: Buffer[] = [];
  for await (const c of sniff.chunks) out.push(c);
  return { bytes: Buffer.concat(out), media: sniff.result() };
}

async function refusal(chunks: Buffer[], filename: string): Promise<AppError> {
  const sniff = sniffing(Readable.from(chunks), filename);
  const passed: Buffer[] = [];
  const error = await (async () => {
    for await (const c of sniff.chunks) passed.push(c);
  })().then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AppError);
  assert.equal(passed.length, 0, 'nothing of a refused file is passed on');
  return error;
}

describe('sniffing an upload', () => {
  it('passes every byte on, in order, also when the first chunks are shorter than the magic number', async () => {
    const split = [PDF.subarray(0, 2), PDF.subarray(2, 6), PDF.subarray(6, 7), PDF.subarray(7)];
    const { bytes, media } = await drain(split, 'giay-to.pdf');
    assert.deepEqual(bytes, PDF);
    assert.equal(media, 'application/pdf');
  });

  it('accepts content shorter than eight bytes when it is a known type', async () => {
    const { bytes, media } = await drain([Buffer.from('%PDF-')], 'ngan.pdf');
    assert.equal(bytes.toString('latin1'), '%PDF-');
    assert.equal(media, 'application/pdf');
  });

  it('refuses content that is no paper, also a short one, before passing anything on', async () => {
    assert.equal(
      (await refusal([Buffer.from('MZ\x90\x00 not a paper')], 'a.pdf')).code,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    assert.equal((await refusal([Buffer.from('abc')], 'a.pdf')).code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses content whose name says another type', async () => {
    const error = await refusal([PNG_HEAD], 'giay-khai-sinh.pdf');
    assert.match(error.vi, /không khớp/);
    assert.match(error.en, /does not match/);
  });

  it('finds nothing in an empty file and passes nothing on', async () => {
    const { bytes, media } = await drain([], 'rong.pdf');
    assert.equal(bytes.length, 0);
    assert.equal(media, null);
  });
});
