import { Anchor, SimpleGrid, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { RATING_LEVELS } from '../../../contracts/feedback';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { getScale } from '../../portal/feedback/api';
import { useFeedbackT } from '../../portal/feedback/messages';
import { FACE_ROOTS } from '../../ui/faces';
import { Panel } from '../admin/Panel';
import type { Period } from '../desk/api';
import { DeskError } from '../desk/DeskError';
import { getFeedbackStatistics } from './api';
import css from './feedback.module.css';

/** One QĐ 766 indicator: its name, its rate, and its score with what it is made of. */
function IndicatorKpi(props: { testId: string; title: string; rate: string; detail: string }) {
  return (
    <div className={css.kpi} data-testid={props.testId}>
      <Text size="sm" c="gray.7" fw={600}>
        {props.title}
      </Text>
      <Text className={css.kpiValue}>{props.rate}</Text>
      <Text size="xs" c="dimmed">
        {props.detail}
      </Text>
    </div>
  );
}

export const COMPLAINTS_INBOX_PATH = `${FACE_ROOTS.backoffice}/phan-anh-kien-nghi`;

/**
 * The reports page's section on satisfaction (QĐ 766 group 5): ratings per level and the satisfaction
 * rate, complaints handled on time (5.2), overdue, indicators 5.3 and 5.4, and the same per official, for the
 * chosen agency and period.
 */
export function FeedbackStatsSection({ agencyId, period }: { agencyId: string; period: Period }) {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const stats = useApi(
    (signal) => (agencyId ? getFeedbackStatistics(agencyId, period, signal) : Promise.resolve(null)),
    `${agencyId}|${period.from}|${period.to}`,
  );
  // Level names come with the scale in force (law-derived data), not from the page.
  const scale = useApi((signal) => getScale(signal), 'scale');
  const levelName = (l: (typeof RATING_LEVELS)[number]) =>
    scale.data?.levels.find((x) => x.level === l)?.[lang] ?? l;
  const n = (v: number) => v.toLocaleString(LOCALES[lang]);
  const pct = (v: number | null) =>
    v === null ? '—' : `${(v * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 })} %`;
  if (stats.error) return <DeskError error={stats.error} title={ft('fb.loadError')} />;
  const s = stats.data;
  if (!s) return null;
  const total = s.ratings.ratings;
  const p53 = s.complaintSatisfaction;
  const p54 = s.processingSatisfaction;
  // An indicator's score and what it is made of, or "none yet" without anything to count.
  const scored = (i: { score: number | null; maxScore: number }, help: string) =>
    i.score === null
      ? ft('fb.stats.none')
      : `${ft('fb.stats.indicatorScore', { score: n(i.score), max: n(i.maxScore) })} · ${help}`;
  return (
    <Panel
      title={ft('fb.stats.title')}
      action={
        <Anchor component={Link} to={COMPLAINTS_INBOX_PATH} size="sm" fw={600}>
          {ft('fb.stats.openInbox')}
        </Anchor>
      }
    >
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm" data-testid="feedback-kpis">
        <div className={css.kpi}>
          <Text size="sm" c="gray.7" fw={600}>
            {ft('fb.stats.satisfaction')}
          </Text>
          <Text className={css.kpiValue}>{pct(s.ratings.satisfactionRate)}</Text>
          <Text size="xs" c="dimmed">
            {ft('fb.stats.satisfactionHelp')}
          </Text>
        </div>
        <div className={css.kpi}>
          <Text size="sm" c="gray.7" fw={600}>
            {ft('fb.stats.ratings')}
          </Text>
          <Text className={css.kpiValue}>{n(total)}</Text>
          <Text size="xs" c="dimmed">
            {RATING_LEVELS.map((l) => `${levelName(l)} ${n(s.ratings.levels[l])}`).join(' · ')}
          </Text>
        </div>
        <div className={css.kpi}>
          <Text size="sm" c="gray.7" fw={600}>
            {ft('fb.stats.complaints')}
          </Text>
          <Text className={css.kpiValue}>{n(s.complaints.received)}</Text>
          <Text size="xs" c="dimmed">
            {ft('fb.stats.complaintsDetail', {
              onTime: n(s.complaints.answeredOnTime),
              late: n(s.complaints.answeredLate),
              refused: n(s.complaints.refused),
            })}
          </Text>
        </div>
        <div className={css.kpi}>
          <Text size="sm" c="gray.7" fw={600}>
            {ft('fb.stats.onTime')}
          </Text>
          <Text className={css.kpiValue}>{pct(s.complaints.onTimeRate)}</Text>
          <Text
            size="xs"
            c={s.complaints.overdue ? 'flagRed.8' : 'dimmed'}
            fw={s.complaints.overdue ? 700 : 400}
          >
            {ft('fb.stats.open', { open: n(s.complaints.open), overdue: n(s.complaints.overdue) })}
          </Text>
        </div>
        <IndicatorKpi
          testId="indicator-5-3"
          title={ft('fb.stats.indicator53')}
          rate={pct(p53.rate)}
          detail={scored(
            p53,
            ft('fb.stats.indicator53Help', {
              dissatisfied: n(p53.dissatisfied),
              late: n(p53.late),
              again: n(p53.raisedAgain),
              complaints: n(p53.complaints),
            }),
          )}
        />
        <IndicatorKpi
          testId="indicator-5-4"
          title={ft('fb.stats.indicator54')}
          rate={pct(p54.rate)}
          detail={scored(
            p54,
            ft('fb.stats.indicator54Help', {
              overdue: pct(p54.overdueRate),
              complaint: pct(p54.complaintRate),
              dossiers: n(p54.dossiers),
            }),
          )}
        />
      </SimpleGrid>
      {total ? (
        <div style={{ marginTop: 16 }}>
          <Text size="sm" fw={700} mb={4}>
            {ft('fb.stats.levels')}
          </Text>
          <div
            className={css.bar}
            role="img"
            aria-label={RATING_LEVELS.map((l) => `${levelName(l)}: ${n(s.ratings.levels[l])}`).join(', ')}
          >
            {RATING_LEVELS.map((l) =>
              s.ratings.levels[l] ? (
                <span key={l} data-level={l} style={{ width: `${(s.ratings.levels[l] / total) * 100}%` }} />
              ) : null,
            )}
          </div>
          <div className={css.legend} aria-hidden="true">
            {RATING_LEVELS.map((l) => (
              <span key={l}>
                <span className={css.swatch} data-level={l} />
                {levelName(l)} {n(s.ratings.levels[l])}
              </span>
            ))}
          </div>
        </div>
      ) : null}
      <Text size="sm" fw={700} mt="md" mb={4}>
        {ft('fb.stats.byOfficial')}
      </Text>
      {s.byOfficial.length ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="feedback-officials">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{ft('fb.stats.official')}</Table.Th>
                {RATING_LEVELS.map((l) => (
                  <Table.Th key={l} ta="right">
                    {levelName(l)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{ft('fb.stats.satisfaction')}</Table.Th>
                <Table.Th ta="right">{ft('fb.stats.complaintsAbout')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.byOfficial.map((o) => (
                <Table.Tr key={o.officialId}>
                  <Table.Td>{o.fullName}</Table.Td>
                  {RATING_LEVELS.map((l) => (
                    <Table.Td key={l} ta="right">
                      {n(o.ratings.levels[l])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{pct(o.ratings.satisfactionRate)}</Table.Td>
                  <Table.Td ta="right">{n(o.complaints)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {ft('fb.stats.noOfficials')}
        </Text>
      )}
    </Panel>
  );
}
