import { Anchor } from '@mantine/core';
import { useT } from '../../i18n';
import type { Dossier } from '../desk/api';
import css from './dossier.module.css';

/** An address that may wrap before its `@` and dots, never inside a name ("example.v / n"). */
function breakable(email: string) {
  return email.split(/(?=[@.])/).map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered
    <span key={i}>
      {i > 0 && <wbr />}
      {part}
    </span>
  ));
}

/** Who filed the dossier and how to reach them. */
export function ApplicantBlock({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const a = dossier.applicant;
  const none = t('desk.applicant.none');
  return (
    <dl className={css.facts} data-compact>
      <div className={css.fact}>
        <dt>{t('desk.applicant.name')}</dt>
        <dd>
          <strong>{a.fullName}</strong>
        </dd>
      </div>
      <div className={css.fact}>
        <dt>{t('desk.applicant.personalId')}</dt>
        <dd className={css.mono}>{a.personalId ?? none}</dd>
      </div>
      <div className={css.fact}>
        <dt>{t('desk.applicant.phone')}</dt>
        <dd>{a.phone ? <Anchor href={`tel:${a.phone}`}>{a.phone}</Anchor> : none}</dd>
      </div>
      <div className={css.fact}>
        <dt>{t('desk.applicant.email')}</dt>
        <dd className={css.email}>
          {a.email ? <Anchor href={`mailto:${a.email}`}>{breakable(a.email)}</Anchor> : none}
        </dd>
      </div>
      <div className={css.fact}>
        <dt>{t('desk.applicant.address')}</dt>
        <dd>{a.address ?? none}</dd>
      </div>
    </dl>
  );
}
