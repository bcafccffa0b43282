import * as oidc from 'openid-client';
import type { EidSettings } from './eid-settings';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain HTTP only to a provider on this machine (development, tests, the demo sandbox). */
export const isLoopbackHttp = (issuer: string) => {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
};

// One discovery per issuer and client per process; a failed discovery is retried on the next sign-in.
const configurations = new Map<string, Promise<oidc.Configuration>>();

/** The provider's metadata and keys as the client sees them (OpenID Connect Discovery 1.0). */
export function eidConfiguration(settings: EidSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer}\n${settings.clientId}\n${settings.clientSecret}`;
  let found = configurations.get(key);
  if (!found) {
    found = oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      oidc.ClientSecretBasic(settings.clientSecret),
      {
        // Verify the ID token signature against the provider's JWKS too, not only trust TLS
        // (OIDC Core 3.1.3.7 allows skipping it; an identity for public services should not).
        execute: [
          oidc.enableNonRepudiationChecks,
          ...(isLoopbackHttp(settings.issuer) ? [oidc.allowInsecureRequests] : []),
        ],
        timeout: 10,
      },
    );
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}
