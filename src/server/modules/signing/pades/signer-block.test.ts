import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDF } from '@libpdf/core';
import { draftDecisionPdf as decision, textBox as where } from '../../../../../test/support/files';
import { MM } from './appearance';
import { findSignatureSpace } from './signer-block';

describe('the signer block of a drafted PDF', () => {
  it('is the room under the last title, above the name, centred on the title', async () => {
    const pdf = await decision();
    const space = await findSignatureSpace(pdf);
    assert.ok(space, 'a space');
    const title = await where(pdf, 'PHÓ CHỦ TỊCH');
    const name = await where(pdf, 'Nguyễn Văn Bình');
    assert.equal(space.page, 0);
    assert.ok(space.rect.y + space.rect.height <= title.y, 'below the title');
    assert.ok(space.rect.y >= name.y + name.height, 'above the name');
    assert.ok(Math.abs(space.rect.x + space.rect.width / 2 - (title.x + title.width / 2)) < 1, 'centred');
    assert.ok(Math.abs(space.rect.width - 60 * MM) < 0.01 && space.rect.height <= 24 * MM + 0.01);
  });

  it('follows the block to the page it is on', async () => {
    const pdf = await decision({ paragraphs: 14 });
    assert.equal((await PDF.load(pdf)).getPageCount(), 2);
    const space = await findSignatureSpace(pdf);
    assert.equal(space?.page, 1);
  });

  it('uses the room down to the page’s foot when the name is not printed yet', async () => {
    const space = await findSignatureSpace(await decision({ name: false, titles: ['CHỦ TỊCH'] }));
    assert.ok(space && space.rect.y >= 12 * MM);
  });

  it('finds nothing without a signer’s title, without room, or in what is not a PDF', async () => {
    assert.equal(await findSignatureSpace(await decision({ titles: ['Kính gửi'] })), undefined);
    assert.equal(await findSignatureSpace(await decision({ room: 3 })), undefined);
    assert.equal(await findSignatureSpace(new TextEncoder().encode('not a pdf')), undefined);
  });
});
