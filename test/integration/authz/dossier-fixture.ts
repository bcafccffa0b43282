import { birthRegistrationForm } from '../../../src/server/modules/dossiers/seed/sample-forms';
import type { TestContext } from '../../support/app';
import { as, type Session, signInStaff } from '../../support/identity';
import { mandatoryPapers, upload } from '../dossiers/support';

/** Citizen A submits a birth registration at X's agency and the receiver accepts it. */
export async function dossierOfCitizenA(t: TestContext, citizenA: Session, agencyX: string) {
  const papers = await mandatoryPapers(t.app, '1.001193');
  const uploadId = await upload(t.app, citizenA);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { ...as(citizenA), 'idempotency-key': 'matrix-fixture-dossier' },
    payload: {
      procedureCode: '1.001193',
      agencyId: agencyX,
      formData: birthRegistrationForm(),
      attachments: papers.map((paper) => ({ paper, uploadId })),
    },
  });
  if (res.statusCode !== 201) throw new Error(`fixture dossier: ${res.body}`);
  const receiver = await signInStaff(t.app, t.platform, 'motcua.hamrong');
  const accepted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${res.json().id}/actions/accept`,
    headers: as(receiver),
    payload: {},
  });
  if (accepted.statusCode !== 200) throw new Error(`fixture accept: ${accepted.body}`);
  const d = accepted.json();
  return { id: d.id, code: d.code, attachmentId: d.attachments[0].id, documentId: d.documents[0].id };
}
