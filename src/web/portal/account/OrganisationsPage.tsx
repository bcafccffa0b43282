import { Alert, Badge, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { actAs, listMyOrganisations, type Organisation } from '../../api/identity';
import { useT } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { AddOrganisationForm } from './AddOrganisationForm';
import { Section } from './ProfileSections';

const SELF = 'self';

/** `/tai-khoan/to-chuc`: businesses the citizen represents, and for whom they act right now. */
export function OrganisationsPage() {
  const t = useT();
  useDocTitle(t('account.nav.organisations'));
  const { me, refresh } = useSession();
  const [items, setItems] = useState<Organisation[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const [switching, setSwitching] = useState(false);
  const [switched, setSwitched] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems((await listMyOrganisations()).items);
      setError(null);
    } catch (e) {
      setError(toApiError(e));
    }
  }, []);
  useEffect(() => {
    if (me?.kind === 'citizen') void load();
  }, [load, me?.kind]);

  if (!me) return null;
  if (me.kind !== 'citizen')
    return (
      <Alert color="navy" variant="light">
        {t('orgs.citizenOnly')}
      </Alert>
    );

  const onActAs = async (value: string) => {
    setSwitching(true);
    setSwitched(false);
    try {
      await actAs(value === SELF ? null : value);
      await refresh();
      setSwitched(true);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Stack gap="lg">
      {error ? <ApiErrorAlert error={error} /> : null}
      <Section title={t('orgs.actingAs')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('orgs.actingAs.lead')}
        </Text>
        <Radio.Group
          aria-label={t('orgs.actingAs')}
          value={me.actingOrganisationId ?? SELF}
          onChange={(value) => void onActAs(value)}
        >
          <Stack gap="sm">
            <Radio.Card value={SELF} disabled={switching} radius="md" p="md" withBorder>
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={700}>{t('orgs.self', { name: me.fullName })}</Text>
                  <Text size="sm" c="dimmed">
                    {t('orgs.self.desc')}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
            {(items ?? []).map((o) => (
              <Radio.Card key={o.id} value={o.id} disabled={switching} radius="md" p="md" withBorder>
                <Group wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <div>
                    <Text fw={700}>{o.name}</Text>
                    <Group gap={6} mt={4}>
                      <Badge variant="light" color="navy" radius="sm">
                        {t(o.kind === 'business' ? 'orgs.kind.business' : 'orgs.kind.household')}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {t('orgs.taxCode', { code: o.taxCode })} ·{' '}
                        {t(o.role === 'legal_representative' ? 'orgs.role.legal' : 'orgs.role.authorised')}
                      </Text>
                    </Group>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        {switched ? (
          <Text size="sm" c="teal.9" mt="sm" role="status">
            {t('orgs.switched')}
          </Text>
        ) : null}
        {items && items.length === 0 ? (
          <Text size="sm" c="dimmed" mt="sm">
            {t('orgs.empty')}
          </Text>
        ) : null}
      </Section>
      <Section
        title={t('orgs.add')}
        badge={
          adding ? null : (
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('orgs.add.open')}
            </Button>
          )
        }
      >
        {adding ? (
          <AddOrganisationForm
            onCancel={() => setAdding(false)}
            onAdded={(list) => {
              setItems(list);
              setAdding(false);
            }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('orgs.add.lead')}
          </Text>
        )}
      </Section>
    </Stack>
  );
}
