import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type StaffData, type StaffRole, setStaffRoles } from '../../api/admin';
import { type ApiError, toApiError } from '../../api/client';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { RoleCheckboxes } from './RoleCheckboxes';

/** Replaces one official's roles in this agency. At least one role: none would remove them from the list. */
export function RolesDialog({
  agencyId,
  staff,
  isSystemAdmin,
  onClose,
  onSaved,
}: {
  agencyId: string;
  staff: StaffData;
  isSystemAdmin: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [roles, setRoles] = useState<StaffRole[]>(staff.roles);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [empty, setEmpty] = useState(false);

  const save = async () => {
    if (!roles.length) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    try {
      await setStaffRoles(agencyId, staff.id, roles);
      onSaved();
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('admin.roles.title', { name: staff.fullName })}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('admin.roles.lead')}
        </Text>
        <RoleCheckboxes
          label={t('admin.staff.roles')}
          value={roles}
          onChange={(next) => {
            setRoles(next);
            setEmpty(false);
          }}
          isSystemAdmin={isSystemAdmin}
          error={empty ? t('admin.staff.roles.required') : undefined}
        />
        {error ? <ApiErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {t('admin.roles.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
