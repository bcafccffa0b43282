import { Alert, Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { listStaff, type StaffData } from '../../api/admin';
import { useApi } from '../../api/useApi';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { roleLabel } from '../../ui/text';
import classes from '../backoffice.module.css';
import { AddStaffDialog } from './AddStaffDialog';
import { useAdmin } from './admin-context';
import { Panel } from './Panel';
import { RolesDialog } from './RolesDialog';

/** Officials of the agency with their roles; add one, or change someone's roles. */
export function StaffTab() {
  const t = useT();
  const { lang } = useLang();
  const { agency, isSystemAdmin } = useAdmin();
  const staff = useApi((signal) => listStaff(agency.id, signal).then((r) => r.items), agency.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<StaffData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Panel
      title={t('admin.staff.title')}
      action={
        <Button onClick={() => setAdding(true)} disabled={!staff.data}>
          {t('admin.staff.add')}
        </Button>
      }
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
      {staff.error ? <ApiErrorAlert error={staff.error} /> : null}
      {!staff.data && !staff.error ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {staff.data ? (
        <div className={classes.tableWrap}>
          <Table verticalSpacing="sm" highlightOnHover miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.staff.col.person')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.col.roles')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.col.mfa')}</Table.Th>
                <Table.Th scope="col">
                  <span className="cs-sr-only">{t('admin.col.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text fw={700} size="sm">
                      {s.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {s.username}
                      {s.email ? ` · ${s.email}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {s.roles.map((r) => (
                        <Badge key={r} variant="light" color="navy" radius="sm" tt="none">
                          {roleLabel(r, lang)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={s.mfaEnrolled ? 'teal' : 'orange'} tt="none">
                      {t(s.mfaEnrolled ? 'admin.staff.mfa.on' : 'admin.staff.mfa.off')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing(s)}
                      aria-label={t('admin.roles.editFor', { name: s.fullName })}
                    >
                      {t('admin.roles.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      <AddStaffDialog
        agencyId={agency.id}
        isSystemAdmin={isSystemAdmin}
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(created) => {
          setAdding(false);
          setNotice(t('admin.staff.created', { name: created.fullName, username: created.username ?? '' }));
          void staff.reload();
        }}
      />
      {editing ? (
        <RolesDialog
          agencyId={agency.id}
          staff={editing}
          isSystemAdmin={isSystemAdmin}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setNotice(t('admin.roles.saved', { name: editing.fullName }));
            setEditing(null);
            void staff.reload();
          }}
        />
      ) : null}
    </Panel>
  );
}
