import { Alert, Stack, Text, Title } from '@mantine/core';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { IconSignature, IconStamp, IconUser } from '../../ui/icons';
import { NotFoundPage } from '../../ui/StatusPage';
import { useDocTitle } from '../../ui/useDocTitle';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { AgencyTab } from './AgencyTab';
import { CertificateTab } from './CertificateTab';
import { CopiesTab } from './CopiesTab';
import { type SigningKey, useSigningT } from './messages';
import { QueueTab } from './QueueTab';
import { SIGNING_ROOT, signingRights } from './rights';
import css from './signing.module.css';

/** `/can-bo/ky-so/*`: the signing queue, my certificate, the agency seal, certified copies. */
export default function SigningArea() {
  const t = useSigningT();
  const me = useStaff();
  useDocTitle(t('sg.title'));
  const rights = signingRights(me);
  const tabs: { slug: string; label: SigningKey; icon: typeof IconUser; shown: boolean }[] = [
    { slug: 'cho-ky', label: 'sg.tab.queue', icon: IconSignature, shown: rights.queue },
    { slug: 'chung-thu', label: 'sg.tab.certificate', icon: IconUser, shown: true },
    { slug: 'co-quan', label: 'sg.tab.agency', icon: IconStamp, shown: rights.sealView.length > 0 },
    { slug: 'chung-thuc', label: 'sg.tab.copies', icon: IconStamp, shown: rights.book.length > 0 },
  ];
  const shown = tabs.filter((tab) => tab.shown);
  const first = shown[0]?.slug ?? 'chung-thu';
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Text className={classes.eyebrow}>{t('sg.eyebrow')}</Text>
        <Title order={1} className={classes.pageTitle}>
          {t('sg.title')}
        </Title>
      </div>
      <nav aria-label={t('sg.nav.label')} className={classes.tabs}>
        {shown.map((tab) => (
          <NavLink key={tab.slug} to={`${SIGNING_ROOT}/${tab.slug}`} className={classes.tab}>
            <tab.icon size={18} />
            <span>{t(tab.label)}</span>
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to={`${SIGNING_ROOT}/${first}`} replace />} />
        <Route path="chung-thu" element={<CertificateTab />} />
        <Route path="cho-ky" element={rights.queue ? <QueueTab /> : <Denied />} />
        <Route path="co-quan" element={rights.sealView.length ? <AgencyTab rights={rights} /> : <Denied />} />
        <Route path="chung-thuc" element={rights.book.length ? <CopiesTab rights={rights} /> : <Denied />} />
        <Route path="*" element={<NotFoundPage homeTo={SIGNING_ROOT} />} />
      </Routes>
    </Stack>
  );
}

function Denied() {
  const t = useSigningT();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('sg.none')}
      classNames={{ title: css.warnTitle }}
      maw={640}
    >
      {t('sg.none.body')}
    </Alert>
  );
}
