import {
  Anchor,
  Badge,
  Button,
  Chip,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  PERSONAL_DOCUMENT_KINDS,
  type PersonalDocument,
  type PersonalDocumentKind,
} from '../../../contracts/dossiers';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { IconShieldCheck } from '../../ui/icons';
import { formatDate } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { Section } from '../account/ProfileSections';
import { listMyDocuments, myDocumentFileUrl } from '../api/dossiers';
import { fileSize } from '../file-size';
import { dossierPath } from '../paths';
import { useStoreT } from './messages';
import classes from './store.module.css';

// Filled with the darkest shades: white text keeps a 4.5:1 contrast on each (WCAG 1.4.3).
const KIND_COLOUR: Record<PersonalDocumentKind, string> = {
  digitised: 'blue.9',
  result: 'teal.9',
  certified_copy: 'grape.9',
  upload: 'gray.7',
};

/**
 * `/tai-khoan/kho-du-lieu`: the citizen's personal data store (NĐ 45/2020 kho quản lý dữ liệu điện tử
 * của cá nhân): each paper with its kind, source dossier, issuer, date, size, how often it was reused,
 * a download, and for signed papers the public verification page their QR code opens.
 */
export function StorePage() {
  const st = useStoreT();
  const { lang } = useLang();
  useDocTitle(st('st.title'));
  const loaded = useApi((signal) => listMyDocuments(signal), 'store');
  const [kind, setKind] = useState<'all' | PersonalDocumentKind>('all');
  const items = loaded.data ?? null;
  const counts = useMemo(() => {
    const c = new Map<PersonalDocumentKind, number>();
    for (const d of items ?? []) c.set(d.kind, (c.get(d.kind) ?? 0) + 1);
    return c;
  }, [items]);
  const shown = items?.filter((d) => kind === 'all' || d.kind === kind) ?? [];

  return (
    <Section title={st('st.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {st('st.lead')}
        </Text>
        {loaded.error ? <ApiErrorAlert error={loaded.error} title={st('st.loadError')} /> : null}
        {!items && !loaded.error ? <Skeleton height={160} radius="md" /> : null}
        {items && items.length === 0 ? <Text>{st('st.empty')}</Text> : null}
        {items && items.length > 0 ? (
          <>
            <Chip.Group multiple={false} value={kind} onChange={(v) => setKind(v as typeof kind)}>
              <Group gap="xs" role="group" aria-label={st('st.filter.label')}>
                <Chip value="all" size="sm">
                  {st('st.filter.all', { n: items.length })}
                </Chip>
                {PERSONAL_DOCUMENT_KINDS.filter((k) => counts.has(k)).map((k) => (
                  <Chip key={k} value={k} size="sm">
                    {st('st.filter.kind', { kind: st(`st.kind.${k}`), n: counts.get(k) ?? 0 })}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {shown.length === 0 ? <Text>{st('st.filter.none')}</Text> : null}
            {shown.length > 0 ? (
              <Table className={classes.table} verticalSpacing="sm" highlightOnHover>
                <Table.Caption className={classes.caption}>
                  {st('st.caption', { n: shown.length })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{st('st.col.paper')}</Table.Th>
                    <Table.Th scope="col">{st('st.col.source')}</Table.Th>
                    <Table.Th scope="col">{st('st.col.date')}</Table.Th>
                    <Table.Th scope="col">{st('st.col.size')}</Table.Th>
                    <Table.Th scope="col">{st('st.col.reuse')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden component="span">{st('st.col.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((d) => (
                    <StoreRow key={d.id} doc={d} lang={lang} />
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            <Text size="xs" c="dimmed">
              {st('st.reuseHint')}
            </Text>
          </>
        ) : null}
      </Stack>
    </Section>
  );
}

function StoreRow({ doc, lang }: { doc: PersonalDocument; lang: 'vi' | 'en' }) {
  const st = useStoreT();
  return (
    <Table.Tr data-kind={doc.kind}>
      <Table.Td data-label={st('st.col.paper')}>
        <Badge
          color={KIND_COLOUR[doc.kind]}
          variant="filled"
          radius="sm"
          mb={4}
          classNames={{ root: classes.kind, label: classes.kindLabel }}
        >
          {st(`st.kind.${doc.kind}`)}
        </Badge>
        <Text size="sm" className={classes.title}>
          {doc.title}
        </Text>
      </Table.Td>
      <Table.Td data-label={st('st.col.source')}>
        {doc.sourceDossier ? (
          <Text size="sm">
            {doc.sourceDossier.linked ? (
              <Anchor component={Link} to={dossierPath(doc.sourceDossier.id)}>
                {st('st.dossier', { code: doc.sourceDossier.code })}
              </Anchor>
            ) : (
              st('st.dossier', { code: doc.sourceDossier.code })
            )}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {st('st.noSource')}
          </Text>
        )}
        {doc.issuedBy ? (
          <Text size="xs" c="dimmed">
            {st('st.issuedBy', { name: doc.issuedBy.name })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td data-label={st('st.col.date')} className={classes.nowrap}>
        <time dateTime={doc.createdAt}>{formatDate(lang, doc.createdAt)}</time>
      </Table.Td>
      <Table.Td data-label={st('st.col.size')} className={classes.nowrap}>
        {fileSize(doc.size, lang)}
      </Table.Td>
      <Table.Td data-label={st('st.col.reuse')} className={classes.nowrap}>
        {doc.reuseCount > 0 ? st('st.reuse.count', { n: doc.reuseCount }) : st('st.reuse.never')}
      </Table.Td>
      <Table.Td>
        <div className={classes.actions}>
          <Button
            component="a"
            href={myDocumentFileUrl(doc.id)}
            download
            size="xs"
            variant="light"
            aria-label={st('st.downloadLabel', { title: doc.title })}
          >
            {st('st.download')}
          </Button>
          {doc.verificationPath ? (
            <Button
              component={Link}
              to={doc.verificationPath}
              size="xs"
              variant="subtle"
              leftSection={<IconShieldCheck size={16} />}
              aria-label={st('st.verifyLabel', { title: doc.title })}
            >
              {st('st.verify')}
            </Button>
          ) : null}
        </div>
      </Table.Td>
    </Table.Tr>
  );
}
