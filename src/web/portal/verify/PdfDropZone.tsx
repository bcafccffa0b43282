import { Button, Input, Progress, Text } from '@mantine/core';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useLang } from '../../i18n';
import { fileSize } from '../file-size';
import { MAX_PDF_BYTES } from './api';
import { useVerifyT } from './messages';
import css from './verify.module.css';

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/**
 * Drag and drop or pick one PDF. Refuses early what the server would refuse (not a PDF, empty, over the
 * limit) so nobody waits for an upload that cannot succeed; the server checks again.
 */
export function PdfDropZone({
  onFile,
  progress,
  onCancel,
}: {
  onFile: (file: File) => void;
  /** 0–1 while uploading, null otherwise. */
  progress: number | null;
  onCancel: () => void;
}) {
  const t = useVerifyT();
  const { lang } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();
  const max = fileSize(MAX_PDF_BYTES, lang);

  const take = (file: File | undefined) => {
    if (!file) return;
    const name = file.name;
    if (!isPdf(file)) return setProblem(t('verify.drop.type', { name }));
    if (file.size === 0) return setProblem(t('verify.drop.empty', { name }));
    if (file.size > MAX_PDF_BYTES) return setProblem(t('verify.drop.tooLarge', { name, max }));
    setProblem(null);
    onFile(file);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  if (progress !== null)
    return (
      <div className={css.drop} data-busy="true" aria-live="polite">
        <Text fw={600} mb="xs">
          {progress < 1
            ? t('verify.uploading', { percent: Math.round(progress * 100) })
            : t('verify.checking')}
        </Text>
        <Progress
          value={progress * 100}
          animated={progress >= 1}
          aria-label={t('verify.checking')}
          w="100%"
        />
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={onCancel}>
          {t('verify.cancel')}
        </Button>
      </div>
    );

  return (
    <div>
      {/* The zone is a drop target only; the button inside is what keyboards and screen readers use. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: drag and drop has no keyboard equivalent to bind; the file button is one */}
      <div
        className={css.drop}
        data-over={over}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="pdf-drop"
      >
        <Text fw={700} size="lg" className={css.dropTitle}>
          {t('verify.drop.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('verify.drop.or')}
        </Text>
        <Button size="md" onClick={() => input.current?.click()} aria-describedby={hintId}>
          {t('verify.drop.pick')}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          className={css.hiddenInput}
          aria-label={t('verify.drop.label')}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => {
            take(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <Text id={hintId} size="sm" c="gray.7" ta="center">
          {t('verify.drop.limit', { max })}
        </Text>
      </div>
      {problem ? (
        <Input.Error id={errorId} mt={6} role="alert">
          {problem}
        </Input.Error>
      ) : null}
    </div>
  );
}
