import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useSite } from '../../api/site';
import { useApi } from '../../api/useApi';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import { DeskError } from '../desk/DeskError';
import { staffAgencies } from '../desk/roles';
import { type Certificate, issueDemoCertificate, listMyCertificates } from './api';
import { CertificateTable } from './CertificateTable';
import { ImageCard } from './ImageCard';
import { ImportDialog } from './ImportDialog';
import { useSigningT } from './messages';
import { RevokeDialog } from './RevokeDialog';
import css from './signing.module.css';

/**
 * "Chứng thư của tôi": the official's certificates, a test certificate from the built-in CA on demo
 * deployments, import of a .p12, revocation; and the signature image shown in their signatures.
 */
export function CertificateTab() {
  const t = useSigningT();
  const me = useStaff();
  const { site } = useSite();
  const agencies = staffAgencies(me);
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const certs = useApi((signal) => listMyCertificates(signal), 'mine');
  const [dialog, setDialog] = useState<'import' | { revoke: Certificate } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const finish = async (message: string) => {
    setDialog(null);
    setNotice(message);
    await certs.reload();
  };
  const demo = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const c = await issueDemoCertificate({ kind: 'official', agencyId });
      await finish(t('sg.cert.demo.done', { name: c.commonName }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const items = certs.data ?? [];
  return (
    <div className={css.grid}>
      <Panel
        title={t('sg.cert.mine')}
        action={
          <Group gap="xs">
            {site?.demo ? (
              <Button variant="light" onClick={() => void demo()} loading={busy} disabled={!agencyId}>
                {t('sg.cert.demo')}
              </Button>
            ) : null}
            <Button onClick={() => setDialog('import')} disabled={!agencyId}>
              {t('sg.cert.import')}
            </Button>
          </Group>
        }
      >
        <Text size="sm" c="dimmed" mb="md">
          {t('sg.cert.lead')}
        </Text>
        {agencies.length > 1 ? (
          <Select
            label={t('sg.agency')}
            data={agencies.map((a) => ({ value: a.id, label: a.name }))}
            value={agencyId}
            onChange={(v) => v && setAgencyId(v)}
            allowDeselect={false}
            maw={420}
            mb="md"
          />
        ) : null}
        {notice ? (
          <Alert color="teal" variant="light" mb="md" role="status">
            {notice}
          </Alert>
        ) : null}
        {error ? (
          <div className={css.gap}>
            <DeskError error={error} />
          </div>
        ) : null}
        {certs.error ? <DeskError error={certs.error} /> : null}
        {!certs.data && certs.loading ? <Loader size="sm" aria-label={t('sg.loading')} /> : null}
        {certs.data && !items.length ? (
          <Text size="sm">{site?.demo ? t('sg.cert.emptyDemo') : t('sg.cert.empty')}</Text>
        ) : null}
        {items.length ? <CertificateTable items={items} onRevoke={(c) => setDialog({ revoke: c })} /> : null}
      </Panel>
      <ImageCard target={{ kind: 'signature' }} />
      {dialog === 'import' ? (
        <ImportDialog
          kind="official"
          agencyId={agencyId}
          onClose={() => setDialog(null)}
          onDone={(c) => void finish(t('sg.cert.import.done', { name: c.commonName }))}
        />
      ) : dialog ? (
        <RevokeDialog
          certificate={dialog.revoke}
          onClose={() => setDialog(null)}
          onDone={(c) => void finish(t('sg.cert.revoke.done', { serial: c.serialNumber }))}
        />
      ) : null}
    </div>
  );
}
