import { z } from 'zod';
import type { Config } from '../../platform/config';

/**
 * Settings of the signing module, from the environment (every message names its variable):
 * - TRUSTED_ROOTS_DIR: PEM/DER root certificates trusted for verification (NEAC, Ban Cơ yếu, commercial CAs);
 * - PKI_BUILTIN_CA: `on` lets the built-in demo CA issue certificates and trusts its root; default on in
 *   demo and test, off in production;
 * - TSA_URL: an RFC 3161 time-stamping service for B-T signatures; default the built-in TSA when the
 *   built-in CA is on;
 * - SIGNING_LEVEL: `B-T` (default when a TSA is available) or `B-B`;
 * - REVOCATION_MODE: `online` (fetch CRL/OCSP of other CAs) or `offline`;
 * - PKI_DEMO_AUTO_ISSUE: `on` gives an official or agency without a certificate a demo one from the
 *   built-in CA the first time they sign; default on in demo mode outside tests (tests see the refusal).
 */
export type SigningSettings = {
  trustedRootsDir: string | undefined;
  builtInCa: boolean;
  tsaUrl: string | undefined;
  level: 'B-B' | 'B-T';
  revocationMode: 'online' | 'offline';
  autoIssueDemo: boolean;
};

const schema = z.object({
  TRUSTED_ROOTS_DIR: z.string().min(1).optional(),
  PKI_BUILTIN_CA: z.enum(['on', 'off']).optional(),
  TSA_URL: z.url().optional(),
  SIGNING_LEVEL: z.enum(['B-B', 'B-T']).optional(),
  REVOCATION_MODE: z.enum(['online', 'offline']).default('online'),
  PKI_DEMO_AUTO_ISSUE: z.enum(['on', 'off']).optional(),
});

export function loadSigningSettings(
  config: Pick<Config, 'demo' | 'env'>,
  env: NodeJS.ProcessEnv = process.env,
): SigningSettings {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new Error(
      `Invalid configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  const e = parsed.data;
  const builtInCa = e.PKI_BUILTIN_CA ? e.PKI_BUILTIN_CA === 'on' : config.demo || config.env === 'test';
  const hasTsa = builtInCa || !!e.TSA_URL;
  return {
    trustedRootsDir: e.TRUSTED_ROOTS_DIR,
    builtInCa,
    tsaUrl: e.TSA_URL,
    level: e.SIGNING_LEVEL ?? (hasTsa ? 'B-T' : 'B-B'),
    revocationMode: e.REVOCATION_MODE,
    autoIssueDemo:
      builtInCa &&
      (e.PKI_DEMO_AUTO_ISSUE ? e.PKI_DEMO_AUTO_ISSUE === 'on' : config.demo && config.env !== 'test'),
  };
}
