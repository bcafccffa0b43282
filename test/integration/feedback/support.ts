import type { TestContext } from '../../support/app';
import { as, type Session } from '../../support/identity';

/** The demo citizen's dossiers by state (the dossiers demo stops one journey at each step). */
export async function demoDossiersByState(t: TestContext, citizen: Session) {
  const items = (await t.app.inject({ url: '/api/v1/me/dossiers', headers: as(citizen) })).json().items as {
    id: string;
    code: string;
    status: string;
  }[];
  const byState = (s: string) => {
    const d = items.find((i) => i.status === s);
    if (!d) throw new Error(`no demo dossier in state ${s}`);
    return d;
  };
  return byState;
}

export const post = (t: TestContext, s: Session | null, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: s ? as(s) : {}, payload: payload as object });

export const get = (t: TestContext, s: Session | null, url: string) =>
  t.app.inject({ url, headers: s ? as(s) : {} });
