import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { useLang } from '../../i18n';
import { fileSize } from '../../portal/file-size';
import { Panel } from '../admin/Panel';
import { DeskError } from '../desk/DeskError';
import { certifyCopy, type FoundPerson, findCitizen } from './api';
import { useSigningT } from './messages';
import css from './signing.module.css';

const MAX_SCAN_BYTES = 20 * 1024 * 1024;
const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

type Done = { number: string; url: string; linked: boolean };

/**
 * Chứng thực bản sao điện tử từ bản chính (NĐ 23/2015, NĐ 45/2020 Điều 14): the receiver finds the
 * citizen's account (to send the copy to their personal data store), names the paper, uploads the scan
 * of the original they compared, and the agency issues the signed copy with its book number.
 */
export function CertifyForm({ agencyId, onIssued }: { agencyId: string; onIssued: () => void }) {
  const t = useSigningT();
  const { lang } = useLang();
  const [personalId, setPersonalId] = useState('');
  const [person, setPerson] = useState<FoundPerson | null>(null);
  const [lookup, setLookup] = useState<{ busy: boolean; problem: string | null }>({
    busy: false,
    problem: null,
  });
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [fee, setFee] = useState<number | string>(0);
  const [file, setFile] = useState<File | null>(null);
  const [compared, setCompared] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  /** A field's problem goes away as soon as it is being corrected. */
  const clear = (field: string) =>
    setProblems((p) => {
      const { [field]: _, ...rest } = p;
      return rest;
    });

  const find = async () => {
    if (!/^\d{12}$/.test(personalId)) return setLookup({ busy: false, problem: t('sg.copy.badId') });
    setLookup({ busy: true, problem: null });
    try {
      const found = await findCitizen(personalId);
      setPerson(found);
      setName(found.fullName);
      setLookup({ busy: false, problem: null });
    } catch (e) {
      const err = toApiError(e);
      setPerson(null);
      setLookup({ busy: false, problem: err.status === 404 ? t('sg.copy.notFound') : err.messageIn(lang) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (name.trim().length < 2) next.name = t('sg.copy.required');
    if (title.trim().length < 2) next.title = t('sg.copy.required');
    if (!file) next.file = t('sg.copy.needScan');
    else if (!SCAN_TYPES.includes(file.type)) next.file = t('sg.image.type');
    else if (file.size > MAX_SCAN_BYTES) next.file = t('sg.image.tooLarge');
    if (!compared) next.compared = t('sg.copy.needCompare');
    setProblems(next);
    if (Object.keys(next).length || !file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const copy = await certifyCopy(agencyId, {
        file,
        title: title.trim(),
        requesterName: name.trim(),
        ...(person ? { requesterAccountId: person.id } : {}),
        feeVnd: Number(fee) || 0,
      });
      const url = new URL(copy.verificationUrl, window.location.origin);
      setDone({ number: copy.bookNumber, url: `${url.pathname}${url.search}`, linked: Boolean(person) });
      setTitle('');
      setFile(null);
      setCompared(false);
      onIssued();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel title={t('sg.copy.title')}>
      <Text size="sm" c="dimmed" mb="md">
        {t('sg.copy.lead')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <fieldset className={css.fieldset}>
            <legend>{t('sg.copy.citizen')}</legend>
            <div className={css.person}>
              <TextInput
                label={t('sg.copy.findBy')}
                value={personalId}
                onChange={(e) => {
                  setPersonalId(e.currentTarget.value.replace(/\D/g, '').slice(0, 12));
                  setLookup({ busy: false, problem: null });
                }}
                inputMode="numeric"
                maxLength={12}
                error={lookup.problem}
                w={{ base: '100%', sm: 440 }}
              />
              <Button variant="light" onClick={() => void find()} loading={lookup.busy}>
                {t('sg.copy.find')}
              </Button>
            </div>
            {person ? (
              <Group gap="xs" mt="xs">
                <Text size="sm" c="teal.9" fw={600} data-testid="found-person">
                  {t('sg.copy.found', { name: person.fullName, phone: person.phone ?? '—' })}
                </Text>
                <Button size="compact-sm" variant="subtle" onClick={() => setPerson(null)}>
                  {t('sg.copy.clear')}
                </Button>
              </Group>
            ) : (
              <Text size="xs" c="dimmed" mt="xs">
                {t('sg.copy.noAccount')}
              </Text>
            )}
            <TextInput
              mt="sm"
              label={t('sg.copy.name')}
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                clear('name');
              }}
              error={problems.name}
              maxLength={120}
              required
            />
          </fieldset>
          <TextInput
            label={t('sg.copy.docTitle')}
            placeholder={t('sg.copy.docTitle.placeholder')}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              clear('title');
            }}
            error={problems.title}
            maxLength={300}
            required
          />
          <NumberInput
            label={t('sg.copy.fee')}
            value={fee}
            onChange={setFee}
            min={0}
            max={10_000_000}
            step={1000}
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            w={{ base: '100%', sm: 220 }}
          />
          <FileInput
            label={t('sg.copy.scan')}
            description={t('sg.copy.scan.help', { max: fileSize(MAX_SCAN_BYTES, lang) })}
            accept={SCAN_TYPES.join(',')}
            value={file}
            onChange={(f) => {
              setFile(f);
              clear('file');
            }}
            error={problems.file}
            clearable
            required
            data-testid="scan-file"
          />
          <Checkbox
            label={t('sg.copy.compared')}
            checked={compared}
            onChange={(e) => {
              setCompared(e.currentTarget.checked);
              clear('compared');
            }}
            error={problems.compared}
          />
          {error ? <DeskError error={error} title={t('sg.copy.error')} /> : null}
          {done ? (
            <Alert
              color="teal"
              variant="light"
              title={t('sg.copy.done', { number: done.number })}
              classNames={{ title: css.okTitle }}
              role="status"
            >
              {done.linked ? <Text size="sm">{t('sg.copy.done.store')}</Text> : null}
              <Anchor href={done.url} target="_blank" rel="noopener" size="sm" fw={600}>
                {t('sg.copy.open')}
              </Anchor>
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={busy}>
              {t('sg.copy.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}
