import { x509 } from './x509';

/** Subject of a certificate as Vietnamese CAs write it (UTF8String values, C=VN). */
export type SubjectInput = {
  commonName: string;
  organization?: string | undefined;
  organizationalUnit?: string | undefined;
  locality?: string | undefined;
  province?: string | undefined;
  /** Số định danh cá nhân: written as UID=CCCD:<12 digits>, the usual form in Vietnamese certificates. */
  personalId?: string | undefined;
  /** Mã định danh điện tử cơ quan (QCVN 102), as UID=MNS:<org id> for an agency seal. */
  organisationId?: string | undefined;
  email?: string | undefined;
  serialNumber?: string | undefined;
};

const UID = '0.9.2342.19200300.100.1.1';

/** Builds a Name in DER order (country first, common name last). Values are NFC-normalised. */
export function buildName(s: SubjectInput): x509.Name {
  const nfc = (v: string) => v.normalize('NFC').trim();
  const rdns: x509.JsonName = [{ C: ['VN'] }];
  if (s.province) rdns.push({ ST: [nfc(s.province)] });
  if (s.locality) rdns.push({ L: [nfc(s.locality)] });
  if (s.organization) rdns.push({ O: [nfc(s.organization)] });
  if (s.organizationalUnit) rdns.push({ OU: [nfc(s.organizationalUnit)] });
  if (s.personalId) rdns.push({ [UID]: [`CCCD:${s.personalId}`] });
  if (s.organisationId) rdns.push({ [UID]: [`MNS:${s.organisationId}`] });
  if (s.serialNumber) rdns.push({ '2.5.4.5': [s.serialNumber] });
  if (s.email) rdns.push({ E: [s.email] });
  rdns.push({ CN: [nfc(s.commonName)] });
  return new x509.Name(rdns);
}
