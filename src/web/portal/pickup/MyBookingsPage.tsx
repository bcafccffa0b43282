import { Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { dossierPath } from '../paths';
import { listMyBookings } from './api';
import { BookingSlip } from './DossierPickup';
import { usePickupT } from './messages';

/** `/lich-nhan-ket-qua`: the citizen's pickup bookings, latest first, each linking to its dossier. */
export function MyBookingsPage() {
  const pt = usePickupT();
  useDocTitle(pt('pk.mine.title'));
  const loaded = useApi((signal) => listMyBookings(signal), 'mine');
  return (
    <div className={pages.page}>
      <PageHead title={pt('pk.mine.title')} lead={pt('pk.mine.lead')} />
      <Stack gap="md">
        {loaded.error ? <ApiErrorAlert error={loaded.error} title={pt('pk.loadError')} /> : null}
        {!loaded.data && !loaded.error ? <Skeleton height={160} radius="md" /> : null}
        {loaded.data?.items.length === 0 ? <Text c="dimmed">{pt('pk.mine.empty')}</Text> : null}
        {loaded.data?.items.map((b) => (
          <section key={b.id} className={pages.panel}>
            <Text size="sm" mb={6}>
              {pt('pk.mine.dossier')}{' '}
              <Anchor component={Link} to={dossierPath(b.dossierId)} fw={700}>
                {b.dossierCode}
              </Anchor>
            </Text>
            <BookingSlip booking={b} />
          </section>
        ))}
      </Stack>
    </div>
  );
}
