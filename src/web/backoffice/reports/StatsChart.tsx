import { Text } from '@mantine/core';
import { useLang, useT } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import type { CountsData } from '../desk/api';
import css from './reports.module.css';

type Row = CountsData & { procedureCode: string; procedureName: string };
const SEGMENTS = ['early', 'onTime', 'late', 'inProgress'] as const;

/**
 * One stacked bar per procedure: finished early, on time, late, and still in progress, on a common
 * scale. Plain CSS, no chart library; the same numbers are in the table below for screen readers.
 */
export function StatsChart({ rows }: { rows: Row[] }) {
  const t = useT();
  const { lang } = useLang();
  const sum = (r: Row) => SEGMENTS.reduce((n, k) => n + r[k], 0);
  const max = Math.max(1, ...rows.map(sum));
  if (!rows.length)
    return (
      <Text size="sm" c="dimmed">
        {t('desk.stats.empty')}
      </Text>
    );
  const fmt = (v: number) => v.toLocaleString(LOCALES[lang]);
  return (
    <figure className={css.chart}>
      <ul className={css.legend} aria-hidden="true">
        {SEGMENTS.map((k) => (
          <li key={k}>
            <span className={css.swatch} data-segment={k} />
            {t(`desk.stats.${k}`)}
          </li>
        ))}
      </ul>
      <ul className={css.bars}>
        {[...rows]
          .sort((a, b) => sum(b) - sum(a))
          .map((r) => {
            const label = r.procedureName;
            const summary = SEGMENTS.map((k) => `${t(`desk.stats.${k}`)} ${fmt(r[k])}`).join(', ');
            return (
              <li key={r.procedureCode} className={css.barRow}>
                <Text size="sm" className={css.barLabel} title={label} lineClamp={2}>
                  {label}
                </Text>
                <div className={css.barTrack} role="img" aria-label={`${label}: ${summary}`}>
                  {SEGMENTS.map((k) =>
                    r[k] ? (
                      <span
                        key={k}
                        className={css.bar}
                        data-segment={k}
                        style={{ width: `${(r[k] / max) * 100}%` }}
                        title={`${t(`desk.stats.${k}`)}: ${fmt(r[k])}`}
                      >
                        {r[k] / max > 0.06 ? fmt(r[k]) : ''}
                      </span>
                    ) : null,
                  )}
                </div>
                <Text size="sm" fw={700} className={css.barTotal}>
                  {fmt(sum(r))}
                </Text>
              </li>
            );
          })}
      </ul>
    </figure>
  );
}
