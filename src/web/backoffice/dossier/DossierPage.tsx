import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { actionInfo, type DossierAction, stateInfo } from '../../../contracts/dossier-workflow';
import { formatVnd, type PaymentOrder } from '../../../contracts/payments';
import { type ApiError, toApiError } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { usePaymentT } from '../../portal/payment/messages';
import { IconArrowLeft } from '../../ui/icons';
import { useDocTitle } from '../../ui/useDocTitle';
import { Panel } from '../admin/Panel';
import { useStaff } from '../auth/staff-context';
import { type Dossier, getDossier, getProcedure, type Procedure, setClaim } from '../desk/api';
import { DeskError } from '../desk/DeskError';
import { INBOX_PATH } from '../desk/paths';
import { DossierFeesBlock } from '../payment/DossierFeesBlock';
import { ActionBar } from './ActionBar';
import { ActionDialog } from './ActionDialog';
import { ApplicantBlock } from './ApplicantBlock';
import { DossierHeader } from './DossierHeader';
import { DossierPapers } from './DossierPapers';
import css from './dossier.module.css';
import { FormDataView } from './FormDataView';
import { History } from './History';

/** `/can-bo/ho-so/:id`: everything about one dossier on one screen, and what to do with it. */
export function DossierPage() {
  const t = useT();
  const { lang } = useLang();
  const pt = usePaymentT();
  const me = useStaff();
  const { id = '' } = useParams();
  const location = useLocation();
  const fromIntake = (location.state as { intake?: boolean } | null)?.intake === true;
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [acting, setActing] = useState<DossierAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [claimError, setClaimError] = useState<ApiError | null>(null);
  const [claiming, setClaiming] = useState(false);
  useDocTitle(dossier?.code ?? t('desk.dossier.title'));

  const load = useCallback(async (): Promise<Dossier | null> => {
    try {
      const d = await getDossier(id);
      setDossier(d);
      setError(null);
      return d;
    } catch (e) {
      setError(toApiError(e));
      return null;
    }
  }, [id]);

  // Cash taken for a dossier waiting for its fees: the settlement job confirms the fee a moment
  // after the payment commits, so the page looks again until the dossier has moved on.
  const afterCash = useCallback(
    async (order: PaymentOrder) => {
      setNotice(pt('pay.cash.done', { amount: formatVnd(order.amount), receiptNo: order.receiptNo ?? '' }));
      for (let i = 0; i < 20; i++) {
        const d = await load();
        if (d?.status !== 'fee_requested') return;
        await new Promise((r) => setTimeout(r, 500));
      }
    },
    [load, pt],
  );

  useEffect(() => {
    setDossier(null);
    setNotice(fromIntake ? t('desk.intake.done') : null);
    void load();
  }, [load, fromIntake, t]);

  const code = dossier?.procedureCode;
  useEffect(() => {
    if (code) getProcedure(code).then(setProcedure, () => setProcedure(null));
  }, [code]);

  const claim = async (take: boolean) => {
    if (!dossier) return;
    setClaiming(true);
    setClaimError(null);
    try {
      const { claimedBy } = await setClaim(dossier.id, take);
      setDossier({ ...dossier, claimedBy });
      // The holder's name and time come with the dossier.
      void load();
    } catch (e) {
      setClaimError(toApiError(e));
      void load();
    } finally {
      setClaiming(false);
    }
  };

  if (error && !dossier)
    return (
      <Stack gap="md" maw={900}>
        <BackLink />
        <DeskError error={error} title={t('desk.dossier.loadError')} />
      </Stack>
    );
  if (!dossier) return <Loader aria-label={t('common.loading')} />;

  return (
    <Stack gap="md" maw={1400}>
      <BackLink />
      <DossierHeader
        dossier={dossier}
        actions={
          <ActionBar
            dossier={dossier}
            meId={me.id}
            onAction={(a) => {
              setNotice(null);
              setActing(a);
            }}
            onClaim={(take) => void claim(take)}
            claiming={claiming}
          />
        }
      />
      {notice ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
      {claimError ? <DeskError error={claimError} /> : null}
      {error ? <DeskError error={error} /> : null}

      <div className={css.layout}>
        <Stack gap="md" className={css.main}>
          <Panel title={t('desk.section.form')}>
            <FormDataView data={dossier.formData} procedure={procedure} />
          </Panel>
          <DossierPapers dossier={dossier} />
        </Stack>
        <Stack gap="md" className={css.side}>
          <Panel title={t('desk.section.applicant')}>
            <ApplicantBlock dossier={dossier} />
          </Panel>
          <DossierFeesBlock
            // A new state can change what is owed back (a refused dossier owes nothing): look again.
            key={dossier.status}
            dossierId={dossier.id}
            dossierCode={dossier.code}
            onCashCollected={(order) => void afterCash(order)}
            onRefunded={(r) =>
              setNotice(
                r.status === 'refunded'
                  ? pt('pay.refund.done', { amount: formatVnd(r.amount) })
                  : r.status === 'requested'
                    ? pt('pay.refund.waiting', { amount: formatVnd(r.amount) })
                    : pt('pay.refund.failed', { message: r.gatewayAnswer?.message[lang] ?? '' }),
              )
            }
          />
          <Panel title={t('desk.section.history')}>
            <History history={dossier.history} />
          </Panel>
        </Stack>
      </div>

      {acting ? (
        <ActionDialog
          dossier={dossier}
          action={acting}
          procedure={procedure}
          onClose={() => setActing(null)}
          onStale={load}
          onDone={(next) => {
            setDossier(next);
            setActing(null);
            setNotice(
              t('desk.action.done', {
                action: actionInfo[acting][lang],
                state: stateInfo[next.status][lang],
              }),
            );
          }}
        />
      ) : null}
    </Stack>
  );
}

/** Back to the inbox as it was left (tab, filter, page) when the dossier was opened from it. */
function BackLink() {
  const t = useT();
  const back = (useLocation().state as { back?: string } | null)?.back;
  return (
    <Anchor component={Link} to={back ?? INBOX_PATH} size="sm" className={css.back}>
      <IconArrowLeft size={16} />
      {t('desk.dossier.back')}
    </Anchor>
  );
}
