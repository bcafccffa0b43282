import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fee } from '../../../../contracts/catalog';
import { assessFees } from './assess-fees';
import { COPY_FEES } from './fee-rules';

const fee = (over: Partial<Fee>): Fee => ({
  kind: 'charge',
  name: 'Lệ phí',
  amount: 0,
  currency: 'VND',
  basis: 'dossier',
  tiers: [],
  maxAmount: null,
  channels: [],
  exemptions: null,
  setByProvincialCouncil: false,
  note: null,
  ...over,
});
const at = new Date('2026-11-27T03:00:00Z');

describe('fee assessment', () => {
  it('prices certified copies per page with the tiers, capped per copy (chứng thực bản sao)', () => {
    const certify = fee({
      kind: 'fee',
      name: 'Phí chứng thực bản sao từ bản chính',
      amount: 2000,
      basis: 'page',
      tiers: [{ fromUnit: 3, amount: 1000 }],
      maxAmount: 200000,
    });
    const a = assessFees({
      procedureCode: '2.000815',
      channel: 'desk',
      fees: [certify],
      formData: {
        documents: [
          { pages: 5, copies: 2 },
          { pages: 500, copies: 1 },
        ],
      },
      submittedAt: at,
    });
    // 5 pages: 2 × 2.000 + 3 × 1.000 = 7.000 per copy, two copies; 500 pages: 502.000 capped at 200.000.
    assert.equal(a.lines[0]!.amount, 14000 + 200000);
    assert.equal(a.total, 214000);
    assert.equal(a.lines[0]!.quantity, 510);
  });

  it('says when pages are unknown instead of guessing', () => {
    const a = assessFees({
      procedureCode: '2.000815',
      channel: 'desk',
      fees: [fee({ basis: 'page', amount: 2000 })],
      formData: {},
      submittedAt: at,
    });
    assert.equal(a.lines.length, 0);
    assert.match(a.notes[0]!.vi, /số trang do cán bộ xác định/);
  });

  it('applies only the fees of the dossier channel and leaves foreign-currency fees out', () => {
    const a = assessFees({
      procedureCode: '1.001612',
      channel: 'online',
      fees: [
        fee({ amount: 150000, channels: ['online', 'postal'] }),
        fee({ amount: 50000, channels: ['in_person'] }),
        fee({ amount: 10, currency: 'USD' }),
      ],
      formData: {},
      submittedAt: at,
    });
    assert.equal(a.total, 150000);
    assert.equal(a.notes.length, 1);
    assert.match(a.notes[0]!.en, /USD/);
  });

  it('waives the birth registration charge within 60 days of the birth, not after', () => {
    const input = {
      procedureCode: '1.001193',
      channel: 'online' as const,
      fees: [fee({ amount: 5000 })],
      submittedAt: at,
      copyPrice: { rule: COPY_FEES[0]!, amount: 8000 },
    };
    const onTime = assessFees({
      ...input,
      formData: { child: { dateOfBirth: '2026-10-01' }, copyRequested: true, copyCount: 3 },
    });
    assert.equal(onTime.lines[0]!.amount, 0);
    assert.ok(onTime.lines[0]!.exemption);
    assert.equal(onTime.lines[1]!.amount, 24000);
    assert.equal(onTime.total, 24000);
    const late = assessFees({
      ...input,
      formData: { child: { dateOfBirth: '2026-09-01' }, copyRequested: false, copyCount: 3 },
    });
    assert.equal(late.lines.length, 1);
    assert.equal(late.lines[0]!.exemption, null);
    assert.equal(late.total, 5000);
  });
});
