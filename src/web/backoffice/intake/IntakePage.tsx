import { Alert, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { EformError } from '../../../contracts/catalog';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useT } from '../../i18n';
import { type FormValues, initialValues } from '../../ui/eform/form-data';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import classes from '../backoffice.module.css';
import { getProcedure, intakeAtDesk, listProcedures, type Procedure } from '../desk/api';
import { DeskError } from '../desk/DeskError';
import { PaperUploads, papersOf, usePaperUploads } from '../desk/PaperUploads';
import { dossierPath } from '../desk/paths';
import { staffAgencies } from '../desk/roles';
import { type ApplicantChoice, ApplicantStep } from './ApplicantStep';
import { applicantBody, applicantProblems } from './applicant-body';
import { IntakeForm } from './IntakeForm';

const newKey = () => `desk-${crypto.randomUUID()}`;

/** Tiếp nhận hồ sơ: a walk-in applicant's dossier entered, scanned and accepted in one go (receipt at once). */
export function IntakePage() {
  const t = useT();
  const me = useStaff();
  const navigate = useNavigate();
  useDocTitle(t('bo.nav.intake'));
  const agencies = staffAgencies({ ...me, roles: me.roles.filter((r) => r.role === 'receiver') });
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const [code, setCode] = useState<string | null>(null);
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [applicant, setApplicant] = useState<ApplicantChoice>({ mode: 'account', person: null });
  const [form, setForm] = useState<FormValues>({});
  const [key, setKey] = useState(newKey);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const uploads = usePaperUploads();
  const procedures = useApi(
    (signal) => (agencyId ? listProcedures(agencyId, signal) : Promise.resolve(null)),
    agencyId,
  );

  useEffect(() => {
    setProcedure(null);
    if (!code) return;
    let live = true;
    getProcedure(code).then(
      (p) => {
        if (!live) return;
        setProcedure(p);
        setForm(p.currentVersion ? initialValues(p.currentVersion.eform) : {});
      },
      (e: unknown) => live && setError(toApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [code]);

  const eform = procedure?.currentVersion?.eform ?? null;
  const papers = useMemo(() => papersOf(procedure), [procedure]);
  const missing = new Set(
    tried
      ? papers.filter((p) => p.required && !uploads.refs.some((r) => r.paper === p.index)).map((p) => p.index)
      : [],
  );
  const applicantErrors = Object.fromEntries(
    Object.entries(tried ? applicantProblems(applicant) : {}).map(([k, v]) => [k, t(v)]),
  );

  const submit = async (
    check: () => Promise<EformError[]>,
    reveal: () => void,
    setServer: (e: EformError[]) => void,
  ) => {
    setTried(true);
    setError(null);
    reveal();
    const formErrors = await check();
    const body = applicantBody(applicant);
    const lacking = papers.some((p) => p.required && !uploads.refs.some((r) => r.paper === p.index));
    if (
      !procedure ||
      !body ||
      formErrors.length ||
      lacking ||
      uploads.busy ||
      Object.keys(applicantProblems(applicant)).length
    )
      return;
    setBusy(true);
    try {
      const d = await intakeAtDesk(
        { procedureCode: procedure.code, agencyId, formData: form, attachments: uploads.refs, ...body },
        key,
      );
      setKey(newKey());
      uploads.reset();
      navigate(dossierPath(d.id), { state: { intake: true } });
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      const onForm = (err.problem.errors ?? []).filter((f) => f.path.startsWith('body.formData.'));
      setServer(onForm.map((f) => ({ path: f.path.slice('body.formData.'.length), vi: f.vi, en: f.en })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Text className={classes.eyebrow}>{t('face.backoffice')}</Text>
        <Title order={1} className={classes.pageTitle}>
          {t('bo.nav.intake')}
        </Title>
        <Text size="sm" c="dimmed" mt={4} maw={760}>
          {t('desk.intake.lead')}
        </Text>
      </div>
      {!agencies.length ? (
        <Alert color="orange" variant="light">
          {t('desk.intake.notReceiver')}
        </Alert>
      ) : (
        <>
          <Panel title={t('desk.intake.step.applicant')}>
            <ApplicantStep value={applicant} onChange={setApplicant} errors={applicantErrors} />
          </Panel>
          <Panel title={t('desk.intake.step.procedure')}>
            <Group gap="sm" align="flex-start" wrap="wrap">
              {agencies.length > 1 ? (
                <Select
                  label={t('desk.reports.agency')}
                  data={agencies.map((a) => ({ value: a.id, label: a.name }))}
                  value={agencyId}
                  onChange={(v) => {
                    if (!v) return;
                    setAgencyId(v);
                    setCode(null);
                  }}
                  allowDeselect={false}
                  w={{ base: '100%', sm: 340 }}
                />
              ) : null}
              <Select
                label={t('desk.intake.procedure')}
                placeholder={t('desk.intake.procedurePlaceholder')}
                data={(procedures.data?.items ?? []).map((p) => ({
                  value: p.code,
                  label: `${p.name} (${p.code})`,
                }))}
                value={code}
                onChange={setCode}
                searchable
                withAsterisk
                nothingFoundMessage={t('desk.intake.noProcedure')}
                error={tried && !code ? t('desk.intake.chooseProcedure') : undefined}
                style={{ flex: 1, minWidth: 260 }}
              />
            </Group>
            {procedures.error ? <DeskError error={procedures.error} /> : null}
          </Panel>
          {code && !procedure && !error ? <Loader aria-label={t('common.loading')} /> : null}
          {procedure && eform ? (
            <IntakeForm
              eform={eform}
              code={procedure.code}
              validatorUrl={procedure.currentVersion?.eformValidator}
              form={form}
              setForm={setForm}
              onSubmit={submit}
              busy={busy}
              uploading={uploads.busy}
              papers={<PaperUploads papers={papers} uploads={uploads} missing={missing} />}
              error={error}
            />
          ) : procedure ? (
            <Alert color="orange" variant="light">
              {t('desk.intake.noForm')}
            </Alert>
          ) : error ? (
            <DeskError error={error} />
          ) : null}
        </>
      )}
    </Stack>
  );
}
