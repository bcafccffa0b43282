import { Alert, Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useT } from '../../i18n';
import classes from '../backoffice.module.css';
import { AddAgencyDialog } from './AddAgencyDialog';
import { ADMIN_ROOT, useAdmin } from './admin-context';
import { Panel } from './Panel';

/** Agencies directly under this one; each opens its own administration. */
export function SubAgenciesTab() {
  const t = useT();
  const { agency, agencies, reloadAgencies } = useAdmin();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const children = agencies.filter((a) => a.parentId === agency.id);

  return (
    <Panel
      title={t('admin.sub.title')}
      action={<Button onClick={() => setAdding(true)}>{t('admin.sub.add')}</Button>}
    >
      {notice ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          mb="md"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
      {children.length === 0 ? (
        <Text>{t('admin.sub.empty')}</Text>
      ) : (
        <div className={classes.tableWrap}>
          <Table verticalSpacing="sm" highlightOnHover miw={600}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.agency.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.agency.orgId')}</Table.Th>
                <Table.Th scope="col">{t('admin.agency.kind')}</Table.Th>
                <Table.Th scope="col">{t('admin.agency.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`${ADMIN_ROOT}/${a.id}`} fw={700} size="sm">
                      {a.name}
                    </Anchor>
                    {a.address ? (
                      <Text size="xs" c="dimmed">
                        {a.address}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="navy" radius="sm" tt="none">
                      {a.orgId}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`admin.kind.${a.kind}` as MessageKey)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.phone ?? '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <AddAgencyDialog
        parent={agency}
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(created) => {
          setAdding(false);
          setNotice(t('admin.sub.created', { name: created.name }));
          void reloadAgencies();
        }}
      />
    </Panel>
  );
}
