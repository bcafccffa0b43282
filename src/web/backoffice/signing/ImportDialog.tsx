import { Button, FileInput, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { DeskError } from '../desk/DeskError';
import { type Certificate, importCertificate } from './api';
import { useSigningT } from './messages';

/**
 * Imports a PKCS#12 file with its password. The server refuses a wrong password, an expired or
 * not-yet-valid certificate, one without digitalSignature, a damaged file; its bilingual reason is shown.
 */
export function ImportDialog({
  kind,
  agencyId,
  onClose,
  onDone,
}: {
  kind: 'official' | 'seal';
  agencyId: string;
  onClose: () => void;
  onDone: (c: Certificate) => void;
}) {
  const t = useSigningT();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ file?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...(file ? {} : { file: t('sg.cert.import.needFile') }),
      ...(password ? {} : { password: t('sg.cert.import.needPassword') }),
    };
    setProblems(next);
    if (!file || !password) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await importCertificate({ file, password, kind, agencyId }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sg.cert.import.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('sg.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FileInput
            label={t('sg.cert.import.file')}
            accept=".p12,.pfx,application/x-pkcs12"
            value={file}
            onChange={(f) => {
              setFile(f);
              setProblems((p) => ({ ...p, file: undefined }));
            }}
            error={problems.file}
            clearable
            required
            data-testid="p12-file"
          />
          <PasswordInput
            label={t('sg.cert.import.password')}
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              setProblems((p) => ({ ...p, password: undefined }));
            }}
            error={problems.password}
            autoComplete="off"
            maxLength={200}
            required
          />
          <Text size="xs" c="dimmed">
            {t('sg.cert.import.help')}
          </Text>
          {error ? <DeskError error={error} title={t('sg.cert.import.error')} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('sg.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('sg.cert.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
