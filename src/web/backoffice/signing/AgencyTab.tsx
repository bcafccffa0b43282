import { Alert, Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSite } from '../../api/site';
import { useApi } from '../../api/useApi';
import { Panel } from '../admin/Panel';
import { DeskError } from '../desk/DeskError';
import { listAgencyCertificates } from './api';
import { CertificateTable } from './CertificateTable';
import { ImageCard } from './ImageCard';
import { useSigningT } from './messages';
import type { SigningRights } from './rights';
import { useCertificateActions } from './useCertificateActions';

/** The agency's seal certificate and image (administrators manage; leaders and clerks look). */
function SealCertificates({ agencyId }: { agencyId: string }) {
  const t = useSigningT();
  const { site } = useSite();
  const certs = useApi((signal) => listAgencyCertificates(agencyId, signal), agencyId);
  const actions = useCertificateActions('seal', agencyId, certs.reload);
  const all = certs.data ?? [];
  const seals = all.filter((c) => c.kind === 'seal');
  const officials = all.filter((c) => c.kind === 'official');
  const hasActiveSeal = seals.some((c) => c.status === 'active');
  return (
    <>
      <Panel
        title={t('sg.agency.seal')}
        action={
          <Group gap="xs">
            {site?.demo ? (
              <Button variant="light" onClick={() => void actions.issueDemo()} loading={actions.busy}>
                {t('sg.cert.demo')}
              </Button>
            ) : null}
            <Button onClick={actions.openImport}>{t('sg.cert.import')}</Button>
          </Group>
        }
      >
        <Text size="sm" c="dimmed" mb="md">
          {t('sg.agency.seal.lead')}
        </Text>
        {actions.notice ? (
          <Alert color="teal" variant="light" mb="md" role="status">
            {actions.notice}
          </Alert>
        ) : null}
        {actions.error ? <DeskError error={actions.error} /> : null}
        {certs.error ? <DeskError error={certs.error} /> : null}
        {!certs.data && certs.loading ? <Loader size="sm" aria-label={t('sg.loading')} /> : null}
        {certs.data && !hasActiveSeal ? (
          <Alert color="orange" variant="light" mb="md">
            {t('sg.agency.seal.none')}
          </Alert>
        ) : null}
        {seals.length ? <CertificateTable items={seals} onRevoke={actions.openRevoke} /> : null}
      </Panel>
      {officials.length ? (
        <Panel title={t('sg.agency.officials')}>
          <CertificateTable items={officials} showHolder onRevoke={actions.openRevoke} />
        </Panel>
      ) : null}
      {actions.dialogs}
    </>
  );
}

/** "Con dấu cơ quan": pick the agency (when several), then its seal image and certificates. */
export function AgencyTab({ rights }: { rights: SigningRights }) {
  const t = useSigningT();
  const [agencyId, setAgencyId] = useState(rights.sealView[0]?.id ?? '');
  const manages = rights.sealManage.some((a) => a.id === agencyId);
  return (
    <Stack gap="md">
      {rights.sealView.length > 1 ? (
        <Select
          label={t('sg.agency')}
          data={rights.sealView.map((a) => ({ value: a.id, label: a.name }))}
          value={agencyId}
          onChange={(v) => v && setAgencyId(v)}
          allowDeselect={false}
          maw={420}
        />
      ) : null}
      {manages ? null : (
        <Alert color="gray" variant="light">
          {t('sg.image.readOnly')}
        </Alert>
      )}
      <ImageCard key={`image-${agencyId}`} target={{ kind: 'seal', agencyId }} readOnly={!manages} />
      {manages ? <SealCertificates key={`certs-${agencyId}`} agencyId={agencyId} /> : null}
    </Stack>
  );
}
