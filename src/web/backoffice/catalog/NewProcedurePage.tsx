import { Alert, MultiSelect, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { ProcedureAttributes, ProcedureCode } from '../../../contracts/catalog';
import type { ApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { todayInVietnam } from '../../ui/text';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import { createProcedure, setOffered } from './api';
import { type Attributes, ProcedureAttributesForm } from './ProcedureAttributesForm';
import { CATALOG_ROOT } from './paths';
import { useCatalogRights } from './useCatalogRights';
import { VersionEditor } from './VersionEditorPage';
import { blankVersion } from './version-form';

const blank: Attributes = {
  name: '',
  nameEn: null,
  fieldCode: '',
  levels: ['commune'],
  onlineServiceLevel: 'full',
};

/**
 * `/can-bo/thu-tuc/moi`: a new procedure: its code, name, field, levels, online service level and the
 * agencies that receive it, with its first version (period, decision, fees, papers, e-form) in the
 * same editor as any version. One request creates the procedure and its version (audited together);
 * offering it to agencies follows, one request per agency.
 */
export function NewProcedurePage() {
  const t = useT();
  const { lang } = useLang();
  useDocTitle(t('cat.new.title'));
  const rights = useCatalogRights();
  const [code, setCode] = useState('');
  const [attrs, setAttrs] = useState<Attributes>(blank);
  const [agencies, setAgencies] = useState<string[]>([]);
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<ApiError | null>(null);
  const [offerFailed, setOfferFailed] = useState<string[]>([]);
  const initial = useMemo(() => blankVersion(todayInVietnam()), []);

  const problems = useMemo(() => {
    const out: Record<string, string> = {};
    const c = ProcedureCode.safeParse(code);
    if (!c.success) out.code = t('cat.proc.codeInvalid');
    const a = ProcedureAttributes.safeParse(attrs);
    if (!a.success)
      for (const i of a.error.issues) {
        const key = String(i.path[0]);
        out[key] ??= key === 'fieldCode' ? t('cat.proc.fieldMissing') : t('cat.proc.required');
      }
    return out;
  }, [code, attrs, t]);
  const serverFields = server?.fieldProblems() ?? {};
  const error = (path: string) =>
    (shown ? problems[path] : undefined) ??
    serverFields[`body.${path}`]?.[lang] ??
    serverFields[path]?.[lang];

  const before = (
    <Panel title={t('cat.new.attributes')}>
      <Stack gap="md">
        <ProcedureAttributesForm
          value={attrs}
          onChange={setAttrs}
          code={{ value: code, onChange: setCode }}
          error={error}
        />
        <MultiSelect
          label={t('cat.new.agencies')}
          description={t('cat.new.agenciesHelp')}
          searchable
          data={rights.offerAgencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
          value={agencies}
          onChange={setAgencies}
        />
        {offerFailed.length ? (
          <Alert color="orange" variant="light">
            {t('cat.new.offerFailed', { names: offerFailed.join(', ') })}
          </Alert>
        ) : null}
      </Stack>
    </Panel>
  );

  return (
    <VersionEditor
      code=""
      name={attrs.name.trim() || t('cat.new.title')}
      eyebrow={t('cat.new.eyebrow')}
      subtitle={t('cat.new.subtitle')}
      initial={initial}
      before={before}
      beforeProblems={Object.keys(problems).length}
      saveLabel={t('cat.new.save')}
      onAttempt={() => setShown(true)}
      onServerError={(e) => {
        setServer(e);
        setShown(true);
      }}
      onSave={async (draft) => {
        await createProcedure({ ...attrs, code, firstVersion: draft });
        const failed: string[] = [];
        for (const id of agencies)
          await setOffered(code, id, true).catch(() =>
            failed.push(rights.offerAgencies.find((a) => a.id === id)?.name ?? id),
          );
        setOfferFailed(failed);
        return { to: `${CATALOG_ROOT}/${code}`, state: { created: true, offerFailed: failed } };
      }}
    />
  );
}
