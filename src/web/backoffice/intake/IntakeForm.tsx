import { Alert, Button, Group, Text } from '@mantine/core';
import { type ReactNode, useCallback } from 'react';
import type { Eform, EformError } from '../../../contracts/catalog';
import type { ApiError } from '../../api/client';
import { useT } from '../../i18n';
import { EformRenderer } from '../../ui/eform/EformRenderer';
import type { FormValues } from '../../ui/eform/form-data';
import { useEformCheck } from '../../ui/eform/useEformCheck';
import { Panel } from '../admin/Panel';
import { validateForm } from '../desk/api';
import { DeskError } from '../desk/DeskError';
import css from './intake.module.css';

type Props = {
  eform: Eform;
  code: string;
  /** The version's precompiled validator (same origin); checked as you type without a round trip. */
  validatorUrl: string | undefined;
  form: FormValues;
  setForm: (next: FormValues) => void;
  onSubmit: (
    check: () => Promise<EformError[]>,
    reveal: () => void,
    setServer: (errors: EformError[]) => void,
  ) => Promise<void>;
  busy: boolean;
  uploading: boolean;
  papers: ReactNode;
  error: ApiError | null;
};

/** The procedure's e-form (the shared renderer), the scans, and the button that accepts the dossier. */
export function IntakeForm({
  eform,
  code,
  validatorUrl,
  form,
  setForm,
  onSubmit,
  busy,
  uploading,
  papers,
  error,
}: Props) {
  const t = useT();
  const remote = useCallback(
    (data: unknown, signal: AbortSignal) => validateForm(code, data, signal),
    [code],
  );
  const check = useEformCheck({ eform, data: form, validatorUrl, remote });
  const blocking = check.shown.length;
  return (
    <>
      <Panel title={t('desk.intake.step.form')}>
        <EformRenderer
          eform={eform}
          data={form}
          onChange={(next, path) => {
            setForm(next);
            check.edited(path);
          }}
          onTouch={check.touch}
          errors={check.shown}
        />
      </Panel>
      <Panel title={t('desk.intake.step.papers')}>{papers}</Panel>
      <div className={css.submitBar}>
        {error ? <DeskError error={error} title={t('desk.intake.failed')} /> : null}
        {blocking ? (
          <Alert color="flagRed" variant="light" role="alert">
            {t('desk.intake.formProblems', { n: blocking })}
          </Alert>
        ) : null}
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed" maw={560}>
            {t('desk.intake.submitHelp')}
          </Text>
          <Button
            size="md"
            loading={busy}
            disabled={uploading}
            onClick={() => void onSubmit(check.check, check.reveal, check.setServerErrors)}
          >
            {uploading ? t('desk.intake.waitUploads') : t('desk.intake.submit')}
          </Button>
        </Group>
      </div>
    </>
  );
}
