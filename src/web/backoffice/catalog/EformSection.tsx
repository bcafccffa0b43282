import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { Eform } from '../../../contracts/catalog';
import { useLang, useT } from '../../i18n';
import { EformPreview } from './EformPreview';

/** The e-form is carried over unchanged (its editor is still to come); it can be previewed here. */
export function EformSection({ eform }: { eform: Eform }) {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const fields = Object.keys(eform.ui.fields).length;
  return (
    <>
      <Alert color="navy" variant="light" mb="md">
        {t('cat.eform.unchanged')}
      </Alert>
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {t('cat.eform.summary', {
            sections: eform.ui.sections.length,
            fields,
            names: eform.ui.sections.map((s) => s.title[lang]).join(' · '),
          })}
        </Text>
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('cat.eform.preview')}
        </Button>
      </Group>
      {open ? <EformPreview eform={eform} opened={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
