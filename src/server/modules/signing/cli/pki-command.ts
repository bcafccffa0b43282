import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../../../platform/config';
import { getBuiltInCa } from '../pki/ca-store';
import { toPem } from '../pki/certificate';
import { issueCertificate } from '../pki/issue';
import { KEY_SPECS, type KeySpec } from '../pki/keys';
import { exportPkcs12 } from '../pki/pkcs12';
import { loadSigningSettings } from '../settings';

export const PKI_HELP = `cuaso pki <command>   (the built-in demo CA of the instance in DATA_DIR)

  export-root --out root.pem
        write the root certificate (PEM) to trust elsewhere (pdfsig, Adobe, another Cửa Số)
  demo-cert --name "<full name>" [--seal] --out file.p12 --password <pw>
            [--org "<agency>"] [--personal-id <12 digits>] [--org-id <000.00.00.H56>]
            [--key RSA-2048|RSA-3072|ECDSA-P256]
        issue a certificate for an official (or, with --seal, an agency seal) as PKCS#12`;

type Out = (s: string) => void;

async function ca(config: Config) {
  if (!loadSigningSettings(config).builtInCa) throw new Error('the built-in CA is off (PKI_BUILTIN_CA=off)');
  return getBuiltInCa({ dataDir: config.dataDir, kek: config.keyEncryptionKey, publicUrl: config.publicUrl });
}

export async function pkiCommand(args: string[], config: Config, out: Out): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      out: { type: 'string' },
      name: { type: 'string' },
      seal: { type: 'boolean', default: false },
      password: { type: 'string' },
      org: { type: 'string' },
      'org-id': { type: 'string' },
      'personal-id': { type: 'string' },
      key: { type: 'string', default: 'RSA-2048' },
    },
    strict: true,
  });
  if (sub === 'export-root') {
    if (!values.out) return usage(out, '--out is required');
    const root = (await ca(config)).root.cert;
    writeFileSync(values.out, toPem(root.der));
    out(`root certificate written to ${values.out}\n  ${root.subject}\n  SHA-256 ${root.sha256}`);
    return 0;
  }
  if (sub === 'demo-cert') {
    if (!values.name || !values.out || values.password === undefined)
      return usage(out, '--name, --out and --password are required');
    if (!KEY_SPECS.includes(values.key as KeySpec))
      return usage(out, `--key must be one of ${KEY_SPECS.join(', ')}`);
    if (values['personal-id'] && !/^\d{12}$/.test(values['personal-id']))
      return usage(out, '--personal-id must be 12 digits');
    const builtIn = await ca(config);
    const name = values.name.normalize('NFC');
    const issued = await issueCertificate(builtIn.issuer('issuing'), {
      profile: values.seal ? 'seal' : 'official',
      keySpec: values.key as KeySpec,
      publicUrl: config.publicUrl,
      subject: values.seal
        ? { commonName: name, organization: values.org ?? name, organisationId: values['org-id'] }
        : { commonName: name, organization: values.org, personalId: values['personal-id'] },
    });
    writeFileSync(
      values.out,
      exportPkcs12({
        certificate: issued.certificate,
        chain: [builtIn.issuing.cert.der],
        pkcs8: issued.key.pkcs8,
        password: values.password,
        friendlyName: name,
      }),
      { mode: 0o600 },
    );
    out(
      `${values.seal ? 'seal' : 'official'} certificate for "${name}" written to ${values.out} (serial ${issued.serialHex}, ${values.key})`,
    );
    return 0;
  }
  return usage(out, sub ? `unknown pki command: ${sub}` : 'a pki command is needed');
}

function usage(out: Out, problem: string): number {
  out(`cuaso pki: ${problem}\n\n${PKI_HELP}`);
  return 2;
}
