import { Alert, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Version } from '../../../contracts/catalog';
import { useLang, useT } from '../../i18n';
import { useEformCheck } from '../../ui/eform/useEformCheck';
import { formatDateTime } from '../../ui/text';
import { type ProcedureData, validateEform } from '../api/catalog';
import { deleteDraft, type PersonalDocumentData } from '../api/dossiers';
import { submittedPath } from '../paths';
import { AgencyStep } from './AgencyStep';
import { DraftStatus } from './DraftStatus';
import { FormStep } from './FormStep';
import { PapersStep } from './PapersStep';
import { addFile, missingPapers, removeFile, toRefs } from './papers';
import { followAgency } from './prefill';
import { ReviewStep } from './ReviewStep';
import type { Start } from './restore';
import classes from './submit.module.css';
import { useAutosave } from './useAutosave';
import { useSubmission } from './useSubmission';
import { STEP_LABEL, STEPS, type Step, WizardSteps } from './WizardSteps';

type Props = {
  procedure: ProcedureData;
  version: Version;
  start: Start;
  /** A new form, for "Làm lại từ đầu". */
  fresh: () => Start;
  store: PersonalDocumentData[];
};

/** The four steps of an online submission, their shared state, the autosave and the sending. */
export function Wizard({ procedure, version, start, fresh, store }: Props) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const eform = version.eform;
  const [agencyId, setAgencyId] = useState(start.agencyId);
  const [data, setData] = useState(start.data);
  const [attached, setAttached] = useState(start.attached);
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);
  const [prefilled, setPrefilled] = useState(start.prefilled);
  const [paperErrors, setPaperErrors] = useState<Record<number, { vi: string; en: string }>>({});
  const draft = useMemo(() => ({ agencyId, data, attached }), [agencyId, data, attached]);
  const autosave = useAutosave(procedure.code, draft);
  const remote = useCallback(
    (d: unknown, signal: AbortSignal) => validateEform(procedure.code, d, signal),
    [procedure.code],
  );
  const check = useEformCheck({ eform, data, validatorUrl: version.eformValidator, remote });
  const headingRef = useRef<HTMLHeadingElement>(null);

  const requested = STEPS.find((s) => s === params.get('buoc'));
  // A restored draft opens on its form; nothing opens before an agency is chosen.
  const step: Step = !agencyId ? 'co-quan' : (requested ?? (start.restoredAt ? 'to-khai' : 'co-quan'));
  const goTo = useCallback(
    (next: Step) => {
      setParams({ buoc: next });
      void autosave.flush();
    },
    [setParams, autosave],
  );
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, [step]);

  const submission = useSubmission(procedure.code, {
    onDone: (dossier) => {
      autosave.stop();
      navigate(submittedPath(dossier.id), { state: { dossier }, replace: true });
    },
    onRefused: ({ formErrors, paperErrors: papers }) => {
      check.setServerErrors(formErrors);
      setPaperErrors(papers);
      if (formErrors.length) {
        check.reveal();
        goTo('to-khai');
      } else if (Object.keys(papers).length) goTo('giay-to');
    },
  });

  const chooseAgency = (id: string) => {
    const before = procedure.agencies.find((a) => a.id === agencyId)?.name ?? null;
    const after = procedure.agencies.find((a) => a.id === id)?.name;
    setAgencyId(id);
    if (after && 'submittedTo' in ((eform.schema.properties as object | undefined) ?? {}))
      setData((d) => followAgency(d, before, after));
  };

  const startOver = async () => {
    const blank = fresh();
    autosave.discardLocal();
    await deleteDraft(procedure.code).catch(() => undefined);
    setAgencyId(blank.agencyId);
    setData(blank.data);
    setAttached(blank.attached);
    setPrefilled(blank.prefilled);
    setRestoredAt(null);
    check.setServerErrors([]);
    setParams({ buoc: 'co-quan' });
  };

  const toPapers = async () => {
    // Unable to check now (no network for the server's check): go on, the server checks again on sending.
    const errors = await check.check().catch(() => []);
    check.reveal();
    if (errors.length) return false;
    goTo('giay-to');
    return true;
  };

  const toReview = () => {
    const missing = missingPapers(version.documents, attached);
    if (missing.length) {
      const message = { vi: t('papers.missing'), en: t('papers.missing') };
      setPaperErrors((prev) => ({ ...prev, ...Object.fromEntries(missing.map((i) => [i, message])) }));
      return false;
    }
    goTo('xem-lai');
    return true;
  };

  const agency = procedure.agencies.find((a) => a.id === agencyId) ?? null;
  return (
    <>
      <Group justify="space-between" align="center" gap="xs" mb="md" wrap="wrap">
        <WizardSteps current={step} onOpen={goTo} />
        <DraftStatus status={autosave.status} />
      </Group>
      {restoredAt ? (
        <Alert
          color="navy"
          variant="light"
          mb="md"
          role="status"
          withCloseButton
          onClose={() => setRestoredAt(null)}
          closeButtonLabel={t('common.close')}
        >
          <Text size="sm">{t('submit.restored', { at: formatDateTime(lang, restoredAt) })}</Text>
          <Button variant="subtle" size="compact-sm" mt={6} px={0} onClick={() => void startOver()}>
            {t('submit.startOver')}
          </Button>
        </Alert>
      ) : null}
      <section aria-labelledby="wizard-step-title" className={classes.stepBody}>
        <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1} className={classes.stepTitle}>
          {t(STEP_LABEL[step])}
        </h2>
        {step === 'co-quan' ? (
          <AgencyStep
            agencies={procedure.agencies}
            value={agencyId}
            onChange={chooseAgency}
            onNext={() => goTo('to-khai')}
          />
        ) : null}
        {step === 'to-khai' ? (
          <FormStep
            eform={eform}
            data={data}
            check={check}
            prefilled={prefilled}
            onChange={(next, path) => {
              setData(next);
              check.edited(path);
            }}
            onBack={() => goTo('co-quan')}
            onNext={toPapers}
          />
        ) : null}
        {step === 'giay-to' ? (
          <PapersStep
            papers={version.documents}
            attached={attached}
            store={store}
            errors={paperErrors}
            onAdd={(index, file) => {
              setAttached((prev) => addFile(prev, index, file));
              setPaperErrors(({ [index]: _gone, ...rest }) => rest);
            }}
            onRemove={(index, position) => setAttached((prev) => removeFile(prev, index, position))}
            onBack={() => goTo('to-khai')}
            onNext={toReview}
          />
        ) : null}
        {step === 'xem-lai' && agency ? (
          <ReviewStep
            eform={eform}
            data={data}
            agencyName={agency.name}
            papers={version.documents}
            attached={attached}
            status={submission.status}
            onEdit={goTo}
            onSubmit={() =>
              void autosave.settle().then(() =>
                submission.send({
                  procedureCode: procedure.code,
                  agencyId: agency.id,
                  formData: data,
                  attachments: toRefs(attached),
                }),
              )
            }
          />
        ) : null}
      </section>
    </>
  );
}
