import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;

export type CertificateKind = 'official' | 'seal';
export type SigningStep = 'official' | 'seal' | 'copy';
export type DocumentKind = 'result' | 'official_document' | 'certified_copy' | 'attachment';
export type DocumentStatus = 'awaiting_signature' | 'signed' | 'revoked' | 'superseded';
/** A space the document's layout left for its signature: 0-based page, rectangle in PDF points. */
export type SignatureBox = { page: number; rect: { x: number; y: number; width: number; height: number } };

export interface SigningCertificateTable {
  id: Generated<string>;
  kind: CertificateKind;
  account_id: string | null;
  agency_id: string;
  agency_path: string;
  source: 'builtin_ca' | 'pkcs12' | 'remote';
  subject: string;
  common_name: string;
  issuer: string;
  serial_hex: string;
  fingerprint: string;
  key_spec: string;
  not_before: Timestamp;
  not_after: Timestamp;
  certificate: Bytes;
  /** The CA certificates to embed, DER concatenated. */
  chain: ColumnType<Uint8Array, Uint8Array | undefined, Uint8Array>;
  private_key_sealed: string | null;
  status: Generated<'active' | 'superseded' | 'revoked'>;
  revoked_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PkiIssuedCertificateTable {
  serial_hex: string;
  ca_id: string;
  issuer: 'root' | 'issuing';
  profile: 'official' | 'seal' | 'tsa' | 'issuing-ca';
  subject: string;
  fingerprint: string;
  not_after: Timestamp;
  issued_at: CreatedAt;
  revoked_at: Timestamp | null;
  revocation_reason: string | null;
}

export interface SigningImageTable {
  owner_type: 'account' | 'agency';
  owner_id: string;
  kind: 'signature' | 'seal';
  png: Bytes;
  sha256: string;
  width: number;
  height: number;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface SignedDocumentTable {
  id: string;
  agency_id: string;
  agency_path: string;
  kind: DocumentKind;
  title: string;
  document_number: string | null;
  reference: string | null;
  holder_account_id: string | null;
  original_sha256: string;
  original_size: number;
  current_sha256: string;
  current_size: number;
  steps: SigningStep[];
  steps_done: Generated<number>;
  signer_account_id: string | null;
  /** Where the paper left room for the signature (migration 0503); written as JSON text. */
  signature_box: ColumnType<SignatureBox | null, string | null | undefined, never>;
  status: DocumentStatus;
  superseded_by: string | null;
  revoked_at: Timestamp | null;
  revocation_reason: string | null;
  issued_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DocumentSignatureTable {
  id: Generated<string>;
  document_id: string;
  step: SigningStep;
  certificate_id: string;
  account_id: string | null;
  agency_id: string;
  field_name: string;
  level: 'B-B' | 'B-T';
  signing_time: Timestamp;
  result_sha256: string;
  created_at: CreatedAt;
}

export interface SigningTrustedRootTable {
  fingerprint: string;
  subject: string;
  certificate: Bytes;
  note: string | null;
  added_by: string | null;
  added_at: CreatedAt;
}

export interface CertificationBookTable {
  agency_id: string;
  year: number;
  seq: number;
  book_number: string;
  document_id: string;
  original_title: string;
  original_sha256: string;
  requester_account_id: string | null;
  requester_name: string;
  certified_by: string;
  fee_vnd: number;
  created_at: CreatedAt;
}

declare module '../../platform/db/types' {
  interface Database {
    signing_certificates: SigningCertificateTable;
    pki_issued_certificates: PkiIssuedCertificateTable;
    signing_images: SigningImageTable;
    signed_documents: SignedDocumentTable;
    document_signatures: DocumentSignatureTable;
    signing_trusted_roots: SigningTrustedRootTable;
    certification_book: CertificationBookTable;
  }
}
