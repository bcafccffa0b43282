import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { PageHead } from '../PageHead';
import pages from '../pages.module.css';
import { getScale, listMyComplaints, type MyComplaintsData } from './api';
import { ComplaintForm } from './ComplaintForm';
import { ComplaintItem } from './ComplaintItem';
import classes from './feedback.module.css';
import { useFeedbackT } from './messages';

/** `/phan-anh-kien-nghi`: the citizen's complaints and suggestions with answers, and a new one to any agency. */
export function MyComplaintsPage() {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const { me } = useSession();
  useDocTitle(ft('fb.mine.title'));
  const loaded = useApi((signal) => listMyComplaints(signal), me?.id ?? '');
  const scale = useApi((signal) => getScale(signal), 'scale');
  const [data, setData] = useState<MyComplaintsData | null>(null);
  const [writing, setWriting] = useState(false);
  useEffect(() => setData(loaded.data), [loaded.data]);

  return (
    <div className={pages.page}>
      <PageHead
        eyebrow={me?.fullName}
        title={ft('fb.mine.title')}
        lead={ft('fb.mine.lead')}
        aside={
          writing ? null : (
            <Button variant="light" onClick={() => setWriting(true)}>
              {ft('fb.mine.new')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        {writing ? (
          <section className={pages.panel} aria-labelledby="new-complaint">
            <h2 id="new-complaint" className={pages.panelTitle}>
              {ft('fb.complaint.title')}
            </h2>
            <ComplaintForm scale={scale.data} onSent={() => void loaded.reload()} />
          </section>
        ) : null}
        {loaded.error ? <ApiErrorAlert error={loaded.error} title={ft('fb.loadError')} /> : null}
        {!data && loaded.loading ? <Skeleton height={160} radius="md" /> : null}
        {data?.notices.length ? (
          <section className={pages.panel} aria-labelledby="notices-title">
            <h2 id="notices-title" className={pages.panelTitle}>
              {ft('fb.mine.notices')}
            </h2>
            <Stack gap={6}>
              {data.notices.slice(0, 5).map((n) => (
                <Text key={n.id} size="sm">
                  <Text span fw={600}>
                    {n.title}
                  </Text>{' '}
                  <Text span size="xs" c="dimmed">
                    {formatDateTime(lang, n.createdAt)}
                  </Text>
                </Text>
              ))}
            </Stack>
          </section>
        ) : null}
        {data && data.items.length === 0 ? (
          <Alert color="gray" variant="light">
            {ft('fb.mine.empty')}
          </Alert>
        ) : null}
        {data?.items.length ? (
          <ul className={classes.list}>
            {data.items.map((item) => (
              <ComplaintItem
                key={item.id}
                item={item}
                onChanged={(next) =>
                  setData({ ...data, items: data.items.map((i) => (i.id === next.id ? next : i)) })
                }
              />
            ))}
          </ul>
        ) : null}
      </Stack>
    </div>
  );
}
