import { Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { checkPersonalId, personalIdMessages } from '../../../contracts/personal-id';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { formatDate } from '../../ui/text';
import { findPerson, type PersonData } from '../desk/api';
import { DeskError } from '../desk/DeskError';

export type ManualApplicant = {
  fullName: string;
  personalId: string;
  phone: string;
  email: string;
  address: string;
};
export type ApplicantChoice =
  | { mode: 'account'; person: PersonData | null }
  | { mode: 'manual'; data: ManualApplicant };
export const EMPTY_MANUAL: ManualApplicant = {
  fullName: '',
  personalId: '',
  phone: '',
  email: '',
  address: '',
};

type Props = {
  value: ApplicantChoice;
  onChange: (next: ApplicantChoice) => void;
  errors: Record<string, string | undefined>;
};

/**
 * The applicant: a citizen account found by identification number (the look-up is audited on the
 * server), or the person's details typed from their papers when they have no account.
 */
export function ApplicantStep({ value, onChange, errors }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [personalId, setPersonalId] = useState('');
  const [lookupError, setLookupError] = useState<ApiError | null>(null);
  const [idProblem, setIdProblem] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [notFound, setNotFound] = useState(false);
  const isPhone = useMediaQuery('(max-width: 35.99em)');

  const lookup = async () => {
    const id = personalId.replace(/\s/g, '');
    const [problem] = checkPersonalId(id);
    setNotFound(false);
    setLookupError(null);
    if (problem) {
      setIdProblem(personalIdMessages[problem][lang]);
      return;
    }
    setIdProblem(null);
    setSearching(true);
    try {
      onChange({ mode: 'account', person: await findPerson(id) });
    } catch (e) {
      const err = toApiError(e);
      if (err.status === 404) {
        setNotFound(true);
        onChange({ mode: 'account', person: null });
      } else setLookupError(err);
    } finally {
      setSearching(false);
    }
  };

  const manual = value.mode === 'manual' ? value.data : EMPTY_MANUAL;
  const set = (k: keyof ManualApplicant) => (e: { currentTarget: { value: string } }) =>
    onChange({ mode: 'manual', data: { ...manual, [k]: e.currentTarget.value } });

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={value.mode}
        onChange={(m) =>
          onChange(
            m === 'manual'
              ? { mode: 'manual', data: { ...EMPTY_MANUAL, personalId } }
              : { mode: 'account', person: null },
          )
        }
        data={[
          { value: 'account', label: t('desk.intake.applicant.find') },
          { value: 'manual', label: t('desk.intake.applicant.manual') },
        ]}
        orientation={isPhone ? 'vertical' : 'horizontal'}
        fullWidth={isPhone}
        style={{ alignSelf: isPhone ? 'stretch' : 'flex-start' }}
      />
      {value.mode === 'account' ? (
        <>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('desk.applicant.personalId')}
              description={t('desk.intake.applicant.findHelp')}
              value={personalId}
              onChange={(e) => setPersonalId(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void lookup();
                }
              }}
              inputMode="numeric"
              maxLength={14}
              error={idProblem ?? errors.applicant}
              style={{ flex: 1, maxWidth: 320 }}
            />
            <Button onClick={() => void lookup()} loading={searching} variant="light">
              {t('desk.intake.applicant.search')}
            </Button>
          </Group>
          {lookupError ? <DeskError error={lookupError} /> : null}
          {notFound ? (
            <Text size="sm" c="orange.9" role="status">
              {t('desk.intake.applicant.notFound')}{' '}
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => onChange({ mode: 'manual', data: { ...EMPTY_MANUAL, personalId } })}
              >
                {t('desk.intake.applicant.typeIn')}
              </Button>
            </Text>
          ) : null}
          {value.person ? (
            <Paper withBorder radius="md" p="sm" bg="navy.0" role="status">
              <Text fw={700}>{value.person.fullName}</Text>
              <Text size="sm">
                {[
                  value.person.personalId,
                  value.person.dateOfBirth
                    ? formatDate(lang, `${value.person.dateOfBirth}T12:00:00+07:00`)
                    : null,
                  value.person.phone,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text size="sm" c="dimmed">
                {[value.person.address.line, value.person.address.unitName].filter(Boolean).join(', ')}
              </Text>
            </Paper>
          ) : null}
        </>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('desk.applicant.name')}
            value={manual.fullName}
            onChange={set('fullName')}
            withAsterisk
            error={errors.fullName}
          />
          <TextInput
            label={t('desk.applicant.personalId')}
            value={manual.personalId}
            onChange={set('personalId')}
            inputMode="numeric"
            maxLength={12}
            error={errors.personalId}
          />
          <TextInput
            label={t('desk.applicant.phone')}
            value={manual.phone}
            onChange={set('phone')}
            type="tel"
            maxLength={10}
            error={errors.phone}
          />
          <TextInput
            label={t('desk.applicant.email')}
            value={manual.email}
            onChange={set('email')}
            type="email"
            error={errors.email}
          />
          <TextInput
            label={t('desk.applicant.address')}
            value={manual.address}
            onChange={set('address')}
            error={errors.address}
            style={{ gridColumn: '1 / -1' }}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
