import { Button } from '@mantine/core';
import { EidLoginError, eidLoginErrorMessages } from '../../../contracts/identity';
import { type Lang, type Translate, useT } from '../../i18n';
import { IconShieldCheck } from '../../ui/icons';
import classes from './auth.module.css';

/** A full-page navigation: the server sends the person to the national eID and back. */
export function EidButton({ returnTo }: { returnTo: string }) {
  const t = useT();
  return (
    <Button
      component="a"
      href={`/api/v1/auth/eid/start?returnTo=${encodeURIComponent(returnTo)}`}
      size="md"
      variant="default"
      fullWidth
      leftSection={
        <span className={classes.eidIcon}>
          <IconShieldCheck size={22} />
        </span>
      }
      className={classes.eid}
    >
      {t('auth.eid.button')}
    </Button>
  );
}

/** The message for `?eid_error=<code>`: the shared contract's, or the general one for a code it does not know. */
export function eidErrorMessage(code: string, lang: Lang, t: Translate): string {
  const known = EidLoginError.safeParse(code);
  return known.success ? eidLoginErrorMessages[known.data][lang] : t('auth.eid.error.generic');
}
