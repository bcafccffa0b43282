import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { Eform, EformError } from '../../../../contracts/catalog';
import { useT } from '../../../i18n';
import { EformRenderer } from '../../../ui/eform/EformRenderer';
import type { FormValues } from '../../../ui/eform/form-data';
import { previewEform } from '../api';
import classes from '../catalog.module.css';

/**
 * The form as a citizen will see it, redrawn on every change, with sample data checked by the server
 * against the unsaved form (debounced): the same renderer and the same messages as the portal.
 */
export function LivePreview({
  eform,
  onDefinitionErrors,
}: {
  eform: Eform;
  onDefinitionErrors: (errors: EformError[] | null) => void;
}) {
  const t = useT();
  const [data, setData] = useState<FormValues>({});
  const [errors, setErrors] = useState<EformError[]>([]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState(false);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewEform(eform, data, controller.signal).then(
        (r) => {
          setOffline(false);
          setErrors(r.errors);
          onDefinitionErrors(r.definitionErrors);
        },
        () => {
          if (!controller.signal.aborted) setOffline(true);
        },
      );
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [eform, data, onDefinitionErrors]);

  const shown = useMemo(
    () => errors.filter((e) => revealed || touched.has(e.path)),
    [errors, revealed, touched],
  );
  return (
    <div className={classes.preview} data-testid="eform-live-preview">
      <Group justify="space-between" gap="xs" mb="sm">
        <Text fw={700} size="sm">
          {t('cat.fe.previewTitle')}
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="light" onClick={() => setRevealed(true)}>
            {t('cat.fe.previewCheck')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => {
              setData({});
              setTouched(new Set());
              setRevealed(false);
            }}
          >
            {t('cat.fe.previewClear')}
          </Button>
        </Group>
      </Group>
      {offline ? (
        <Alert color="orange" variant="light" mb="sm">
          {t('cat.fe.previewOffline')}
        </Alert>
      ) : null}
      {revealed && !offline ? (
        <Alert color={errors.length ? 'orange' : 'teal'} variant="light" mb="sm" role="status">
          {errors.length
            ? t('cat.eform.sampleInvalid', { count: errors.length })
            : t('cat.eform.sampleValid')}
        </Alert>
      ) : null}
      <EformRenderer
        eform={eform}
        data={data}
        onChange={(next) => setData(next)}
        onTouch={(path) => setTouched((prev) => new Set([...prev, path]))}
        errors={shown}
      />
    </div>
  );
}
