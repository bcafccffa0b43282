import { Button, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { CreateStaffRequest } from '../../../contracts/identity';
import { createStaff, type StaffData, type StaffRole } from '../../api/admin';
import { useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PasswordRules } from '../../ui/PasswordRules';
import { useFormFeedback } from '../../ui/useFormFeedback';
import { RoleCheckboxes } from './RoleCheckboxes';

const WORDS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A first password to hand over in person; the official changes it later. */
function generatePassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const body = Array.from(bytes, (b) => WORDS[b % WORDS.length]).join('');
  return `${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}#`;
}

export function AddStaffDialog({
  agencyId,
  isSystemAdmin,
  opened,
  onClose,
  onCreated,
}: {
  agencyId: string;
  isSystemAdmin: boolean;
  opened: boolean;
  onClose: () => void;
  onCreated: (staff: StaffData) => void;
}) {
  const t = useT();
  const rulesId = useId();
  const feedback = useFormFeedback();
  const [fullName, setFullName] = useState('');
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(false);

  const reset = () => {
    setFullName('');
    setUsername('');
    setEmail('');
    setPassword('');
    setRoles([]);
    setShown(false);
    feedback.clear();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = { fullName, username, password, roles, ...(email.trim() ? { email: email.trim() } : {}) };
    const body = feedback.validate(CreateStaffRequest, values, {
      fullName: 'admin.staff.fullName.invalid',
      username: 'admin.staff.username.invalid',
      email: 'admin.email.invalid',
      password: 'auth.password.required',
      roles: 'admin.staff.roles.required',
    });
    if (!body) return;
    setBusy(true);
    try {
      onCreated(await createStaff(agencyId, body));
      reset();
    } catch (error) {
      feedback.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const text = (value: string, set: (v: string) => void, key: string) => ({
    value,
    error: feedback.error(key),
    onChange: (e: { currentTarget: { value: string } }) => {
      set(e.currentTarget.value);
      feedback.clear(key);
    },
  });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('admin.staff.add')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('admin.staff.fullName')}
            maxLength={120}
            {...text(fullName, setFullName, 'fullName')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('admin.staff.username')}
              description={t('admin.staff.username.hint')}
              autoCapitalize="none"
              spellCheck={false}
              maxLength={64}
              {...text(username, setUsername, 'username')}
            />
            <TextInput
              label={t('admin.staff.email')}
              type="email"
              maxLength={200}
              {...text(email, setEmail, 'email')}
            />
          </SimpleGrid>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <PasswordInput
              style={{ flex: 1 }}
              label={t('admin.staff.password')}
              description={t('admin.staff.password.hint')}
              autoComplete="new-password"
              maxLength={128}
              aria-describedby={rulesId}
              visible={shown}
              onVisibilityChange={setShown}
              {...text(password, setPassword, 'password')}
            />
            <Button
              variant="light"
              onClick={() => {
                setPassword(generatePassword());
                setShown(true);
                feedback.clear('password');
              }}
            >
              {t('admin.staff.generate')}
            </Button>
          </Group>
          <PasswordRules password={password} id={rulesId} />
          <RoleCheckboxes
            label={t('admin.staff.roles')}
            value={roles}
            onChange={(next) => {
              setRoles(next);
              feedback.clear('roles');
            }}
            isSystemAdmin={isSystemAdmin}
            error={feedback.error('roles')}
          />
          {feedback.serverError ? <ApiErrorAlert error={feedback.serverError} /> : null}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('admin.staff.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
