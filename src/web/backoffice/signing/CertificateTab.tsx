import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useSite } from '../../api/site';
import { useApi } from '../../api/useApi';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import { DeskError } from '../desk/DeskError';
import { staffAgencies } from '../desk/roles';
import { listMyCertificates } from './api';
import { CertificateTable } from './CertificateTable';
import { ImageCard } from './ImageCard';
import { useSigningT } from './messages';
import css from './signing.module.css';
import { useCertificateActions } from './useCertificateActions';

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
  const actions = useCertificateActions('official', agencyId, certs.reload);

  const items = certs.data ?? [];
  return (
    <div className={css.grid}>
      <Panel
        title={t('sg.cert.mine')}
        action={
          <Group gap="xs">
            {site?.demo ? (
              <Button
                variant="light"
                onClick={() => void actions.issueDemo()}
                loading={actions.busy}
                disabled={!agencyId}
              >
                {t('sg.cert.demo')}
              </Button>
            ) : null}
            <Button onClick={actions.openImport} disabled={!agencyId}>
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
        {actions.notice ? (
          <Alert color="teal" variant="light" mb="md" role="status">
            {actions.notice}
          </Alert>
        ) : null}
        {actions.error ? (
          <div className={css.gap}>
            <DeskError error={actions.error} />
          </div>
        ) : null}
        {certs.error ? <DeskError error={certs.error} /> : null}
        {!certs.data && certs.loading ? <Loader size="sm" aria-label={t('sg.loading')} /> : null}
        {certs.data && !items.length ? (
          <Text size="sm">{site?.demo ? t('sg.cert.emptyDemo') : t('sg.cert.empty')}</Text>
        ) : null}
        {items.length ? <CertificateTable items={items} onRevoke={actions.openRevoke} /> : null}
      </Panel>
      <ImageCard target={{ kind: 'signature' }} />
      {actions.dialogs}
    </div>
  );
}
