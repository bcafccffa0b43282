import type { EformFieldUi } from '../../../contracts/catalog';
import type { SchemaNode } from '../../../contracts/eform-paths';
import { type Lang, LOCALES, translate } from '../../i18n/messages';
import { isBlank, optionsOf, widgetOf } from './form-data';

/** A filled-in value as a person reads it: the option's label, "Có"/"Không", a date as 15/03/2026. */
export function displayValue(
  node: SchemaNode | undefined,
  hints: EformFieldUi | undefined,
  value: unknown,
  lang: Lang,
): string {
  if (isBlank(value)) return translate(lang, 'eform.notGiven');
  const widget = widgetOf(node, hints);
  if (widget === 'radio' || widget === 'select') {
    const option = optionsOf(node, hints).find((o) => o.value === value);
    if (option) return option.label[lang];
  }
  if (typeof value === 'boolean') return translate(lang, value ? 'eform.yes' : 'eform.no');
  // Years and small counts read "1990", amounts "1.500.000".
  if (typeof value === 'number')
    return new Intl.NumberFormat(LOCALES[lang], { useGrouping: Math.abs(value) >= 10_000 }).format(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return String(value);
}
