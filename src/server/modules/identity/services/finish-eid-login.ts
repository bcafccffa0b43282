import * as oidc from 'openid-client';
import type { EidLoginError } from '../../../../contracts/identity';
import { appendAudit } from '../../../platform/audit';
import { safeEqual } from '../../../platform/crypto';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps, RequestContext } from '../deps';
import { deleteExpiredOidcFlows, takeOidcFlow } from '../eid/eid.repo';
import { readEidClaims } from '../eid/eid-claims';
import { EID_FLOW_MINUTES, eidSettings } from '../eid/eid-settings';
import { eidConfiguration } from '../eid/oidc-client';
import { updateAccount } from '../repo/accounts.repo';
import { createSession, type NewSession } from './create-session';
import { linkEidAccount } from './link-eid-account';

export type EidFinish =
  | { kind: 'signed_in'; session: NewSession; accountId: string; returnTo: string }
  | { kind: 'failed'; error: EidLoginError };

const invalidFlow = () =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Phiên đăng nhập bằng định danh điện tử không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'The eID sign-in is unknown or has expired. Please sign in again.',
    extra: { reason: 'unknown_state' },
  });

/**
 * Completes an eID sign-in from the provider's authorization response: the flow is taken by its
 * state (once), the code exchanged with the PKCE verifier, the ID token's signature, issuer,
 * audience and nonce checked by openid-client, then the account found, linked or created and a
 * session opened in one transaction. Provider-side failures are answers (`failed`), never errors.
 */
export async function finishEidLogin(
  input: {
    state: string;
    /** The authorization response as received (query string included). */
    callbackUrl: URL;
    browserState: string | undefined;
    previousToken?: string | undefined;
    context: RequestContext;
  },
  deps: Pick<IdentityDeps, 'db' | 'config' | 'logger' | 'sessionCache'>,
): Promise<EidFinish> {
  const settings = eidSettings(deps.config);
  if (!settings) throw new AppError('NOT_FOUND');
  if (!input.browserState || !safeEqual(input.browserState, input.state)) throw invalidFlow();
  const flow = await deps.db.transaction().execute(async (trx) => {
    await deleteExpiredOidcFlows(trx, EID_FLOW_MINUTES);
    return takeOidcFlow(trx, input.state, EID_FLOW_MINUTES);
  });
  if (!flow) throw invalidFlow();

  const fail = async (error: EidLoginError, detail: Record<string, unknown> = {}) => {
    await deps.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: { type: 'anonymous' },
        action: 'auth.login_failed',
        data: { method: 'eid', reason: error, issuer: settings.issuer, ...detail },
        requestId: input.context.requestId,
        ip: input.context.ip,
      }),
    );
    return { kind: 'failed' as const, error };
  };

  const providerError = input.callbackUrl.searchParams.get('error');
  if (providerError) {
    return fail(providerError === 'access_denied' ? 'access_denied' : 'provider_error', {
      provider_error: providerError.slice(0, 100),
    });
  }

  let claims: Record<string, unknown>;
  try {
    const configuration = await eidConfiguration(settings);
    const tokens = await oidc.authorizationCodeGrant(configuration, input.callbackUrl, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: input.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = { ...tokens.claims() };
  } catch (err) {
    // Includes an unreachable provider, a refused code and an ID token that does not verify.
    deps.logger.warn({ err, issuer: settings.issuer }, 'eID code exchange failed');
    return fail('provider_error');
  }

  const read = readEidClaims(claims, settings.personalIdClaim);
  if (!read.ok) return fail(read.error, { subject: String(claims.sub ?? '') });
  const { person } = read;

  const outcome = await deps.db.transaction().execute(async (trx) => {
    const found = await linkEidAccount(trx, { issuer: settings.issuer, person, context: input.context });
    if (found.kind === 'refused') {
      await appendAudit(trx, {
        actor: { type: 'anonymous' },
        action: 'auth.login_failed',
        data: { method: 'eid', reason: found.reason, issuer: settings.issuer, subject: person.subject },
        requestId: input.context.requestId,
        ip: input.context.ip,
      });
      return found;
    }
    const session = await createSession(
      trx,
      {
        accountId: found.accountId,
        previousToken: input.previousToken,
        mfaVerified: false,
        context: input.context,
      },
      deps,
    );
    await updateAccount(trx, found.accountId, { last_login_at: new Date() });
    await appendAudit(trx, {
      actor: { type: 'citizen', id: found.accountId },
      action: 'auth.login',
      subject: { type: 'account', id: found.accountId },
      data: { method: 'eid' },
      requestId: input.context.requestId,
      ip: input.context.ip,
    });
    return { kind: 'signed_in' as const, session, accountId: found.accountId, returnTo: flow.return_to };
  });
  if (outcome.kind === 'refused')
    throw new AppError('FORBIDDEN', {
      vi:
        outcome.reason === 'staff_account'
          ? 'Tài khoản cán bộ không đăng nhập bằng định danh điện tử. Hãy dùng tên đăng nhập và mật khẩu.'
          : 'Không thể đăng nhập tài khoản này bằng định danh điện tử. Vui lòng liên hệ bộ phận một cửa.',
      en:
        outcome.reason === 'staff_account'
          ? 'Staff accounts do not sign in with the national eID. Use the username and password.'
          : 'This account cannot sign in with the national eID. Please contact the one-stop desk.',
      extra: { reason: outcome.reason },
    });
  return outcome;
}
