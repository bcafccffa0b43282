import { AppError } from '../../../platform/errors';
import type { Platform } from '../../../platform/platform';
import type { BuiltInCa } from '../pki/ca-store';
import type { TrustStore } from '../pki/trust-store';
import type { Timestamper } from '../pki/tsa';
import { listRevoked } from '../repo/issued.repo';
import { listTrustedRoots } from '../repo/trusted-roots.repo';
import type { SigningSettings } from '../settings';
import type { VerifyOptions } from '../verify/verify-pdf';

/**
 * The PKI of one process: the built-in CA (loaded once), the trust store (rebuilt when the trusted
 * roots change), the built-in CA's current CRLs (regenerated at most once a minute, and at once after a
 * revocation made here), and the time-stamping service.
 */
export type PkiRuntime = {
  ca(): Promise<BuiltInCa>;
  trust(): Promise<TrustStore>;
  invalidateTrust(): void;
  crls(): Promise<{ issuing: Uint8Array; root: Uint8Array } | undefined>;
  invalidateCrls(): void;
  timestamper(): Promise<Timestamper | undefined>;
  verifyOptions(overrides?: Partial<VerifyOptions>): Promise<VerifyOptions>;
};

const CRL_CACHE_MS = 60_000;

export const builtInCaOff = () =>
  new AppError('CONFLICT', {
    vi: 'CA thử nghiệm tích hợp đang tắt (PKI_BUILTIN_CA=off); hãy nhập chứng thư từ tệp .p12 của tổ chức cung cấp dịch vụ.',
    en: 'The built-in demo CA is off (PKI_BUILTIN_CA=off); import a certificate (.p12) from a certification service provider.',
    extra: { reason: 'builtin_ca_off' },
  });

export function createPkiRuntime(
  platform: Pick<Platform, 'db' | 'config'>,
  settings: SigningSettings,
): PkiRuntime {
  const { db, config } = platform;
  let trust: Promise<TrustStore> | undefined;
  let crls: { at: number; value: Promise<{ issuing: Uint8Array; root: Uint8Array }> } | undefined;
  const ca = () => {
    if (!settings.builtInCa) return Promise.reject(builtInCaOff());
    // The PKI code (@peculiar/x509, pkijs) is loaded on first use, not at start-up: it weighs on the
    // idle server's memory (bench/README.md, idle-memory). Likewise below.
    return import('../pki/ca-store').then(({ getBuiltInCa }) =>
      getBuiltInCa({
        dataDir: config.dataDir,
        kek: config.keyEncryptionKey,
        publicUrl: config.publicUrl,
      }),
    );
  };
  const runtime: PkiRuntime = {
    ca,
    trust() {
      trust ??= (async () => {
        const { createTrustStore, readCertificateDir } = await import('../pki/trust-store');
        const entries = settings.trustedRootsDir ? readCertificateDir(settings.trustedRootsDir) : [];
        for (const row of await listTrustedRoots(db))
          entries.push({ der: row.certificate, source: 'database' });
        const intermediates: Uint8Array[] = [];
        if (settings.builtInCa) {
          const builtIn = await ca();
          entries.push({ der: builtIn.root.cert.der, source: 'built-in CA' });
          intermediates.push(builtIn.issuing.cert.der);
        }
        return createTrustStore(entries, intermediates);
      })();
      trust.catch(() => {
        trust = undefined;
      });
      return trust;
    },
    invalidateTrust() {
      trust = undefined;
    },
    async crls() {
      if (!settings.builtInCa) return undefined;
      if (!crls || Date.now() - crls.at > CRL_CACHE_MS) {
        const value = (async () => {
          const [builtIn, { issueCrl }, { publishCrlFiles }] = await Promise.all([
            ca(),
            import('../pki/crl'),
            import('../pki/crl-files'),
          ]);
          const entries = async (issuer: 'root' | 'issuing') =>
            (await listRevoked(db, builtIn.id, issuer)).map((r) => ({
              serialHex: r.serial_hex,
              revokedAt: new Date(r.revoked_at!),
              reason: (r.revocation_reason ?? undefined) as never,
            }));
          const fresh = {
            issuing: await issueCrl(builtIn.issuing, await entries('issuing')),
            root: await issueCrl(builtIn.root, await entries('root')),
          };
          await publishCrlFiles(config.dataDir, fresh);
          return fresh;
        })();
        crls = { at: Date.now(), value };
        value.catch(() => {
          crls = undefined;
        });
      }
      return crls.value;
    },
    invalidateCrls() {
      crls = undefined;
    },
    async timestamper() {
      const { builtInTimestamper, httpTimestamper } = await import('../pki/tsa');
      if (settings.tsaUrl) return httpTimestamper(settings.tsaUrl);
      if (settings.builtInCa) return builtInTimestamper(await ca());
      return undefined;
    },
    async verifyOptions(overrides = {}) {
      return {
        trust: await runtime.trust(),
        revocation: {
          mode: settings.revocationMode,
          crls: async () => {
            const c = await runtime.crls();
            return c ? [c.issuing, c.root] : [];
          },
        },
        ...overrides,
      };
    },
  };
  return runtime;
}
