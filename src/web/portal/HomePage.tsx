import { Button, Container, Grid, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId } from 'react';
import { useNavigate } from 'react-router';
import type { SiteInfo } from '../../contracts/site';
import { useSite } from '../api/site';
import { useT } from '../i18n';
import { IconSearch } from '../ui/icons';
import { useDocTitle } from '../ui/useDocTitle';
import { PORTAL_PATHS } from './paths';
import classes from './portal.module.css';
import { ServiceTiles } from './ServiceTiles';
import { Steps } from './Steps';
import { TrackBox } from './TrackBox';

function Hero({ site }: { site: SiteInfo | null }) {
  const t = useT();
  const navigate = useNavigate();
  const titleId = useId();

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    navigate(q ? `${PORTAL_PATHS.procedures}?q=${encodeURIComponent(q)}` : PORTAL_PATHS.procedures);
  };

  return (
    <section className={classes.hero} aria-labelledby={titleId}>
      <Container size="lg">
        <Text className={classes.eyebrow}>{site?.agency.name ?? t('portal.hero.eyebrow')}</Text>
        <Title order={1} id={titleId} className={classes.heroTitle}>
          {t('portal.hero.title')}
        </Title>
        <Text className={classes.heroLead}>{t('portal.hero.lead')}</Text>
        <search>
          <form onSubmit={onSearch} className={classes.searchForm}>
            <TextInput
              name="q"
              type="search"
              size="lg"
              maxLength={200}
              autoComplete="off"
              label={t('portal.search.label')}
              placeholder={t('portal.search.placeholder')}
              leftSection={<IconSearch size={20} />}
              classNames={{ label: classes.heroLabel, root: classes.searchInput }}
            />
            <Button type="submit" size="lg" color="flagRed" className={classes.searchButton}>
              {t('portal.search.submit')}
            </Button>
          </form>
        </search>
      </Container>
    </section>
  );
}

export function HomePage() {
  const t = useT();
  const { site } = useSite();
  useDocTitle(t('portal.home.docTitle'));
  return (
    <>
      <Hero site={site} />
      <Container size="lg" className={classes.homeBody}>
        <Grid gap={{ base: 'lg', md: 'xl' }}>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <ServiceTiles />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TrackBox />
          </Grid.Col>
        </Grid>
        <Steps />
      </Container>
    </>
  );
}
