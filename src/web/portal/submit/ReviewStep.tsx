import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Eform } from '../../../contracts/catalog';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { EformReadOnly } from '../../ui/eform/EformReadOnly';
import type { FormValues } from '../../ui/eform/form-data';
import { IconCheck } from '../../ui/icons';
import { fileSize } from '../file-size';
import pages from '../pages.module.css';
import { type Attachments, fileKey, type Paper, paperNeed } from './papers';
import classes from './submit.module.css';
import type { SendState } from './useSubmission';
import type { Step } from './WizardSteps';

type Props = {
  eform: Eform;
  data: FormValues;
  agencyName: string;
  papers: Paper[];
  attached: Attachments;
  status: SendState;
  onEdit: (step: Step) => void;
  onSubmit: () => void;
};

/** Step 4: everything as the agency will receive it, then one button that sends it once. */
export function ReviewStep({ eform, data, agencyName, papers, attached, status, onEdit, onSubmit }: Props) {
  const t = useT();
  const { lang } = useLang();
  const sending = status.state === 'sending';
  const edit = (step: Step, what: string) => (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => onEdit(step)}
      aria-label={t('submit.review.editOf', { what })}
    >
      {t('submit.review.edit')}
    </Button>
  );
  const listed = papers.flatMap((paper, index) => {
    const files = attached[index] ?? [];
    const need = paperNeed(paper);
    return files.length || need === 'declaration' ? [{ paper, index, files, need }] : [];
  });

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('submit.review.lead')}</Text>
      <section className={pages.panel} aria-labelledby="review-agency">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <h3 id="review-agency" className={classes.reviewTitle}>
            {t('submit.step.agency')}
          </h3>
          {edit('co-quan', t('submit.step.agency'))}
        </Group>
        <Text fw={600}>{agencyName}</Text>
      </section>
      <section className={pages.panel} aria-labelledby="review-form">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <h3 id="review-form" className={classes.reviewTitle}>
            {t('submit.step.form')}
          </h3>
          {edit('to-khai', t('submit.step.form'))}
        </Group>
        <EformReadOnly eform={eform} data={data} headingLevel={4} />
      </section>
      <section className={pages.panel} aria-labelledby="review-papers">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <h3 id="review-papers" className={classes.reviewTitle}>
            {t('submit.step.papers')}
          </h3>
          {edit('giay-to', t('submit.step.papers'))}
        </Group>
        <ul className={classes.reviewPapers}>
          {listed.map(({ paper, index, files, need }) => (
            <li key={index}>
              <Text size="sm">{paper.name}</Text>
              {need === 'declaration' || !files.length ? (
                <Text size="sm" fw={600} c="teal.9" className={classes.fileLine}>
                  <IconCheck size={16} />
                  {t('papers.declared')}
                </Text>
              ) : (
                files.map((file) => (
                  <Text key={fileKey(file)} size="sm" fw={600} c="teal.9" className={classes.fileLine}>
                    <IconCheck size={16} />
                    {`${file.name}${file.size !== null ? ` · ${fileSize(file.size, lang)}` : ''}`}
                  </Text>
                ))
              )}
            </li>
          ))}
        </ul>
      </section>

      {status.state === 'retry' ? (
        <Alert
          color="orange"
          variant="light"
          classNames={{ title: pages.warnTitle }}
          role="alert"
          title={t('submit.send.unanswered')}
        >
          <Text size="sm">{status.error.messageIn(lang)}</Text>
          <Text size="sm" mt={4}>
            {t('submit.send.safeRetry')}
          </Text>
        </Alert>
      ) : null}
      {status.state === 'failed' ? (
        <ApiErrorAlert error={status.error} title={t('submit.send.refused')} />
      ) : null}

      <div className={classes.sendBar}>
        <Text size="sm" c="dimmed">
          {t('submit.send.note')}
        </Text>
        <Button
          size="lg"
          color="flagRed"
          onClick={onSubmit}
          loading={sending}
          disabled={sending}
          className={classes.sendButton}
        >
          {status.state === 'retry' ? t('submit.send.retry') : t('submit.send.button')}
        </Button>
      </div>
    </Stack>
  );
}
