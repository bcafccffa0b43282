import { Badge, Button, FileButton, Group, Text } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useT } from '../../i18n';
import { IconUpload } from '../../ui/icons';
import type { Procedure } from './api';
import css from './desk.module.css';
import { uploadPaper } from './transfer';
import { UploadLine } from './UploadLine';

export type Paper = { index: number; name: string; required: boolean; present: boolean };
type Item = {
  key: string;
  paper: number;
  name: string;
  progress: number;
  uploadId?: string;
  error?: ApiError;
};

const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** The same rule as the server: the declaration is the e-form itself, not a scan to attach. */
const isDeclaration = (name: string) => /^(tờ khai|mẫu hộ tịch điện tử tương tác)/iu.test(name.trim());

export function papersOf(procedure: Procedure | null): Paper[] {
  return (procedure?.currentVersion?.documents ?? []).flatMap((d, index) =>
    isDeclaration(d.name)
      ? []
      : [
          {
            index,
            name: d.name,
            required: d.requirement === 'mandatory' && d.submission === 'submit',
            present: d.submission === 'present',
          },
        ],
  );
}

/** Scans being uploaded, and the references the intake sends once they are all stored. */
export function usePaperUploads() {
  const [items, setItems] = useState<Item[]>([]);
  const seq = useRef(0);
  const add = useCallback((paper: number, files: File[]) => {
    const patch = (key: string, change: Partial<Item>) =>
      setItems((prev) => prev.map((i) => (i.key === key ? { ...i, ...change } : i)));
    for (const file of files) {
      const key = `u${++seq.current}`;
      setItems((prev) => [...prev, { key, paper, name: file.name, progress: 0 }]);
      uploadPaper(file, (progress) => patch(key, { progress })).then(
        (u) => patch(key, { uploadId: u.id, progress: 1 }),
        (e: unknown) => patch(key, { error: toApiError(e) }),
      );
    }
  }, []);
  const remove = useCallback((key: string) => setItems((prev) => prev.filter((i) => i.key !== key)), []);
  const reset = useCallback(() => setItems([]), []);
  const refs = items.flatMap((i) => (i.uploadId ? [{ paper: i.paper, uploadId: i.uploadId }] : []));
  const busy = items.some((i) => !i.uploadId && !i.error);
  return { items, add, remove, reset, refs, busy };
}

type Props = { papers: Paper[]; uploads: ReturnType<typeof usePaperUploads>; missing: ReadonlySet<number> };

/** One line per required paper (thành phần hồ sơ) with its scans; PDF, JPEG or PNG. */
export function PaperUploads({ papers, uploads, missing }: Props) {
  const t = useT();
  if (!papers.length)
    return (
      <Text size="sm" c="dimmed">
        {t('desk.intake.papers.none')}
      </Text>
    );
  return (
    <ul className={css.papers}>
      {papers.map((p) => {
        const mine = uploads.items.filter((i) => i.paper === p.index);
        return (
          <li key={p.index} className={css.paper} data-missing={missing.has(p.index) || undefined}>
            <div className={css.paperHead}>
              <div className={css.paperName}>
                <Text size="sm" fw={500} lineClamp={2} title={p.name}>
                  {p.name}
                </Text>
                <Group gap={6} mt={4}>
                  {p.required ? (
                    <Badge size="xs" color="flagRed" variant="light" radius="sm" tt="none">
                      {t('desk.intake.papers.required')}
                    </Badge>
                  ) : (
                    <Badge size="xs" color="gray" variant="light" radius="sm" tt="none">
                      {t(p.present ? 'desk.intake.papers.present' : 'desk.intake.papers.optional')}
                    </Badge>
                  )}
                  {missing.has(p.index) ? (
                    <Text size="xs" c="flagRed.8" fw={600}>
                      {t('desk.intake.papers.missing')}
                    </Text>
                  ) : null}
                </Group>
              </div>
              <FileButton onChange={(files) => uploads.add(p.index, files)} accept={ACCEPT} multiple>
                {(props) => (
                  <Button
                    {...props}
                    className={css.paperButton}
                    variant="light"
                    size="xs"
                    leftSection={<IconUpload size={16} />}
                    aria-label={t('desk.intake.papers.scanFor', { name: p.name.slice(0, 80) })}
                  >
                    {t('desk.intake.papers.scan')}
                  </Button>
                )}
              </FileButton>
            </div>
            {mine.map((i) => (
              <UploadLine
                key={i.key}
                name={i.name}
                progress={i.progress}
                stored={Boolean(i.uploadId)}
                error={i.error}
                onRemove={() => uploads.remove(i.key)}
              />
            ))}
          </li>
        );
      })}
    </ul>
  );
}
