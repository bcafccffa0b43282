import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { levelLabels, onlineLevelLabels } from '../../../contracts/catalog';
import { useLang, useT } from '../../i18n';
import type { ProcedureSummaryData } from '../api/catalog';
import { procedurePath } from '../paths';
import { Tag } from '../Tag';
import classes from './catalogue.module.css';
import { feeSummaryText, procedureName, processingTimeText } from './format';

/** One result of the catalogue: its name (the link), field and online level, then time, fee and code. */
export function ProcedureCard({ procedure }: { procedure: ProcedureSummaryData }) {
  const { lang } = useLang();
  const t = useT();
  return (
    <li className={classes.card}>
      <h2 className={classes.cardTitle}>
        <Link to={procedurePath(procedure.code)} className={classes.cardLink}>
          {procedureName(procedure, lang)}
        </Link>
      </h2>
      <Group gap={6} mt={6}>
        <Tag variant="light" color="navy">
          {procedure.field.name}
        </Tag>
        {procedure.onlineServiceLevel ? (
          <Tag variant="light" color="teal">
            {onlineLevelLabels[procedure.onlineServiceLevel][lang]}
          </Tag>
        ) : (
          <Tag variant="light" color="gray">
            {t('catalogue.notOnline')}
          </Tag>
        )}
        {procedure.availableFrom ? (
          <Tag variant="light" color="orange">
            {t('catalogue.availableFrom', { date: procedure.availableFrom.split('-').reverse().join('/') })}
          </Tag>
        ) : null}
      </Group>
      <dl className={classes.cardFacts}>
        <div>
          <dt>{t('catalogue.time')}</dt>
          <dd>{processingTimeText(procedure.processingTime, lang)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.fee')}</dt>
          <dd>{feeSummaryText(procedure.fee, lang)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.level')}</dt>
          <dd>{procedure.levels.map((l) => levelLabels[l][lang]).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('catalogue.code')}</dt>
          <dd>
            <Text span inherit className={classes.mono}>
              {procedure.code}
            </Text>
          </dd>
        </div>
      </dl>
    </li>
  );
}
