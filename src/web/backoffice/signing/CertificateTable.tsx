import { Badge, Button, Table, Text } from '@mantine/core';
import { useLang } from '../../i18n';
import { formatDate } from '../../ui/text';
import classes from '../backoffice.module.css';
import type { Certificate } from './api';
import { useSigningT } from './messages';

/** Dark shades: white text on them keeps a 4.5:1 contrast. */
const STATUS_COLOUR = {
  active: 'teal.9',
  superseded: 'gray.7',
  revoked: 'red.9',
  expired: '#a34700',
} as const;

/** An active certificate past its end date still says "active" in the register: show it expired. */
export function displayStatus(c: Certificate): keyof typeof STATUS_COLOUR {
  return c.status === 'active' && new Date(c.notAfter).getTime() < Date.now() ? 'expired' : c.status;
}

/** The issuer's CN (e.g. "Cửa Số Demo Issuing CA"), or the whole name when it has none. */
const commonNameOf = (dn: string) => /(?:^|,\s*)CN=([^,]+)/.exec(dn)?.[1]?.trim() ?? dn;

/** Certificates with their status, validity, issuer and serial; revocation where the caller may. */
export function CertificateTable({
  items,
  onRevoke,
  showHolder,
}: {
  items: Certificate[];
  onRevoke?: ((c: Certificate) => void) | undefined;
  showHolder?: boolean;
}) {
  const t = useSigningT();
  const { lang } = useLang();
  return (
    <div className={classes.tableWrap}>
      <Table striped highlightOnHover verticalSpacing="sm" miw={760} data-testid="certificates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{showHolder ? t('sg.cert.holder') : t('sg.cert.subject')}</Table.Th>
            <Table.Th miw={150}>{t('sg.cert.status')}</Table.Th>
            <Table.Th>{t('sg.cert.validity')}</Table.Th>
            <Table.Th>{t('sg.cert.issuer')}</Table.Th>
            <Table.Th>{t('sg.cert.serial')}</Table.Th>
            {onRevoke ? <Table.Th>{t('sg.cert.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => {
            const status = displayStatus(c);
            return (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {c.commonName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`sg.cert.kind.${c.kind}`)} · {t(`sg.cert.source.${c.source}`)} · {c.keySpec}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOUR[status]} variant="filled" tt="none" size="md">
                    {t(`sg.cert.status.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('sg.cert.validity.range', {
                      from: formatDate(lang, c.notBefore),
                      to: formatDate(lang, c.notAfter),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" maw={280} title={c.issuer}>
                    {commonNameOf(c.issuer)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" maw={200} style={{ overflowWrap: 'anywhere' }}>
                    {c.serialNumber}
                  </Text>
                </Table.Td>
                {onRevoke ? (
                  <Table.Td>
                    {c.status !== 'revoked' ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="flagRed"
                        onClick={() => onRevoke(c)}
                        aria-label={`${t('sg.cert.revoke')} ${c.serialNumber}`}
                      >
                        {t('sg.cert.revoke')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
