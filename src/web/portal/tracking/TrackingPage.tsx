import { Alert, Button, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { type TrackingData, trackDossier } from '../api/dossiers';
import classes from '../dossiers/dossiers.module.css';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { PORTAL_PATHS } from '../paths';
import { TrackingResult } from './TrackingResult';

type Result =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'found'; data: TrackingData }
  | { state: 'notFound' }
  | { state: 'error'; error: ApiError };

/**
 * `/tra-cuu-ho-so?ma=<code>` (the QR code on every paper links here): anyone with the code and the
 * last 4 digits of the applicant's phone sees the status and history, and nothing personal.
 */
export function TrackingPage() {
  const t = useT();
  useDocTitle(t('portal.nav.track'));
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState(params.get('ma')?.trim().slice(0, 60) ?? '');
  const [phone, setPhone] = useState('');
  const [problems, setProblems] = useState<{ code?: string; phone?: string }>({});
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);

  // Arriving from a QR code: the code is there, the digits are what is left to type.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival
  useEffect(() => {
    if (code) phoneRef.current?.focus();
  }, []);

  // The answer (found or not) takes the focus once drawn, so it is read out at once.
  useEffect(() => {
    if (result.state !== 'idle' && result.state !== 'loading') resultRef.current?.focus();
  }, [result]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    const next = {
      ...(trimmed.length < 5 ? { code: t('tracking.code.required') } : {}),
      ...(/^\d{4}$/.test(phone) ? {} : { phone: t('tracking.phone.invalid') }),
    };
    setProblems(next);
    if (next.code || next.phone) return;
    setParams({ ma: trimmed }, { replace: true });
    setResult({ state: 'loading' });
    try {
      setResult({ state: 'found', data: await trackDossier(trimmed, phone) });
    } catch (e) {
      const error = toApiError(e);
      setResult(error.status === 404 ? { state: 'notFound' } : { state: 'error', error });
    }
  };

  return (
    <div className={pages.page}>
      <PageHead
        title={t('portal.nav.track')}
        lead={t('tracking.lead')}
        crumbs={[{ to: PORTAL_PATHS.home, label: t('pages.home') }]}
      />
      <section className={pages.panel} aria-label={t('tracking.form')}>
        <form onSubmit={submit} noValidate className={classes.trackForm}>
          <TextInput
            label={t('portal.track.label')}
            placeholder={t('portal.track.placeholder')}
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value);
              setProblems((p) => ({ ...p, code: undefined }));
            }}
            error={problems.code}
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <TextInput
            ref={phoneRef}
            label={t('tracking.phone')}
            description={t('tracking.phone.help')}
            value={phone}
            onChange={(e) => {
              setPhone(e.currentTarget.value.replace(/\D/g, '').slice(0, 4));
              setProblems((p) => ({ ...p, phone: undefined }));
            }}
            error={problems.phone}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            required
          />
          <Button type="submit" size="md" loading={result.state === 'loading'}>
            {t('portal.track.submit')}
          </Button>
        </form>
        <Text size="xs" c="dimmed" mt="sm">
          {t('tracking.privacy')}
        </Text>
      </section>

      <div ref={resultRef} tabIndex={-1} className={classes.trackResult}>
        {result.state === 'found' ? <TrackingResult data={result.data} /> : null}
        {result.state === 'notFound' ? (
          <Alert
            color="orange"
            variant="light"
            classNames={{ title: pages.warnTitle }}
            mt="lg"
            role="alert"
            title={t('tracking.notFound.title')}
          >
            {t('tracking.notFound.body')}
          </Alert>
        ) : null}
        {result.state === 'error' ? (
          <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
            <ApiErrorAlert error={result.error} title={t('tracking.error')} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
