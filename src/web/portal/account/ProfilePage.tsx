import { Alert, Button, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { UpdateProfileRequest } from '../../../contracts/identity';
import { type MeData, updateMe } from '../../api/identity';
import { useT } from '../../i18n';
import { useDraft } from '../../session/drafts';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useDocTitle } from '../../ui/useDocTitle';
import { useFormFeedback } from '../../ui/useFormFeedback';
import classes from './account.module.css';
import { AddressSection, ContactSection, IdentitySection } from './ProfileSections';
import { changesOf, type ProfileValues, sameValues, structureProblems, valuesOf } from './profile-form';

/** `/tai-khoan`: the person's own profile. Unsaved input survives an expired session (kept per tab). */
export function ProfilePage() {
  const { me } = useSession();
  // RequireSignIn renders this page only with a person.
  return me ? <ProfileForm me={me} /> : null;
}

function ProfileForm({ me }: { me: MeData }) {
  const t = useT();
  useDocTitle(t('account.nav.profile'));
  const { replaceMe } = useSession();
  const draft = useDraft<ProfileValues>(`profile.${me.id}`);
  const saved = valuesOf(me);
  const [values, setValues] = useState<ProfileValues>(() => draft.load() ?? saved);
  const [restored] = useState(() => {
    const kept = draft.load();
    return kept !== null && !sameValues(kept, saved);
  });
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const feedback = useFormFeedback();
  const statusRef = useRef<HTMLDivElement>(null);
  const locked = me.identityVerifiedBy === 'eid';
  const dirty = !sameValues(values, saved);

  useEffect(() => {
    if (dirty) draft.save(values);
    else draft.discard();
  }, [values, dirty, draft]);

  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    feedback.clear(key);
    setStatus('idle');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changesOf(values, saved, locked);
    const body = feedback.validate(UpdateProfileRequest, changes, {
      fullName: 'profile.fullName.invalid',
      personalId: 'profile.personalId.invalid',
      dateOfBirth: 'profile.dateOfBirth.invalid',
      addressUnitCode: 'profile.address.invalid',
      addressLine: 'profile.addressLine.invalid',
    });
    if (!body || (!locked && structureProblems(values.personalId).length)) return;
    setStatus('saving');
    try {
      const next = await updateMe(body);
      draft.discard();
      replaceMe(next);
      setValues(valuesOf(next));
      setStatus('saved');
      statusRef.current?.focus();
    } catch (error) {
      feedback.fail(error);
      setStatus('idle');
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <div ref={statusRef} tabIndex={-1}>
          {status === 'saved' ? (
            <Alert color="teal" variant="light" role="status">
              {t('profile.saved')}
            </Alert>
          ) : restored && dirty ? (
            <Alert color="navy" variant="light" role="status" title={t('profile.restored.title')}>
              {t('profile.restored')}
            </Alert>
          ) : null}
        </div>
        <IdentitySection me={me} values={values} set={set} error={feedback.error} />
        <ContactSection me={me} />
        <AddressSection values={values} set={set} error={feedback.error} />
        {feedback.serverError ? (
          <ApiErrorAlert error={feedback.serverError} title={t('profile.saveFailed')} />
        ) : null}
        <div className={classes.actions}>
          <Button
            variant="default"
            disabled={!dirty || status === 'saving'}
            onClick={() => {
              setValues(saved);
              feedback.clear();
            }}
          >
            {t('profile.undo')}
          </Button>
          <Button type="submit" loading={status === 'saving'} disabled={!dirty}>
            {t('profile.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
