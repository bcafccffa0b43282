import type { z } from 'zod';
import type { Fee, FeeSummary, ProcessingTime } from '../../../contracts/catalog';
import { type Lang, LOCALES, type MessageKey, translate } from '../../i18n/messages';

/** Words of the catalogue for a citizen: processing times, amounts of money, fees. */

export function procedureName(p: { name: string; nameEn: string | null }, lang: Lang): string {
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

const UNIT_KEY: Record<z.infer<typeof ProcessingTime>['unit'], MessageKey> = {
  working_days: 'catalogue.unit.workingDays',
  working_hours: 'catalogue.unit.workingHours',
  days: 'catalogue.unit.days',
};

/** "5 ngày làm việc"; zero means the same day. */
export function processingTimeText(time: z.infer<typeof ProcessingTime>, lang: Lang): string {
  if (time.value === 0) return translate(lang, 'catalogue.sameDay');
  return translate(lang, UNIT_KEY[time.unit], { n: time.value });
}

/** "50.000 đồng" in Vietnamese, "VND 50,000" in English. */
export function money(amount: number, lang: Lang, currency: 'VND' | 'USD' = 'VND'): string {
  const n = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(amount);
  if (currency === 'USD') return `${n} USD`;
  return translate(lang, 'catalogue.vnd', { n });
}

export function feeSummaryText(fee: z.infer<typeof FeeSummary>, lang: Lang): string {
  if (fee.status === 'free') return translate(lang, 'catalogue.fee.free');
  if (fee.status === 'unspecified' || fee.minAmount === null || fee.maxAmount === null)
    return translate(lang, 'catalogue.fee.unspecified');
  if (fee.minAmount === fee.maxAmount) return money(fee.minAmount, lang);
  return translate(lang, 'catalogue.fee.range', {
    min: money(fee.minAmount, lang),
    max: money(fee.maxAmount, lang),
  });
}

const BASIS_KEY: Record<Fee['basis'], MessageKey> = {
  dossier: 'catalogue.basis.dossier',
  page: 'catalogue.basis.page',
  copy: 'catalogue.basis.copy',
  case: 'catalogue.basis.case',
  transaction: 'catalogue.basis.transaction',
  document: 'catalogue.basis.document',
  person: 'catalogue.basis.person',
};

/** One fee as a sentence: amount per unit, then the tiers and the cap ("từ trang thứ 3: 1.000 đồng/trang"). */
export function feeAmountText(fee: Fee, lang: Lang): string {
  if (fee.amount === 0 && fee.tiers.length === 0) return translate(lang, 'catalogue.fee.none');
  const unit = translate(lang, BASIS_KEY[fee.basis]);
  const parts = [`${money(fee.amount, lang, fee.currency)}/${unit}`];
  for (const tier of fee.tiers)
    parts.push(
      translate(lang, 'catalogue.fee.tier', {
        from: tier.fromUnit,
        unit,
        amount: `${money(tier.amount, lang, fee.currency)}/${unit}`,
      }),
    );
  if (fee.maxAmount !== null)
    parts.push(
      translate(lang, 'catalogue.fee.max', { amount: money(fee.maxAmount, lang, fee.currency), unit }),
    );
  return parts.join('; ');
}
