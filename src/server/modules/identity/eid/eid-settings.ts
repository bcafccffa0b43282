import { createHmac } from 'node:crypto';
import type { Config } from '../../../platform/config';

/** Where the demo identity provider lives inside Cửa Số (outside /api: it is another party). */
export const SANDBOX_PATH = '/sandbox/eid';
export const SANDBOX_CLIENT_ID = 'cuaso';
export const EID_CALLBACK_PATH = '/api/v1/auth/eid/callback';
/** Standard OpenID Connect scopes; the personal id claim travels with `profile`. */
export const EID_SCOPE = 'openid profile phone email';
/** An eID sign-in not finished within this time starts over (flows older are deleted). */
export const EID_FLOW_MINUTES = 10;

/** The relying-party side of the eID: the same OpenID Connect client for the real provider and the sandbox. */
export type EidSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  personalIdClaim: string;
};

/** Derived, not stored: the sandbox client secret changes with SECRET_KEY and is never configured. */
export const sandboxClientSecret = (config: Config) =>
  createHmac('sha256', config.secretKey).update('eid-sandbox-client').digest('base64url');

export const sandboxIssuer = (config: Config) => `${config.publicUrl}${SANDBOX_PATH}`;

/** The eID client settings, or undefined when eID sign-in is off. */
export function eidSettings(config: Config): EidSettings | undefined {
  const redirectUri = `${config.publicUrl}${EID_CALLBACK_PATH}`;
  switch (config.eid.kind) {
    case 'off':
      return undefined;
    case 'external': {
      const { issuer, clientId, clientSecret, personalIdClaim } = config.eid;
      return { issuer, clientId, clientSecret, redirectUri, personalIdClaim };
    }
    case 'sandbox':
      return {
        issuer: sandboxIssuer(config),
        clientId: SANDBOX_CLIENT_ID,
        clientSecret: sandboxClientSecret(config),
        redirectUri,
        personalIdClaim: config.eid.personalIdClaim,
      };
  }
}

/** The web sign-in page shows a bilingual message for `?eid_error=` (contracts: eidLoginErrorMessages). */
export const eidErrorLocation = (error: string) => `/dang-nhap?eid_error=${encodeURIComponent(error)}`;
