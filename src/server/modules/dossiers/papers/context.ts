import type { Executor } from '../../../platform/db';
import type { PinnedVersion } from '../../catalog';
import { findAgencyById, findPersonById } from '../../identity';
import { describeTime } from '../lib/deadline';
import type { PaperContext } from './common';

const FORM_LABEL: Record<string, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
  copy: 'Bản sao',
  electronic_copy: 'Bản điện tử',
};

/** Everything a one-stop paper of this dossier prints, read in the caller's executor. */
export async function paperContext(
  db: Executor,
  input: {
    dossier: {
      code: string;
      agency_id: string;
      applicant: unknown;
      submitted_at: Date | string;
      received_at: Date | string | null;
      due_at: Date | string | null;
    };
    version: PinnedVersion;
    attachedPapers: string[];
    officerId: string | null;
    officerTitle: string;
    publicUrl: string;
    issuedAt: Date;
  },
): Promise<PaperContext> {
  const { dossier, version } = input;
  const agency = await findAgencyById(db, dossier.agency_id);
  const parent = agency?.parentId ? await findAgencyById(db, agency.parentId) : undefined;
  const officer = input.officerId ? await findPersonById(db, input.officerId) : undefined;
  const attached = new Set(input.attachedPapers);
  return {
    agency: {
      name: agency?.name ?? '',
      parentName: parent?.name ?? null,
      place: (agency?.adminUnitName ?? '').replace(/^(Phường|Xã|Đặc khu|Tỉnh|Thành phố)\s+/u, ''),
      address: agency?.address ?? null,
      phone: agency?.phone ?? null,
    },
    dossier: {
      code: dossier.code,
      procedureName: version.procedureName,
      applicant: dossier.applicant as PaperContext['dossier']['applicant'],
      submittedAt: new Date(dossier.submitted_at),
      receivedAt: dossier.received_at ? new Date(dossier.received_at) : null,
      dueAt: dossier.due_at ? new Date(dossier.due_at) : null,
      processingTime: describeTime(version),
      papers: version.documents.flatMap((p, i) =>
        attached.has(`paper:${i}`)
          ? [{ title: p.name, kind: FORM_LABEL[p.form] ?? p.form, quantity: p.quantity }]
          : [],
      ),
    },
    trackingUrl: `${input.publicUrl}/tra-cuu-ho-so?ma=${encodeURIComponent(dossier.code)}`,
    issuedAt: input.issuedAt,
    officer: { name: officer?.fullName ?? '', title: input.officerTitle },
  };
}
