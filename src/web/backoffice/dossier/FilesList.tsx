import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { IconDownload, IconEye, IconFile } from '../../ui/icons';
import css from './dossier.module.css';

export type FileRow = {
  id: string;
  title: string;
  meta: string;
  href: string;
  filename: string;
  badges?: ReactNode;
};

const KB = 1024;
export function formatSize(bytes: number): string {
  return bytes < KB * KB ? `${Math.max(1, Math.round(bytes / KB))} KB` : `${(bytes / KB / KB).toFixed(1)} MB`;
}

/** Papers with "Xem" (the browser's viewer, in a new tab) and "Tải về". */
export function FilesList({ rows, empty }: { rows: FileRow[]; empty: string }) {
  const t = useT();
  if (!rows.length)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <ul className={css.files}>
      {rows.map((f) => (
        <li key={f.id} className={css.file}>
          <span className={css.fileIcon}>
            <IconFile size={20} />
          </span>
          <div className={css.fileText}>
            <Text size="sm" fw={600} lineClamp={2} title={f.title}>
              {f.title}
            </Text>
            <Group gap={6} mt={2}>
              <Text size="xs" c="dimmed">
                {f.meta}
              </Text>
              {f.badges}
            </Group>
          </div>
          <Group gap={4} wrap="nowrap" className={css.fileLinks}>
            <Anchor
              href={f.href}
              target="_blank"
              rel="noopener"
              size="sm"
              className={css.fileLink}
              aria-label={t('desk.file.viewNamed', { name: f.title })}
            >
              <IconEye size={16} />
              {t('desk.file.view')}
            </Anchor>
            <Anchor
              href={f.href}
              download={f.filename}
              size="sm"
              className={css.fileLink}
              aria-label={t('desk.file.downloadNamed', { name: f.title })}
            >
              <IconDownload size={16} />
              {t('desk.file.download')}
            </Anchor>
          </Group>
        </li>
      ))}
    </ul>
  );
}

export function FileBadge({ children }: { children: ReactNode }) {
  return (
    <Badge size="xs" variant="light" color="gray" radius="sm" tt="none">
      {children}
    </Badge>
  );
}
