import { Alert, Button, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { fileSize } from '../file-size';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { PORTAL_PATHS } from '../paths';
import { getDocumentVerification, type RegisteredDocument, type Verification, verifyPdf } from './api';
import { useVerifyT } from './messages';
import { PdfDropZone } from './PdfDropZone';
import { RegisteredRecord } from './RegisteredRecord';
import { ReportView } from './ReportView';
import css from './verify.module.css';

const HASH = /^[0-9a-fA-F]{64}$/;

const isWithdrawn = (doc: RegisteredDocument) => doc.status === 'revoked' || doc.status === 'superseded';

/** A revoked document's signatures still verify: say plainly that it no longer counts. */
function Withdrawn() {
  const t = useVerifyT();
  return (
    <Alert color="red.9" variant="filled" mt="md" data-testid="withdrawn">
      {t('verify.record.withdrawn')}
    </Alert>
  );
}

type Upload =
  | { state: 'idle' }
  | { state: 'sending'; progress: number }
  | { state: 'done'; file: { name: string; size: number }; data: Verification }
  | { state: 'error'; error: ApiError };

/** Upload a PDF and read its report, with the registered records the file is a version of. */
function UploadVerifier() {
  const t = useVerifyT();
  const { lang } = useLang();
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The verdict takes the focus once drawn, so a screen reader reads it at once.
  useEffect(() => {
    if (upload.state === 'done' || upload.state === 'error') resultRef.current?.focus();
  }, [upload.state]);

  const send = async (file: File) => {
    abort.current = new AbortController();
    setUpload({ state: 'sending', progress: 0 });
    try {
      const data = await verifyPdf(
        file,
        (progress) => setUpload({ state: 'sending', progress }),
        abort.current.signal,
      );
      setUpload({ state: 'done', file: { name: file.name, size: file.size }, data });
    } catch (e) {
      if (abort.current?.signal.aborted) setUpload({ state: 'idle' });
      else setUpload({ state: 'error', error: toApiError(e) });
    } finally {
      abort.current = null;
    }
  };

  if (upload.state === 'done') {
    const { data, file } = upload;
    return (
      <div ref={resultRef} tabIndex={-1} className={css.result}>
        <div className={css.fileLine}>
          <Text size="sm">
            {t('verify.file', { name: file.name, size: fileSize(file.size, lang) })}
            <br />
            <span className={css.code}>
              {t('verify.sha256')}: {data.report.sha256}
            </span>
          </Text>
          <Button variant="light" onClick={() => setUpload({ state: 'idle' })}>
            {t('verify.again')}
          </Button>
        </div>
        {data.registered.some(isWithdrawn) ? <Withdrawn /> : null}
        <ReportView report={data.report} />
        {data.registered.length ? (
          <>
            <Alert color={data.isLatestVersion ? 'teal' : 'orange'} variant="light" mt="md">
              {data.isLatestVersion ? t('verify.record.latest') : t('verify.record.notLatest')}
            </Alert>
            {data.registered.map((doc) => (
              <RegisteredRecord key={doc.id} doc={doc} />
            ))}
          </>
        ) : data.report.signatureCount ? (
          <Text size="sm" c="dimmed" mt="md">
            {t('verify.record.none')}
          </Text>
        ) : null}
      </div>
    );
  }
  return (
    <div ref={resultRef} tabIndex={-1} className={css.result}>
      <PdfDropZone
        onFile={(f) => void send(f)}
        progress={upload.state === 'sending' ? upload.progress : null}
        onCancel={() => abort.current?.abort()}
      />
      {upload.state === 'error' ? (
        <div className={css.spaced}>
          <ApiErrorAlert error={upload.error} title={t('verify.error')} />
        </div>
      ) : null}
    </div>
  );
}

/** The QR link's target: the registered record, whether the link's hash matches, the stored file's report. */
function LinkRecord({ id, hash }: { id: string; hash: string }) {
  const t = useVerifyT();
  const record = useApi((signal) => getDocumentVerification(id, hash, signal), `${id}|${hash}`);
  if (record.loading && !record.data)
    return (
      <div className={css.loading} aria-live="polite">
        <Loader size="sm" /> <Text>{t('verify.link.loading')}</Text>
      </div>
    );
  if (record.error)
    return record.error.status === 404 ? (
      <Alert
        color="red.9"
        variant="filled"
        title={t('verify.link.notFoundTitle')}
        data-testid="link-not-found"
      >
        {t('verify.link.notFound')}
      </Alert>
    ) : (
      <ApiErrorAlert error={record.error} title={t('verify.error')} />
    );
  if (!record.data) return null;
  return (
    <div className={css.result}>
      <Alert color="teal" variant="light" data-testid="link-match">
        {t('verify.link.match')}
      </Alert>
      <RegisteredRecord doc={record.data.document} fileUrl={record.data.fileUrl} />
      {isWithdrawn(record.data.document) ? <Withdrawn /> : null}
      <ReportView report={record.data.report} heading={t('verify.link.stored')} />
    </div>
  );
}

/**
 * `/xac-minh` — anyone verifies a signed PDF; `/xac-minh/:id?hash=…` — the link in the QR code printed on
 * results and certified copies (see the signing module's `verificationUrl`).
 */
export function VerifyPage() {
  const t = useVerifyT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const hash = params.get('hash')?.trim() ?? '';
  useDocTitle(t('verify.title'));
  return (
    <div className={pages.page}>
      <PageHead
        title={id ? t('verify.link.title') : t('verify.title')}
        lead={id ? t('verify.link.lead') : t('verify.lead')}
        crumbs={[
          { to: PORTAL_PATHS.home, label: t('verify.home') },
          ...(id ? [{ to: PORTAL_PATHS.verify, label: t('verify.nav') }] : []),
        ]}
      />
      {id ? (
        <>
          {HASH.test(hash) ? (
            <LinkRecord id={id} hash={hash} />
          ) : (
            <Alert color="red" variant="light">
              {t('verify.link.noHash')}
            </Alert>
          )}
          <section className={`${pages.panel} ${css.spaced}`} aria-label={t('verify.title')}>
            <Text fw={600} mb="sm">
              {t('verify.link.compare')}
            </Text>
            <UploadVerifier />
          </section>
        </>
      ) : (
        <section className={pages.panel} aria-label={t('verify.title')}>
          <UploadVerifier />
        </section>
      )}
    </div>
  );
}
