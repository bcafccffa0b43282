import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import { createTestApp, type TestContext } from '../../support/app';
import { makePdf, multipartFile, PNG_1PX } from '../../support/files';
import { as, type Session, seedDemo, signIn } from '../../support/identity';
import { agencyId, mandatoryPapers, upload } from './support';

describe('uploads and dossier codes', () => {
  let t: TestContext;
  let citizen: Session;
  before(async () => {
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: String(64 * 1024) });
    await seedDemo(t.platform);
    citizen = await signIn(t.app, '0900000001');
  });
  after(() => t.close());

  const send = (filename: string, content: Buffer) => {
    const body = multipartFile(filename, content);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...as(citizen), ...body.headers },
      payload: body.payload,
    });
  };

  it('accepts PDF, JPEG and PNG by their content and hashes them', async () => {
    const pdf = await send('giay-chung-sinh.pdf', await makePdf());
    assert.equal(pdf.statusCode, 201);
    assert.equal(pdf.json().mediaType, 'application/pdf');
    assert.match(pdf.json().sha256, /^[0-9a-f]{64}$/);
    const png = await send('anh.png', PNG_1PX);
    assert.equal(png.json().mediaType, 'image/png');
    const jpeg = await send(
      'scan',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]),
    );
    assert.equal(jpeg.json().mediaType, 'image/jpeg');
  });

  it('refuses a file whose content is not what its name says, a non-paper, an empty and an oversized file', async () => {
    const disguised = await send('giay-khai-sinh.pdf', PNG_1PX);
    assert.equal(disguised.statusCode, 415);
    assert.match(disguised.json().message_vi, /không khớp/);
    const exe = await send('virus.pdf', Buffer.from('MZ\x90\x00 this is not a paper at all'));
    assert.equal(exe.statusCode, 415);
    const empty = await send('rong.pdf', Buffer.alloc(0));
    assert.equal(empty.statusCode, 400);
    assert.match(empty.json().message_en, /empty|0 bytes/);
    const big = await send('lon.pdf', await makePdf('big', 100));
    assert.equal(big.statusCode, 413);
    const n = await sql<{ n: number }>`select count(*)::int as n from uploads`.execute(t.platform.db);
    assert.equal(n.rows[0]!.n, 3);
  });

  it('needs a signed-in person to upload', async () => {
    const body = multipartFile('a.pdf', await makePdf());
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: body.headers,
      payload: body.payload,
    });
    assert.equal(res.statusCode, 401);
  });

  it('gives 50 parallel submissions 50 consecutive codes, with no gap and no duplicate', async () => {
    const hamRong = await agencyId(t.app, '000.31.21.H56');
    const papers = await mandatoryPapers(t.app, '1.001193');
    const uploadId = await upload(t.app, citizen);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/dossiers',
          headers: { ...as(citizen), 'idempotency-key': `parallel-${i}-xxxxxxxx` },
          payload: {
            procedureCode: '1.001193',
            agencyId: hamRong,
            formData: birthRegistrationForm({ childName: `Nguyễn Con Thứ ${i}` }),
            attachments: papers.map((paper) => ({ paper, uploadId })),
          },
        }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode).filter((s) => s !== 201),
      [],
    );
    const seqs = results.map((r) => Number((r.json().code as string).slice(-4))).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    // A double click: the same key twice at once gives one dossier.
    const twice = await Promise.all(
      [0, 1].map(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/dossiers',
          headers: { ...as(citizen), 'idempotency-key': 'double-click-000001' },
          payload: {
            procedureCode: '1.001193',
            agencyId: hamRong,
            formData: birthRegistrationForm(),
            attachments: papers.map((paper) => ({ paper, uploadId })),
          },
        }),
      ),
    );
    assert.equal(twice[0]!.json().id, twice[1]!.json().id);
    assert.deepEqual(twice.map((r) => r.statusCode).sort(), [200, 201]);
  });
});
