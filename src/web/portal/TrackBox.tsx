import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { IconFileSearch } from '../ui/icons';
import { PORTAL_PATHS } from './paths';
import classes from './portal.module.css';

/** Dossier lookup by code (mã hồ sơ), as printed on the receipt and appointment slip. */
export function TrackBox() {
  const t = useT();
  const navigate = useNavigate();
  const titleId = useId();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    navigate(`${PORTAL_PATHS.track}?ma=${encodeURIComponent(trimmed)}`);
  };

  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      p="lg"
      className={classes.trackBox}
    >
      <Stack gap="sm">
        <div className={classes.trackHead}>
          <span className={classes.trackIcon}>
            <IconFileSearch size={24} />
          </span>
          <Title order={2} id={titleId} className={classes.trackTitle}>
            {t('portal.track.title')}
          </Title>
        </div>
        <Text size="sm" c="dimmed">
          {t('portal.track.lead')}
        </Text>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <TextInput
              name="ma"
              label={t('portal.track.label')}
              placeholder={t('portal.track.placeholder')}
              value={code}
              maxLength={60}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('portal.track.required') : undefined}
            />
            <Button type="submit" fullWidth variant="outline">
              {t('portal.track.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
