import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { ProcedureAttributes } from '../../../contracts/catalog';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { type ProcedureData, updateProcedure } from './api';
import { type Attributes, ProcedureAttributesForm } from './ProcedureAttributesForm';

/** Changes a procedure's name, field, levels or online service level (audited by the server). */
export function EditProcedureDialog({
  procedure,
  onClose,
  onSaved,
}: {
  procedure: ProcedureData;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [attrs, setAttrs] = useState<Attributes>({
    name: procedure.name,
    nameEn: procedure.nameEn,
    fieldCode: procedure.field.code,
    levels: procedure.levels,
    onlineServiceLevel: procedure.onlineServiceLevel,
  });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [server, setServer] = useState<ApiError | null>(null);
  const problems = useMemo(() => {
    const out: Record<string, string> = {};
    const parsed = ProcedureAttributes.safeParse(attrs);
    if (!parsed.success)
      for (const i of parsed.error.issues) out[String(i.path[0])] ??= t('cat.proc.required');
    return out;
  }, [attrs, t]);
  const serverFields = server?.fieldProblems() ?? {};
  const error = (path: string) =>
    (tried ? problems[path] : undefined) ?? serverFields[`body.${path}`]?.[lang];

  const save = async () => {
    setTried(true);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setServer(null);
    try {
      await updateProcedure(procedure.code, attrs);
      onSaved();
    } catch (e) {
      setServer(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={t('cat.proc.editTitle', { code: procedure.code })}>
      <Stack gap="md">
        <ProcedureAttributesForm value={attrs} onChange={setAttrs} error={error} />
        {server ? <ApiErrorAlert error={server} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cat.fe.cancel')}
          </Button>
          <Button onClick={save} loading={busy}>
            {t('cat.proc.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
