import { SimpleGrid, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useT } from '../i18n';
import { IconArrowRight, IconBaby, IconRings, IconShop, IconStamp } from '../ui/icons';
import { PORTAL_PATHS } from './paths';
import classes from './portal.module.css';

// `query` is searched in the catalogue as written (Vietnamese names), whatever the reader's language.
type Service = { key: MessageKey; desc: MessageKey; icon: ReactNode; query: string };

// The four services people ask for most at a commune one-stop desk.
const SERVICES: Service[] = [
  {
    key: 'portal.services.birth',
    desc: 'portal.services.birth.desc',
    icon: <IconBaby size={26} />,
    query: 'khai sinh',
  },
  {
    key: 'portal.services.marriage',
    desc: 'portal.services.marriage.desc',
    icon: <IconRings size={26} />,
    query: 'kết hôn',
  },
  {
    key: 'portal.services.certify',
    desc: 'portal.services.certify.desc',
    icon: <IconStamp size={26} />,
    query: 'chứng thực',
  },
  {
    key: 'portal.services.business',
    desc: 'portal.services.business.desc',
    icon: <IconShop size={26} />,
    query: 'hộ kinh doanh',
  },
];

export function ServiceTiles() {
  const t = useT();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} id={titleId} className={classes.sectionTitle}>
        {t('portal.services.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        {SERVICES.map((service) => (
          <Link
            key={service.key}
            to={`${PORTAL_PATHS.procedures}?q=${encodeURIComponent(service.query)}`}
            className={classes.tile}
          >
            <span className={classes.tileIcon}>{service.icon}</span>
            <span className={classes.tileText}>
              <span className={classes.tileTitle}>{t(service.key)}</span>
              <span className={classes.tileDesc}>{t(service.desc)}</span>
            </span>
            <span className={classes.tileArrow}>
              <IconArrowRight size={20} />
            </span>
          </Link>
        ))}
      </SimpleGrid>
    </section>
  );
}
