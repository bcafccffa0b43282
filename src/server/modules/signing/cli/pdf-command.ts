import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../../../platform/config';
import { isAppError } from '../../../platform/errors';
import { demoSealPng, demoSignaturePng } from '../pades/demo-images';
import { type AppearanceRequest, signPdf } from '../pades/sign-pdf';
import { localKeySigner } from '../pades/signer';
import { getBuiltInCa, hasBuiltInCa } from '../pki/ca-store';
import { fromPemOrDer } from '../pki/certificate';
import { crlFile } from '../pki/crl-files';
import { importPkcs12 } from '../pki/pkcs12';
import { createTrustStore, readCertificateDir } from '../pki/trust-store';
import { builtInTimestamper, httpTimestamper, type Timestamper } from '../pki/tsa';
import { loadSigningSettings } from '../settings';
import { verifyPdf } from '../verify/verify-pdf';
import { formatReport } from './print-report';

export const PDF_HELP = `cuaso pdf <command>

  sign --in a.pdf --out b.pdf --p12 file.p12 --password <pw>
       [--level B-T|B-B] [--appearance auto|signer|seal|copy|invisible] [--image sign.png]
       [--page <n, 1-based; -1 = last>] [--copy-line "SAO Y"]... [--reason "..."] [--location "..."]
        add a PAdES signature by incremental update (any PDF; earlier signatures stay valid);
        B-T time-stamps with TSA_URL or the instance's built-in TSA
  verify <file.pdf> [--trust root.pem]... [--crl file.crl]... [--offline] [--json]
        print the report of every signature; exit 0 only when every signature passes.
        Trusted: --trust files, TRUSTED_ROOTS_DIR, and the instance's built-in root if it exists.
        Revocation: --crl files and the instance's last published CRLs first; then, unless --offline,
        the OCSP responders and CRL distribution points named in the certificates`;

type Out = (s: string) => void;

async function timestamper(config: Config): Promise<Timestamper | undefined> {
  const settings = loadSigningSettings(config);
  if (settings.tsaUrl) return httpTimestamper(settings.tsaUrl);
  if (!settings.builtInCa) return undefined;
  return builtInTimestamper(
    await getBuiltInCa({
      dataDir: config.dataDir,
      kek: config.keyEncryptionKey,
      publicUrl: config.publicUrl,
    }),
  );
}

async function sign(args: string[], config: Config, out: Out): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      p12: { type: 'string' },
      password: { type: 'string' },
      level: { type: 'string', default: 'B-T' },
      appearance: { type: 'string', default: 'auto' },
      image: { type: 'string' },
      page: { type: 'string' },
      'copy-line': { type: 'string', multiple: true },
      reason: { type: 'string' },
      location: { type: 'string' },
    },
    strict: true,
  });
  if (!values.in || !values.out || !values.p12 || values.password === undefined)
    return usage(out, '--in, --out, --p12 and --password are required');
  if (values.level !== 'B-B' && values.level !== 'B-T') return usage(out, '--level must be B-B or B-T');
  const identity = importPkcs12(new Uint8Array(readFileSync(values.p12)), values.password);
  const signer = localKeySigner({
    certificate: identity.certificate,
    chain: identity.chain,
    privateKey: identity.privateKey,
  });
  const cert = identity.cert;
  const name = cert.commonName ?? cert.subject;
  const isSeal = /MNS:/.test(cert.subject) || (!!cert.organization && cert.organization === cert.commonName);
  const kind = values.appearance === 'auto' ? (isSeal ? 'seal' : 'signer') : values.appearance;
  const page = values.page
    ? Number(values.page) > 0
      ? Number(values.page) - 1
      : Number(values.page)
    : undefined;
  const at = page !== undefined && Number.isInteger(page) ? { page } : {};
  let appearance: AppearanceRequest;
  const image = values.image ? new Uint8Array(readFileSync(values.image)) : undefined;
  if (kind === 'invisible') appearance = { kind: 'invisible' };
  else if (kind === 'copy')
    appearance = { kind: 'copy', lines: values['copy-line'] ?? ['SAO Y', cert.organization ?? name], ...at };
  else if (kind === 'seal')
    appearance = {
      kind: 'seal',
      image: image ?? demoSealPng(cert.organization ?? name),
      agencyName: cert.organization ?? name,
      ...at,
    };
  else if (kind === 'signer') appearance = { kind: 'signer', image: image ?? demoSignaturePng(name), ...at };
  else return usage(out, '--appearance must be auto, signer, seal, copy or invisible');
  const tsa = values.level === 'B-T' ? await timestamper(config) : undefined;
  const result = await signPdf(new Uint8Array(readFileSync(values.in)), {
    signer,
    level: tsa ? 'B-T' : 'B-B',
    timestamper: tsa,
    appearance,
    reason: values.reason,
    location: values.location,
  });
  writeFileSync(values.out, result.pdf);
  out(
    `signed ${values.in} → ${values.out}: field ${result.fieldName}, ${tsa ? 'PAdES B-T' : 'PAdES B-B'}, by ${name}`,
  );
  return 0;
}

async function verify(args: string[], config: Config, out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      trust: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      offline: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) return usage(out, 'exactly one file to verify');
  const settings = loadSigningSettings(config);
  const entries = (values.trust ?? []).flatMap((path) =>
    fromPemOrDer(new Uint8Array(readFileSync(path))).map((der) => ({ der, source: path })),
  );
  if (settings.trustedRootsDir) entries.push(...readCertificateDir(settings.trustedRootsDir));
  const intermediates: Uint8Array[] = [];
  if (settings.builtInCa && hasBuiltInCa(config.dataDir)) {
    const ca = await getBuiltInCa({
      dataDir: config.dataDir,
      kek: config.keyEncryptionKey,
      publicUrl: config.publicUrl,
    });
    entries.push({ der: ca.root.cert.der, source: 'built-in CA (DATA_DIR)' });
    intermediates.push(ca.issuing.cert.der);
  }
  const crls = (values.crl ?? []).flatMap((path) =>
    fromPemOrDer(new Uint8Array(readFileSync(path)), 'X509 CRL'),
  );
  // The instance's own CRLs, as its server last published them (see lib/runtime.ts).
  for (const which of ['issuing', 'root'] as const)
    if (existsSync(crlFile(config.dataDir, which)))
      crls.push(new Uint8Array(readFileSync(crlFile(config.dataDir, which))));
  const report = await verifyPdf(new Uint8Array(readFileSync(file)), {
    trust: createTrustStore(entries, intermediates),
    revocation: { mode: values.offline ? 'offline' : settings.revocationMode, crls: () => crls },
  });
  out(values.json ? JSON.stringify(report, null, 2) : formatReport(file, report));
  return report.valid ? 0 : 1;
}

export async function pdfCommand(args: string[], config: Config, out: Out): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'sign') return await sign(rest, config, out);
    if (sub === 'verify') return await verify(rest, config, out);
  } catch (e) {
    // Bad input (wrong password, expired certificate, encrypted PDF …): the bilingual message, exit 1.
    if (isAppError(e)) {
      out(`cuaso pdf ${sub}: ${e.vi}\n  ${e.en}`);
      return 1;
    }
    throw e;
  }
  return usage(out, sub ? `unknown pdf command: ${sub}` : 'a pdf command is needed');
}

function usage(out: Out, problem: string): number {
  out(`cuaso pdf: ${problem}\n\n${PDF_HELP}`);
  return 2;
}
