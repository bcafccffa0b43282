import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fee } from '../../../contracts/catalog';
import { fileSize } from '../file-size';
import { feeAmountText, feeSummaryText, money, procedureName, processingTimeText } from './format';

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

describe('catalogue wording', () => {
  it('says processing times in working days, hours or days', () => {
    assert.equal(processingTimeText({ value: 5, unit: 'working_days' }, 'vi'), '5 ngày làm việc');
    assert.equal(processingTimeText({ value: 8, unit: 'working_hours' }, 'en'), '8 working hour(s)');
    assert.equal(processingTimeText({ value: 0, unit: 'working_days' }, 'vi'), 'Trong ngày');
  });

  it('writes money the Vietnamese way', () => {
    assert.equal(money(50000, 'vi'), '50.000 đồng');
    assert.equal(money(50000, 'en'), 'VND 50,000');
  });

  it('summarises the fees of a procedure', () => {
    assert.equal(
      feeSummaryText({ status: 'free', minAmount: 0, maxAmount: 0, currency: 'VND' }, 'vi'),
      'Không mất phí',
    );
    assert.equal(
      feeSummaryText({ status: 'paid', minAmount: 8000, maxAmount: 8000, currency: 'VND' }, 'vi'),
      '8.000 đồng',
    );
    assert.equal(
      feeSummaryText({ status: 'paid', minAmount: 2000, maxAmount: 200000, currency: 'VND' }, 'vi'),
      'Từ 2.000 đồng đến 200.000 đồng',
    );
  });

  it('spells out a fee with its tiers and its cap (chứng thực bản sao)', () => {
    const certify = fee({
      kind: 'fee',
      amount: 2000,
      basis: 'page',
      tiers: [{ fromUnit: 3, amount: 1000 }],
      maxAmount: 200000,
    });
    assert.equal(
      feeAmountText(certify, 'vi'),
      '2.000 đồng/trang; từ trang thứ 3: 1.000 đồng/trang; tối đa 200.000 đồng/trang',
    );
    assert.equal(feeAmountText(fee({}), 'vi'), 'Không thu');
  });

  it('shows the English name when there is one', () => {
    assert.equal(
      procedureName({ name: 'Thủ tục đăng ký khai sinh', nameEn: 'Birth registration' }, 'en'),
      'Birth registration',
    );
    assert.equal(
      procedureName({ name: 'Thủ tục đăng ký khai sinh', nameEn: null }, 'en'),
      'Thủ tục đăng ký khai sinh',
    );
  });

  it('writes file sizes with the reader’s decimal mark', () => {
    assert.equal(fileSize(900, 'vi'), '900 B');
    assert.equal(fileSize(1536 * 1024, 'vi'), '1,5 MB');
    assert.equal(fileSize(1536 * 1024, 'en'), '1.5 MB');
  });
});
