import { Text } from '@mantine/core';
import { useLang, useT } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { VN_TIME_ZONE } from '../../ui/text';
import type { SaveStatus } from './useAutosave';

/** "Đã lưu nháp lúc 14:32": said quietly to screen readers, never in the way. */
export function DraftStatus({ status }: { status: SaveStatus }) {
  const t = useT();
  const { lang } = useLang();
  let text = '';
  if (status.state === 'saving') text = t('submit.draft.saving');
  if (status.state === 'failed') text = t('submit.draft.failed');
  if (status.state === 'saved')
    text = t('submit.draft.saved', {
      time: new Intl.DateTimeFormat(LOCALES[lang], {
        timeZone: VN_TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
      }).format(status.at),
    });
  return (
    <Text size="sm" c={status.state === 'failed' ? '#8a3a00' : 'dimmed'} role="status" aria-live="polite">
      {text}
    </Text>
  );
}
