import { Group, List, Spoiler, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Version } from '../../../contracts/catalog';
import { type MessageKey, useLang, useT } from '../../i18n';
import pages from '../pages.module.css';
import { groupPapers, type Paper, paperNeed } from '../submit/papers';
import { Tag } from '../Tag';
import classes from './catalogue.module.css';
import { feeAmountText, processingTimeText } from './format';

type V = Version;

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${pages.panel} ${classes.section}`}>
      <h2 id={`${id}-title`} className={classes.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Who may apply, and on what conditions. */
export function ApplicantsSection({ version }: { version: V }) {
  const t = useT();
  return (
    <Section id="doi-tuong" title={t('procedure.who')}>
      <List spacing={4}>
        {version.applicants.map((a) => (
          <List.Item key={a}>{t(`procedure.applicant.${a}`)}</List.Item>
        ))}
      </List>
      {version.conditions ? (
        <>
          <Text fw={700} mt="md" mb={4}>
            {t('procedure.conditions')}
          </Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{version.conditions}</Text>
        </>
      ) : null}
    </Section>
  );
}

/** Processing time in working days, the afternoon cut-off, and the time per channel when it differs. */
export function TimeSection({ version }: { version: V }) {
  const t = useT();
  const { lang } = useLang();
  const base = processingTimeText(version.processingTime, lang);
  const differing = version.channels.filter(
    (c) =>
      c.processingTime &&
      (c.processingTime.value !== version.processingTime.value ||
        c.processingTime.unit !== version.processingTime.unit),
  );
  return (
    <Section id="thoi-han" title={t('procedure.time')}>
      <Text size="lg" fw={700} c="navy.9">
        {base}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('procedure.time.counted')}
      </Text>
      {version.afternoonCutoff ? (
        <Text className={classes.rule} mb="sm">
          {t('procedure.time.cutoff', { time: version.afternoonCutoff })}
        </Text>
      ) : null}
      {version.timeNote ? <Text size="sm">{version.timeNote}</Text> : null}
      {differing.length ? (
        <List size="sm" mt="sm">
          {differing.map((c) => (
            <List.Item key={c.channel}>
              {t(`procedure.channel.${c.channel}`)}:{' '}
              {c.processingTime ? processingTimeText(c.processingTime, lang) : base}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Section>
  );
}

export function FeesSection({ version }: { version: V }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Section id="le-phi" title={t('procedure.fees')}>
      {version.fees.length === 0 ? (
        <Text>{t('catalogue.fee.free')}</Text>
      ) : (
        <ul className={classes.papers}>
          {version.fees.map((fee, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fees are listed in the catalogue's order
            <li key={i} className={classes.paper}>
              <Text>
                <strong>
                  {feeTitle(
                    fee.name,
                    t(fee.kind === 'charge' ? 'procedure.fee.charge' : 'procedure.fee.fee'),
                  )}
                  :
                </strong>{' '}
                {feeAmountText(fee, lang)}
              </Text>
              {fee.channels.length ? (
                <Text size="sm" c="dimmed">
                  {t('procedure.fee.channels', {
                    channels: fee.channels.map((c) => t(`procedure.channel.${c}`)).join(', '),
                  })}
                </Text>
              ) : null}
              {fee.exemptions ? (
                <Text size="sm" mt={4}>
                  <strong>{t('procedure.fee.exemptions')}</strong> {fee.exemptions}
                </Text>
              ) : null}
              {fee.setByProvincialCouncil ? (
                <Text size="sm" c="dimmed">
                  {t('procedure.fee.council')}
                </Text>
              ) : null}
              {fee.note ? <Text size="sm">{fee.note}</Text> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** "Lệ phí" alone when the fee is simply called so; "Phí: Phí chứng thực" otherwise. */
function feeTitle(name: string, kind: string): string {
  return name.toLocaleLowerCase('vi') === kind.toLocaleLowerCase('vi') ? kind : `${kind} – ${name}`;
}

const NEED_BADGE: Record<
  ReturnType<typeof paperNeed>,
  { key: MessageKey; color: 'flagRed' | 'gray' | 'navy' | 'teal' }
> = {
  mandatory: { key: 'papers.need.mandatory', color: 'flagRed' },
  conditional: { key: 'papers.need.conditional', color: 'gray' },
  present: { key: 'papers.need.present', color: 'navy' },
  declaration: { key: 'papers.need.declaration', color: 'teal' },
};

/** A required paper's badges: mandatory or conditional, original or copy, to submit or to show. */
export function PaperBadges({ paper }: { paper: Paper }) {
  const t = useT();
  const need = NEED_BADGE[paperNeed(paper)];
  return (
    <Group gap={6}>
      <Tag color={need.color} variant="light">
        {t(need.key)}
      </Tag>
      <Tag color="gray" variant="outline">
        {t(`papers.form.${paper.form}`)}
      </Tag>
      {paper.quantity > 1 ? (
        <Tag color="gray" variant="outline">
          {t('papers.quantity', { n: paper.quantity })}
        </Tag>
      ) : null}
    </Group>
  );
}

export function PapersSection({ version }: { version: V }) {
  const t = useT();
  return (
    <Section id="thanh-phan-ho-so" title={t('procedure.papers')}>
      {groupPapers(version.documents).map(({ group, items }) => (
        <div key={`${group}-${items[0]?.index}`}>
          {group ? <p className={classes.groupLabel}>{group}</p> : null}
          <ul className={classes.papers}>
            {items.map(({ paper, index }) => (
              <li key={index} className={classes.paper}>
                <Text mb={6}>{paper.name}</Text>
                <PaperBadges paper={paper} />
                {paper.condition ? (
                  <Text size="sm" c="dimmed" mt={4}>
                    {paper.condition}
                  </Text>
                ) : null}
                {paper.templateFile ? (
                  <Text size="sm" mt={4}>
                    {t('papers.template', { name: paper.templateFile })}
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

export function StepsSection({ version }: { version: V }) {
  const t = useT();
  if (!version.steps.length) return null;
  return (
    <Section id="trinh-tu" title={t('procedure.steps')}>
      <Spoiler maxHeight={260} showLabel={t('procedure.more')} hideLabel={t('procedure.less')}>
        <ol className={classes.steps}>
          {version.steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are in the catalogue's order
            <li key={i}>{step.replace(/^[-+]\s*/, '')}</li>
          ))}
        </ol>
      </Spoiler>
    </Section>
  );
}

export function LegalSection({ version }: { version: V }) {
  const t = useT();
  return (
    <Section id="can-cu-phap-ly" title={t('procedure.legal')}>
      <Spoiler maxHeight={220} showLabel={t('procedure.more')} hideLabel={t('procedure.less')}>
        <List spacing={6}>
          {version.legalBasis.map((l) => (
            <List.Item key={l.number}>
              <strong>{l.number}</strong>
              {l.title ? ` — ${l.title}` : ''}
            </List.Item>
          ))}
        </List>
      </Spoiler>
      <Text size="sm" c="dimmed" mt="md">
        {t('procedure.decision', {
          number: version.decision.number,
          from: version.effectiveFrom.split('-').reverse().join('/'),
        })}
      </Text>
    </Section>
  );
}
