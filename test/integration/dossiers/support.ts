import type { App } from '../../../src/server/app';
import { isDeclaration } from '../../../src/server/modules/dossiers/services/submit-dossier';
import { makePdf, multipartFile } from '../../support/files';
import type { Session } from '../../support/identity';
import { as } from '../../support/identity';

/** Uploads a paper as the signed-in person and returns its upload id. */
export async function upload(
  app: App,
  s: Session,
  filename = 'giay-chung-sinh.pdf',
  content?: Buffer,
): Promise<string> {
  const body = multipartFile(filename, content ?? (await makePdf()));
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...as(s), ...body.headers },
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export async function agencyId(app: App, orgId: string): Promise<string> {
  const items = (await app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
  return items.find((a) => a.orgId === orgId)!.id;
}

/** Index of the mandatory papers of a procedure's version in force. */
export async function mandatoryPapers(app: App, code: string): Promise<number[]> {
  const p = (await app.inject(`/api/v1/procedures/${code}`)).json();
  return (p.currentVersion.documents as { name: string; requirement: string; submission: string }[]).flatMap(
    (d, i) =>
      d.requirement === 'mandatory' && d.submission === 'submit' && !isDeclaration(d.name) ? [i] : [],
  );
}
