import { type ReactNode, useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { type Certificate, issueDemoCertificate } from './api';
import { ImportDialog } from './ImportDialog';
import { useSigningT } from './messages';
import { RevokeDialog } from './RevokeDialog';

export type CertificateActions = {
  /** A test certificate from the built-in CA is being issued. */
  busy: boolean;
  error: ApiError | null;
  /** What the last action did, for a status line. */
  notice: string | null;
  issueDemo: () => Promise<void>;
  openImport: () => void;
  openRevoke: (certificate: Certificate) => void;
  /** The open import or revocation dialog, to render beside the list. */
  dialogs: ReactNode;
};

/**
 * The actions on a list of certificates of one kind (the official's own, or an agency's seal): a demo
 * certificate, a .p12 import, a revocation; each one says what it did and reloads the list.
 */
export function useCertificateActions(
  kind: 'official' | 'seal',
  agencyId: string,
  reload: () => Promise<unknown>,
): CertificateActions {
  const t = useSigningT();
  const [dialog, setDialog] = useState<'import' | { revoke: Certificate } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const finish = async (message: string) => {
    setDialog(null);
    setNotice(message);
    await reload();
  };
  const issueDemo = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const c = await issueDemoCertificate({ kind, agencyId });
      await finish(t('sg.cert.demo.done', { name: c.commonName }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const dialogs =
    dialog === 'import' ? (
      <ImportDialog
        kind={kind}
        agencyId={agencyId}
        onClose={() => setDialog(null)}
        onDone={(c) => void finish(t('sg.cert.import.done', { name: c.commonName }))}
      />
    ) : dialog ? (
      <RevokeDialog
        certificate={dialog.revoke}
        onClose={() => setDialog(null)}
        onDone={(c) => void finish(t('sg.cert.revoke.done', { serial: c.serialNumber }))}
      />
    ) : null;

  return {
    busy,
    error,
    notice,
    issueDemo,
    openImport: () => setDialog('import'),
    openRevoke: (certificate) => setDialog({ revoke: certificate }),
    dialogs,
  };
}
