import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Eform } from '../../../contracts/catalog';
import { useLang, useT } from '../../i18n';
import { EformRenderer } from '../../ui/eform/EformRenderer';
import type { FormValues } from '../../ui/eform/form-data';
import type { EformCheck } from '../../ui/eform/useEformCheck';

type Props = {
  eform: Eform;
  data: FormValues;
  check: EformCheck;
  prefilled: string[];
  onChange: (next: FormValues, path: string) => void;
  onBack: () => void;
  /** Goes on when the form is valid; false when it is not. */
  onNext: () => Promise<boolean>;
};

/** Step 2: the e-form, checked as the person types; going on lists what is left to fix. */
export function FormStep({ eform, data, check, prefilled, onChange, onBack, onNext }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [checking, setChecking] = useState(false);
  const [blocked, setBlocked] = useState(false);
  // Counts refused attempts: each one brings the focus to the list of problems, once it is drawn.
  const [refusals, setRefusals] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusals) summaryRef.current?.focus();
  }, [refusals]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecking(true);
    const ok = await onNext().finally(() => setChecking(false));
    setBlocked(!ok);
    if (!ok) setRefusals((n) => n + 1);
  };

  const problems = blocked ? check.shown : [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {prefilled.length ? (
          <Alert color="navy" variant="light">
            {t('submit.form.prefilled')}
          </Alert>
        ) : null}
        {problems.length ? (
          <Alert
            ref={summaryRef}
            tabIndex={-1}
            color="flagRed"
            variant="light"
            role="alert"
            title={t('submit.form.problems', { n: problems.length })}
          >
            <List size="sm" spacing={2}>
              {problems.slice(0, 12).map((e) => (
                <List.Item key={e.path}>{e[lang]}</List.Item>
              ))}
            </List>
            {problems.length > 12 ? (
              <Text size="sm" mt={4}>
                {t('submit.form.more', { n: problems.length - 12 })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        <EformRenderer
          eform={eform}
          data={data}
          errors={check.shown}
          onTouch={check.touch}
          onChange={onChange}
        />
        <Group justify="space-between">
          <Button variant="default" size="md" onClick={onBack}>
            {t('submit.back')}
          </Button>
          <Button type="submit" size="md" loading={checking}>
            {t('submit.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
