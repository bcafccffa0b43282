import { Badge, Progress, SimpleGrid, Text } from '@mantine/core';
import type { ServiceIndicator } from '../../../contracts/dossiers';
import { useLang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { Panel } from '../admin/Panel';
import css from './reports.module.css';
import { formatRate, useServiceIndexT } from './service-index-messages';

/**
 * "Chỉ số phục vụ (QĐ 766)": one card per indicator the dossier data supports, with its number in
 * the national list, the rate, what it counts and its legal basis.
 */
export function ServiceIndexSection({ indicators }: { indicators: ServiceIndicator[] }) {
  const si = useServiceIndexT();
  const { lang } = useLang();
  const n = (v: number) => v.toLocaleString(LOCALES[lang]);
  return (
    <Panel title={si('si.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {si('si.lead')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {indicators.map((i) => (
          <section key={i.key} className={css.indicator} data-indicator={i.key} aria-label={i.name[lang]}>
            <div className={css.indicatorHead}>
              <Badge
                variant="light"
                radius="sm"
                className={css.indicatorId}
                aria-label={si('si.indicator', { id: i.id })}
              >
                {i.id}
              </Badge>
              <Text size="sm" fw={700}>
                {i.name[lang]}
              </Text>
            </div>
            <Text className={css.kpiValue}>{i.rate === null ? 'N/A' : formatRate(i.rate, lang)}</Text>
            <Progress
              value={(i.rate ?? 0) * 100}
              size="sm"
              radius="xl"
              color={i.rate === null ? 'gray' : i.rate >= 0.8 ? 'teal' : i.rate >= 0.5 ? 'yellow' : 'red'}
              aria-hidden="true"
            />
            <Text size="xs" c="gray.7">
              {i.denominator === 0
                ? si('si.none')
                : si('si.ratio', { n: n(i.numerator), of: n(i.denominator), what: i.of[lang] })}
            </Text>
            <Text size="xs" c="dimmed">
              {si('si.basis')}: {i.legalBasis}
            </Text>
          </section>
        ))}
      </SimpleGrid>
    </Panel>
  );
}
