import { Badge } from '@mantine/core';
import { useLang, useT } from '../../i18n';
import { formatDateTime } from '../../ui/text';
import { Panel } from '../admin/Panel';
import { controlSlipUrl, type Dossier, fileUrl } from '../desk/api';
import { FileBadge, FilesList, formatSize } from './FilesList';

/** The applicant's papers (thành phần hồ sơ) and the papers the dossier produced (Mẫu 01–06, result). */
export function DossierPapers({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <Panel title={t('desk.section.attachments', { n: dossier.attachments.length })}>
        <FilesList
          empty={t('desk.attachments.empty')}
          rows={dossier.attachments.map((a) => ({
            id: a.id,
            title: a.title,
            meta: `${a.filename} · ${formatSize(a.size)}`,
            href: fileUrl(dossier.id, 'attachments', a.id),
            filename: a.filename,
            badges: (
              <>
                {a.digitised ? <FileBadge>{t('desk.attachments.digitised')}</FileBadge> : null}
                {a.reused ? <FileBadge>{t('desk.attachments.reused')}</FileBadge> : null}
              </>
            ),
          }))}
        />
      </Panel>
      <Panel title={t('desk.section.documents', { n: dossier.documents.length })}>
        <FilesList
          empty={t('desk.documents.empty')}
          rows={[
            ...dossier.documents.map((d) => ({
              id: d.id,
              title: d.name[lang],
              meta: formatDateTime(lang, d.createdAt),
              href: fileUrl(dossier.id, 'documents', d.id),
              filename: `${dossier.code}-${d.kind}.pdf`,
              badges: d.signed ? (
                <Badge size="xs" color="teal" variant="light" radius="sm" tt="none">
                  {t('desk.documents.signed')}
                </Badge>
              ) : null,
            })),
            // Mẫu 06 is drawn from the action log when opened, so it always shows the latest hand-over.
            {
              id: 'control-slip',
              title: t('desk.documents.controlSlip'),
              meta: t('desk.documents.controlSlip.meta'),
              href: controlSlipUrl(dossier.id),
              filename: `phieu-kiem-soat-${dossier.code}.pdf`,
            },
          ]}
        />
      </Panel>
    </>
  );
}
