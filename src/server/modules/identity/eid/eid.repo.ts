import { sql } from 'kysely';
import type { Executor } from '../../../platform/db';

export async function insertOidcFlow(
  db: Executor,
  flow: { state: string; codeVerifier: string; nonce: string; returnTo: string },
) {
  await db
    .insertInto('oidc_flows')
    .values({
      state: flow.state,
      code_verifier: flow.codeVerifier,
      nonce: flow.nonce,
      return_to: flow.returnTo,
    })
    .execute();
}

/** Deletes the flows started more than `minutes` ago. */
export async function deleteExpiredOidcFlows(db: Executor, minutes: number) {
  await db
    .deleteFrom('oidc_flows')
    .where('created_at', '<', sql<Date>`now() - make_interval(mins => ${minutes})`)
    .execute();
}

/** Takes the flow out in one statement, so a state is used at most once even by concurrent callbacks. */
export async function takeOidcFlow(db: Executor, state: string, minutes: number) {
  return db
    .deleteFrom('oidc_flows')
    .where('state', '=', state)
    .where('created_at', '>=', sql<Date>`now() - make_interval(mins => ${minutes})`)
    .returning(['code_verifier', 'nonce', 'return_to'])
    .executeTakeFirst();
}

export async function findEidLink(db: Executor, issuer: string, subject: string) {
  return db
    .selectFrom('eid_links')
    .select('account_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function insertEidLink(
  db: Executor,
  link: { issuer: string; subject: string; accountId: string },
) {
  await db
    .insertInto('eid_links')
    .values({ issuer: link.issuer, subject: link.subject, account_id: link.accountId })
    .execute();
}
