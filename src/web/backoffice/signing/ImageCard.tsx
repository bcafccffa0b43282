import { Alert, Button, FileButton, Group, Input, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { Panel } from '../admin/Panel';
import { DeskError } from '../desk/DeskError';
import { sealImageUrl, signatureImageUrl, uploadImage } from './api';
import { useSigningT } from './messages';
import css from './signing.module.css';

const MAX_BYTES = 1024 * 1024;

/**
 * The signature (or seal) image in use, a preview of a newly chosen PNG on the same checkered
 * background (so a non-transparent background shows), and its upload.
 */
export function ImageCard({
  target,
  readOnly,
}: {
  target: { kind: 'signature' } | { kind: 'seal'; agencyId: string };
  readOnly?: boolean;
}) {
  const t = useSigningT();
  const [version, setVersion] = useState(() => String(Date.now()));
  const [missing, setMissing] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const agencyId = target.kind === 'seal' ? target.agencyId : '';
  const url = target.kind === 'seal' ? sealImageUrl(agencyId, version) : signatureImageUrl(version);

  // A new agency (or a new upload) shows its own image, or says there is none.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address is what changed
  useEffect(() => setMissing(false), [url]);
  useEffect(() => {
    if (!file) return setPreview(null);
    const objectUrl = URL.createObjectURL(file);
    setPreview(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);

  const choose = (f: File | null) => {
    setDone(null);
    setError(null);
    if (!f) return;
    if (f.type !== 'image/png') return setProblem(t('sg.image.type'));
    if (f.size > MAX_BYTES) return setProblem(t('sg.image.tooLarge'));
    setProblem(null);
    setFile(f);
  };
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const image = await uploadImage(target, file);
      setDone(t('sg.image.done', { width: image.width, height: image.height }));
      setFile(null);
      setVersion(image.sha256);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const title = target.kind === 'seal' ? t('sg.image.seal') : t('sg.image.signature');
  return (
    <Panel title={title}>
      <Text size="sm" c="dimmed" mb="md">
        {target.kind === 'seal' ? t('sg.image.seal.lead') : t('sg.image.signature.lead')}
      </Text>
      <div className={css.images}>
        <figure className={css.figure}>
          <figcaption>{t('sg.image.current')}</figcaption>
          <div className={css.checker}>
            {missing ? (
              <Text size="sm" c="dimmed">
                {t('sg.image.none')}
              </Text>
            ) : (
              <img
                src={url}
                alt={title}
                onError={() => setMissing(true)}
                data-testid={`${target.kind}-image`}
              />
            )}
          </div>
        </figure>
        {preview ? (
          <figure className={css.figure}>
            <figcaption>{t('sg.image.preview')}</figcaption>
            <div className={css.checker}>
              <img src={preview} alt={t('sg.image.preview')} />
            </div>
          </figure>
        ) : null}
      </div>
      {readOnly ? null : (
        <Group gap="sm" mt="md">
          <FileButton onChange={choose} accept="image/png">
            {(props) => (
              <Button {...props} variant="default">
                {t('sg.image.choose')}
              </Button>
            )}
          </FileButton>
          <Button onClick={() => void upload()} disabled={!file} loading={busy}>
            {t('sg.image.upload')}
          </Button>
        </Group>
      )}
      {problem ? (
        <Input.Error mt={6} role="alert">
          {problem}
        </Input.Error>
      ) : null}
      {error ? (
        <div className={css.gap}>
          <DeskError error={error} title={t('sg.image.error')} />
        </div>
      ) : null}
      {done ? (
        <Alert color="teal" variant="light" mt="sm" role="status">
          {done}
        </Alert>
      ) : null}
    </Panel>
  );
}
