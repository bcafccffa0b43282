import { Checkbox, SimpleGrid } from '@mantine/core';
import { StaffRoleSchema } from '../../../contracts/identity';
import type { StaffRole } from '../../api/admin';
import { useLang } from '../../i18n';
import { roleLabel } from '../../ui/text';

/** The roles an official may hand out: all of them, except "system administrator" for agency admins. */
export function grantableRoles(isSystemAdmin: boolean): StaffRole[] {
  return StaffRoleSchema.options.filter((r) => isSystemAdmin || r !== 'system_admin');
}

export function RoleCheckboxes({
  value,
  onChange,
  isSystemAdmin,
  label,
  error,
}: {
  value: StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  isSystemAdmin: boolean;
  label: string;
  error?: string | undefined;
}) {
  const { lang } = useLang();
  const options = grantableRoles(isSystemAdmin);
  return (
    <Checkbox.Group
      label={label}
      value={value}
      onChange={(next) => onChange(options.filter((r) => next.includes(r)))}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {options.map((role) => (
          <Checkbox key={role} value={role} label={roleLabel(role, lang)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
