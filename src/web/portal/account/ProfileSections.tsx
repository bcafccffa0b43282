import { Badge, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { personalIdMessages } from '../../../contracts/personal-id';
import type { MeData } from '../../api/identity';
import { useLang, useT } from '../../i18n';
import { AddressPicker } from '../../ui/address/AddressPicker';
import { IconLock, IconShieldCheck } from '../../ui/icons';
import { todayInVietnam } from '../../ui/text';
import classes from './account.module.css';
import { type ProfileValues, structureProblems } from './profile-form';

type SectionProps = {
  values: ProfileValues;
  set: <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => void;
  error: (field: string) => string | undefined;
};

export function Section({
  title,
  badge,
  children,
}: {
  title: string;
  badge?: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder radius="md" className={classes.section} aria-labelledby={titleId}>
      <div className={classes.sectionHead}>
        <Title order={2} id={titleId} className={classes.sectionTitle}>
          {title}
        </Title>
        {badge}
      </div>
      {children}
    </Paper>
  );
}

function VerifiedBadge({ by }: { by: MeData['identityVerifiedBy'] }) {
  const t = useT();
  if (by === 'eid')
    return (
      <Badge
        color="teal"
        variant="light"
        size="lg"
        radius="sm"
        tt="none"
        leftSection={<IconShieldCheck size={16} />}
      >
        {t('profile.verified.eid')}
      </Badge>
    );
  if (by === 'desk')
    return (
      <Badge
        color="teal"
        variant="light"
        size="lg"
        radius="sm"
        tt="none"
        leftSection={<IconShieldCheck size={16} />}
      >
        {t('profile.verified.desk')}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" size="lg" radius="sm" tt="none">
      {t('profile.verified.none')}
    </Badge>
  );
}

export function IdentitySection({ me, values, set, error }: SectionProps & { me: MeData }) {
  const t = useT();
  const { lang } = useLang();
  const locked = me.identityVerifiedBy === 'eid';
  const [touchedId, setTouchedId] = useState(false);
  const live = structureProblems(values.personalId);
  const showLive = touchedId || values.personalId.replace(/\s/g, '').length >= 12;
  const idError =
    error('personalId') ?? (showLive && live[0] ? personalIdMessages[live[0]][lang] : undefined);
  const lockIcon = locked ? <IconLock size={16} /> : null;
  return (
    <Section title={t('profile.identity')} badge={<VerifiedBadge by={me.identityVerifiedBy} />}>
      <Stack gap="sm">
        {locked ? (
          <Text size="sm" c="dimmed">
            {t('profile.identity.locked')}
          </Text>
        ) : null}
        <TextInput
          label={t('profile.fullName')}
          autoComplete="name"
          maxLength={120}
          readOnly={locked}
          rightSection={lockIcon}
          value={values.fullName}
          onChange={(e) => set('fullName', e.currentTarget.value)}
          error={error('fullName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('profile.personalId')}
            description={t('profile.personalId.hint')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
            readOnly={locked}
            rightSection={lockIcon}
            value={values.personalId}
            onChange={(e) => set('personalId', e.currentTarget.value.replace(/[^\d\s]/g, ''))}
            onBlur={() => setTouchedId(true)}
            error={idError}
          />
          <TextInput
            type="date"
            label={t('profile.dateOfBirth')}
            description={t('profile.dateOfBirth.hint')}
            min="1900-01-01"
            max={todayInVietnam()}
            readOnly={locked}
            value={values.dateOfBirth}
            onChange={(e) => set('dateOfBirth', e.currentTarget.value)}
            error={error('dateOfBirth')}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('profile.sex')}
          value={values.sex}
          onChange={(value) => !locked && set('sex', value === 'female' ? 'female' : 'male')}
          error={error('sex')}
          readOnly={locked}
        >
          <Group gap="xl" mt={6}>
            <Radio value="male" label={t('profile.sex.male')} disabled={locked && values.sex !== 'male'} />
            <Radio
              value="female"
              label={t('profile.sex.female')}
              disabled={locked && values.sex !== 'female'}
            />
          </Group>
        </Radio.Group>
      </Stack>
    </Section>
  );
}

export function ContactSection({ me }: { me: MeData }) {
  const t = useT();
  const none = t('profile.none');
  return (
    <Section title={t('profile.contact')}>
      <dl className={classes.readonly}>
        <div>
          <dt>{t('profile.phone')}</dt>
          <dd>{me.phone ?? none}</dd>
        </div>
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{me.email ?? none}</dd>
        </div>
      </dl>
      <Text size="sm" c="dimmed" mt="sm">
        {t('profile.contact.hint')}
      </Text>
    </Section>
  );
}

export function AddressSection({ values, set, error }: SectionProps) {
  const t = useT();
  return (
    <Section title={t('profile.address')}>
      <Stack gap="sm">
        <AddressPicker
          value={values.addressUnitCode}
          onChange={(code) => set('addressUnitCode', code)}
          error={error('addressUnitCode')}
        />
        <TextInput
          label={t('profile.addressLine')}
          description={t('profile.addressLine.hint')}
          autoComplete="street-address"
          maxLength={300}
          value={values.addressLine}
          onChange={(e) => set('addressLine', e.currentTarget.value)}
          error={error('addressLine')}
        />
      </Stack>
    </Section>
  );
}
