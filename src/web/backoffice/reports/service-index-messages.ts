import { useCatalogueT } from '../../i18n';
import { type Lang, LOCALES } from '../../i18n/messages';

/** Messages of the QĐ 766 section of the reports page, Vietnamese first, same placeholders in both. */
export const viServiceIndex = {
  'si.title': 'Chỉ số phục vụ (QĐ 766)',
  'si.lead':
    'Các chỉ số của Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg) tính được từ dữ liệu hồ sơ, cho cơ quan và kỳ đã chọn.',
  'si.ratio': '{n} / {of} {what}',
  'si.none': 'Chưa có số liệu',
  'si.basis': 'Căn cứ',
  'si.indicator': 'Chỉ số {id}',
};
export type ServiceIndexKey = keyof typeof viServiceIndex;

export const enServiceIndex: Record<ServiceIndexKey, string> = {
  'si.title': 'Service indicators (Decision 766)',
  'si.lead':
    'The indicators of the national service-quality index (Decision 766/QĐ-TTg) that the dossier data supports, for the agency and period chosen.',
  'si.ratio': '{n} / {of} {what}',
  'si.none': 'No data yet',
  'si.basis': 'Legal basis',
  'si.indicator': 'Indicator {id}',
};

const catalogue = { vi: viServiceIndex, en: enServiceIndex };

export function useServiceIndexT() {
  return useCatalogueT(catalogue);
}

/** A rate as the national dashboard shows it: a percentage with at most two decimals. */
export function formatRate(rate: number, lang: Lang): string {
  return `${(rate * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 })} %`;
}
