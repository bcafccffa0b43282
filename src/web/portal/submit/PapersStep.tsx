import { Alert, Button, Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useLang, useT } from '../../i18n';
import { formatDate } from '../../ui/text';
import type { PersonalDocumentData } from '../api/dossiers';
import { fileSize } from '../file-size';
import { PaperSlot } from './PaperSlot';
import { type AttachedFile, type Attachments, groupPapers, type Paper } from './papers';
import classes from './submit.module.css';

type Props = {
  papers: Paper[];
  attached: Attachments;
  store: PersonalDocumentData[];
  errors: Record<number, { vi: string; en: string }>;
  onAdd: (index: number, file: AttachedFile) => void;
  onRemove: (index: number, position: number) => void;
  onBack: () => void;
  onNext: () => boolean;
};

/** Step 3: the files of each paper; the declaration is the e-form itself. */
export function PapersStep({ papers, attached, store, errors, onAdd, onRemove, onBack, onNext }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [picking, setPicking] = useState<number | null>(null);
  const [blocked, setBlocked] = useState(false);
  const missing = Object.keys(errors).length;

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('papers.lead')}</Text>
      {blocked && missing ? (
        <Alert color="flagRed" variant="light" role="alert">
          {t('papers.blocked', { n: missing })}
        </Alert>
      ) : null}
      {groupPapers(papers).map(({ group, items }) => (
        <div key={`${group}-${items[0]?.index}`}>
          {group ? <p className={classes.groupLabel}>{group}</p> : null}
          <ul className={classes.paperList}>
            {items.map(({ paper, index }) => (
              <PaperSlot
                key={index}
                paper={paper}
                index={index}
                files={attached[index] ?? []}
                error={errors[index]?.[lang]}
                hasStore={store.length > 0}
                onAdd={(file) => onAdd(index, file)}
                onRemove={(position) => onRemove(index, position)}
                onPickFromStore={() => setPicking(index)}
              />
            ))}
          </ul>
        </div>
      ))}
      <Group justify="space-between">
        <Button variant="default" size="md" onClick={onBack}>
          {t('submit.back')}
        </Button>
        <Button size="md" onClick={() => setBlocked(!onNext())}>
          {t('submit.next')}
        </Button>
      </Group>
      <Modal
        opened={picking !== null}
        onClose={() => setPicking(null)}
        title={t('papers.store.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        <Text size="sm" c="dimmed" mb="sm">
          {picking !== null ? papers[picking]?.name : ''}
        </Text>
        <Stack gap="xs">
          {store.map((doc) => (
            <UnstyledButton
              key={doc.id}
              className={classes.storeItem}
              onClick={() => {
                if (picking !== null)
                  onAdd(picking, {
                    source: 'store',
                    personalDocumentId: doc.id,
                    name: doc.title,
                    size: doc.size,
                  });
                setPicking(null);
              }}
            >
              <Text fw={600}>{doc.title}</Text>
              <Text size="sm" c="dimmed">
                {t(
                  `papers.store.kind.${doc.kind === 'digitised' || doc.kind === 'result' || doc.kind === 'certified_copy' ? doc.kind : 'upload'}`,
                )}{' '}
                · {formatDate(lang, doc.createdAt)} · {fileSize(doc.size, lang)}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      </Modal>
    </Stack>
  );
}
