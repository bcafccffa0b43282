import { randomBytes } from 'node:crypto';
import { ab, OID } from './der';
import { type GeneratedKey, generateKey, type KeySpec, signingAlgorithm } from './keys';
import { buildName, type SubjectInput } from './names';
import { x509 } from './x509';

/**
 * Certificate profiles of the built-in CA:
 * - `official`: a civil servant's signing certificate (chữ ký số cá nhân);
 * - `seal`: an agency's organisation certificate, the electronic "dấu" (chữ ký số cơ quan);
 * - `tsa`: the time-stamping unit (RFC 3161 §2.3: critical EKU timeStamping only);
 * - `issuing-ca`: the CA that issues all of the above, under the root.
 */
export type Profile = 'official' | 'seal' | 'tsa' | 'issuing-ca';

/** The issuer of a certificate: its certificate and a key that signs. */
export type Issuer = { cert: x509.X509Certificate; key: CryptoKey; spec: KeySpec };

export type IssueOptions = {
  profile: Profile;
  subject: SubjectInput;
  keySpec: KeySpec;
  notBefore?: Date;
  notAfter?: Date;
  /** Base URL of this Cửa Số (PUBLIC_URL): CRL, OCSP and CA-certificate locations point there. */
  publicUrl: string;
  /** Tests issue deliberately unusable certificates (e.g. without digitalSignature). */
  keyUsage?: number;
};

export type Issued = { certificate: Uint8Array; key: GeneratedKey; serialHex: string };

export const pkiUrls = (publicUrl: string) => ({
  crl: `${publicUrl}/api/v1/pki/crl`,
  rootCrl: `${publicUrl}/api/v1/pki/crl?ca=root`,
  ocsp: `${publicUrl}/api/v1/pki/ocsp`,
  issuingCert: `${publicUrl}/api/v1/pki/certificates/issuing`,
  rootCert: `${publicUrl}/api/v1/pki/certificates/root`,
});

/** 16 random bytes, positive (RFC 5280 §4.1.2.2: at most 20 octets, non-negative). */
export function randomSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.toString('hex');
}

const YEAR = 365 * 86_400_000;

export async function issueCertificate(issuer: Issuer, options: IssueOptions): Promise<Issued> {
  const key = await generateKey(options.keySpec);
  const certificate = await signCertificate(issuer, key.keys.publicKey, options);
  return {
    certificate,
    key,
    serialHex: new x509.X509Certificate(ab(certificate)).serialNumber.toLowerCase(),
  };
}

/** Signs a certificate for a public key held elsewhere (a token, an HSM, a CSR). */
export async function signCertificate(
  issuer: Issuer,
  publicKey: CryptoKey,
  options: IssueOptions,
): Promise<Uint8Array> {
  const urls = pkiUrls(options.publicUrl);
  const notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  const years = options.profile === 'issuing-ca' ? 10 : options.profile === 'tsa' ? 5 : 2;
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + years * YEAR);
  const F = x509.KeyUsageFlags;
  const extensions: x509.Extension[] = [
    await x509.SubjectKeyIdentifierExtension.create(publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(issuer.cert.publicKey),
  ];
  if (options.profile === 'issuing-ca') {
    extensions.push(
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(F.keyCertSign | F.cRLSign, true),
      new x509.CRLDistributionPointsExtension([urls.rootCrl]),
      new x509.AuthorityInfoAccessExtension({ caIssuers: urls.rootCert }),
    );
  } else {
    extensions.push(new x509.BasicConstraintsExtension(false, undefined, true));
    const usage =
      options.keyUsage ??
      (options.profile === 'tsa' ? F.digitalSignature : F.digitalSignature | F.nonRepudiation);
    extensions.push(new x509.KeyUsagesExtension(usage, true));
    extensions.push(
      options.profile === 'tsa'
        ? new x509.ExtendedKeyUsageExtension([OID.ekuTimeStamping], true)
        : new x509.ExtendedKeyUsageExtension([OID.ekuDocumentSigning, OID.ekuEmailProtection], false),
    );
    extensions.push(
      new x509.CRLDistributionPointsExtension([urls.crl]),
      new x509.AuthorityInfoAccessExtension({ ocsp: urls.ocsp, caIssuers: urls.issuingCert }),
    );
    if (options.subject.email)
      extensions.push(
        new x509.SubjectAlternativeNameExtension([{ type: 'email', value: options.subject.email }]),
      );
  }
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerialHex(),
    subject: buildName(options.subject),
    issuer: issuer.cert.subjectName,
    notBefore,
    notAfter,
    publicKey,
    signingKey: issuer.key,
    signingAlgorithm: signingAlgorithm(issuer.spec),
    extensions,
  });
  return new Uint8Array(cert.rawData);
}

/** The self-signed root of the built-in CA. */
export async function createRoot(subject: SubjectInput, spec: KeySpec) {
  const key = await generateKey(spec);
  const F = x509.KeyUsageFlags;
  const notBefore = new Date(Date.now() - 60_000);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialHex(),
    name: buildName(subject),
    notBefore,
    notAfter: new Date(notBefore.getTime() + 20 * YEAR),
    keys: key.keys,
    signingAlgorithm: signingAlgorithm(spec),
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(F.keyCertSign | F.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(key.keys.publicKey),
    ],
  });
  return { certificate: new Uint8Array(cert.rawData), key };
}
