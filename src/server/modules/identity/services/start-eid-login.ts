import * as oidc from 'openid-client';
import { AppError } from '../../../platform/errors';
import type { IdentityDeps } from '../deps';
import { deleteExpiredOidcFlows, insertOidcFlow } from '../eid/eid.repo';
import { EID_FLOW_MINUTES, EID_SCOPE, eidSettings } from '../eid/eid-settings';
import { eidConfiguration } from '../eid/oidc-client';

export type EidStart = { kind: 'redirect'; url: string; state: string } | { kind: 'unavailable' };

/**
 * Starts a sign-in with the national eID: authorization code flow with PKCE (S256), state and
 * nonce kept server-side for ten minutes. An unreachable provider is an answer, not an error.
 */
export async function startEidLogin(
  input: { returnTo: string },
  deps: Pick<IdentityDeps, 'db' | 'config' | 'logger'>,
): Promise<EidStart> {
  const settings = eidSettings(deps.config);
  if (!settings) throw new AppError('NOT_FOUND');
  let configuration: oidc.Configuration;
  try {
    configuration = await eidConfiguration(settings);
  } catch (err) {
    deps.logger.error({ err, issuer: settings.issuer }, 'eID provider discovery failed');
    return { kind: 'unavailable' };
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await deps.db.transaction().execute(async (trx) => {
    await deleteExpiredOidcFlows(trx, EID_FLOW_MINUTES);
    await insertOidcFlow(trx, { state, codeVerifier, nonce, returnTo: input.returnTo });
  });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.redirectUri,
    scope: EID_SCOPE,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { kind: 'redirect', url: url.href, state };
}
