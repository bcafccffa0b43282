import { Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SiteInfo } from '../../contracts/site';
import { useT } from '../i18n';
import { FACE_ROOTS } from '../ui/faces';
import { PORTAL_PATHS } from './paths';
import classes from './portal.module.css';

export function PortalFooter({ site }: { site: SiteInfo | null }) {
  const t = useT();
  const pending = t('common.pending');
  const agency = site?.agency;
  return (
    <footer className={classes.footer}>
      <Container size="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <Stack gap={6}>
            <Title order={2} className={classes.footerTitle}>
              {agency?.name ?? t('portal.footer.contact')}
            </Title>
            <Text size="sm">{t('portal.footer.address', { value: agency?.address ?? pending })}</Text>
            <Text size="sm">{t('portal.footer.hotline', { value: agency?.hotline ?? pending })}</Text>
            {agency?.email ? (
              <Text size="sm">{t('portal.footer.email', { value: agency.email })}</Text>
            ) : null}
            {agency ? <Text size="sm">{t('portal.footer.code', { value: agency.code })}</Text> : null}
          </Stack>
          <Stack gap={6}>
            <Title order={2} className={classes.footerTitle}>
              {t('portal.footer.links')}
            </Title>
            <Link to={PORTAL_PATHS.verify} className={classes.footerLink}>
              {t('portal.nav.verify')}
            </Link>
            <Link to={FACE_ROOTS.backoffice} className={classes.footerLink}>
              {t('face.backoffice')}
            </Link>
            <Link to={FACE_ROOTS.ioc} className={classes.footerLink}>
              {t('face.ioc')}
            </Link>
          </Stack>
        </SimpleGrid>
        <Text size="sm" className={classes.footerBottom}>
          {t('portal.footer.poweredBy')}
        </Text>
      </Container>
    </footer>
  );
}
