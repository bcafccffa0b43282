import { CloseButton, Progress, Text } from '@mantine/core';
import type { ApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { IconFile } from '../../ui/icons';
import css from './desk.module.css';

type Props = {
  name: string;
  /** 0 to 1 while the file goes up. */
  progress: number;
  stored: boolean;
  error?: ApiError | undefined;
  onRemove: () => void;
};

/** One file being uploaded: its name, then the progress, "stored" or the server's reason; a remove button. */
export function UploadLine({ name, progress, stored, error, onRemove }: Props) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className={css.upload}>
      <IconFile size={16} />
      <Text size="xs" className={css.uploadName}>
        {name}
      </Text>
      {error ? (
        <Text size="xs" c="flagRed.8" role="alert">
          {error.messageIn(lang)}
        </Text>
      ) : stored ? (
        <Text size="xs" c="teal.9" fw={600}>
          {t('desk.intake.papers.stored')}
        </Text>
      ) : (
        <Progress
          value={progress * 100}
          size="sm"
          w={120}
          aria-label={t('desk.intake.papers.uploading', { name })}
        />
      )}
      <CloseButton size="sm" onClick={onRemove} aria-label={t('desk.intake.papers.remove', { name })} />
    </div>
  );
}
