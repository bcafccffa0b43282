import { Button, FileButton, Group, Input, Progress, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { IconCheck } from '../../ui/icons';
import { ACCEPTED_TYPES, MAX_UPLOAD_BYTES, uploadPaper } from '../api/upload';
import { PaperBadges } from '../catalogue/ProcedureSections';
import { fileSize } from '../file-size';
import { type AttachedFile, fileKey, MAX_FILES_PER_PAPER, type Paper, paperNeed } from './papers';
import classes from './submit.module.css';

type Props = {
  paper: Paper;
  index: number;
  files: readonly AttachedFile[];
  error: string | undefined;
  hasStore: boolean;
  onAdd: (file: AttachedFile) => void;
  onRemove: (position: number) => void;
  onPickFromStore: () => void;
};

/**
 * One required paper: what it is, and its files (uploaded with progress, or taken from the personal
 * store). A paper of several pages photographed page by page takes several files, in order.
 */
export function PaperSlot({ paper, index, files, error, hasStore, onAdd, onRemove, onPickFromStore }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [progress, setProgress] = useState<number | null>(null);
  const [batch, setBatch] = useState<{ at: number; of: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const need = paperNeed(paper);
  const titleId = `paper-${index}-title`;
  const errorId = `paper-${index}-error`;
  const shownError = uploadError ?? error;

  const uploadOne = async (chosen: File): Promise<boolean> => {
    if (!ACCEPTED_TYPES.includes(chosen.type)) {
      setUploadError(t('papers.upload.type'));
      return false;
    }
    if (chosen.size > MAX_UPLOAD_BYTES) {
      setUploadError(t('papers.upload.tooLarge', { max: fileSize(MAX_UPLOAD_BYTES, lang) }));
      return false;
    }
    abort.current = new AbortController();
    setProgress(0);
    try {
      const done = await uploadPaper(chosen, setProgress, abort.current.signal);
      onAdd({ source: 'upload', uploadId: done.id, name: done.filename, size: done.size });
      return true;
    } catch (e) {
      if (!abort.current?.signal.aborted) setUploadError(toApiError(e).messageIn(lang));
      return false;
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  // The files chosen together go up one after another, in the order chosen; the first refusal stops the rest.
  const upload = async (chosen: File[]) => {
    setUploadError(null);
    const room = MAX_FILES_PER_PAPER - files.length;
    if (chosen.length > room) {
      setUploadError(t('papers.upload.tooMany', { max: MAX_FILES_PER_PAPER }));
      return;
    }
    for (const [i, file] of chosen.entries()) {
      setBatch(chosen.length > 1 ? { at: i + 1, of: chosen.length } : null);
      if (!(await uploadOne(file))) break;
    }
    setBatch(null);
  };

  return (
    <li className={classes.paperSlot} data-need={need}>
      <Text id={titleId} fw={600} mb={6}>
        {paper.name}
      </Text>
      <PaperBadges paper={paper} />
      {paper.condition ? (
        <Text size="sm" c="dimmed" mt={4}>
          {paper.condition}
        </Text>
      ) : null}
      <div className={classes.paperAction}>
        {need === 'declaration' ? (
          <Text c="teal.9" fw={600} className={classes.fileLine}>
            <IconCheck size={18} /> {t('papers.declared')}
          </Text>
        ) : progress !== null ? (
          <div>
            <Text size="sm" mb={4}>
              {batch
                ? t('papers.uploadingOf', { at: batch.at, of: batch.of, percent: Math.round(progress * 100) })
                : t('papers.uploading', { percent: Math.round(progress * 100) })}
            </Text>
            <Progress value={progress * 100} aria-label={t('papers.progress', { name: paper.name })} />
            <Button variant="subtle" size="compact-sm" mt={4} onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          </div>
        ) : null}
        {need !== 'declaration' && progress === null && files.length ? (
          <ol className={classes.fileList}>
            {files.map((file, position) => (
              <li key={fileKey(file)}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text className={classes.fileLine} c="teal.9">
                    <IconCheck size={18} />
                    <span>
                      <strong>{file.name}</strong>
                      {file.size !== null ? ` · ${fileSize(file.size, lang)}` : ''}
                      {file.source === 'store' ? ` · ${t('papers.fromStore')}` : ''}
                    </span>
                  </Text>
                  <Button
                    variant="subtle"
                    color="flagRed"
                    size="compact-sm"
                    onClick={() => onRemove(position)}
                    aria-label={t('papers.removeFile', { name: file.name })}
                  >
                    {t('papers.remove')}
                  </Button>
                </Group>
              </li>
            ))}
          </ol>
        ) : need === 'present' && progress === null ? (
          <Text size="sm" c="dimmed">
            {t('papers.presentNote')}
          </Text>
        ) : null}
        {need !== 'declaration' && progress === null && files.length < MAX_FILES_PER_PAPER ? (
          <Group gap="xs" mt={need === 'present' || files.length ? 'xs' : 0}>
            <FileButton onChange={(f) => void upload(f)} accept={ACCEPTED_TYPES.join(',')} multiple>
              {(props) => (
                <Button
                  {...props}
                  variant={files.length ? 'default' : need === 'mandatory' ? 'filled' : 'light'}
                  aria-describedby={shownError ? `${titleId} ${errorId}` : titleId}
                >
                  {files.length ? t('papers.addPage') : t('papers.upload')}
                </Button>
              )}
            </FileButton>
            {hasStore ? (
              <Button variant="default" onClick={onPickFromStore} aria-describedby={titleId}>
                {t('papers.pick')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {shownError ? (
          <Input.Error id={errorId} mt={6} role="alert">
            {shownError}
          </Input.Error>
        ) : null}
      </div>
    </li>
  );
}
