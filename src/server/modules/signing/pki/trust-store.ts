import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromPemOrDer, type ParsedCert, parseCertificate } from './certificate';

/**
 * Trust anchors (root certificates) and known intermediates. A verifier trusts only what is here: the
 * national root (NEAC), the government root (Ban Cơ yếu), the commercial CAs an operator adds, and in
 * demo mode the built-in CA. Never the operating system's store (vn-standards.md §6.2).
 */
export type TrustStore = {
  anchors: ParsedCert[];
  intermediates: ParsedCert[];
  /** Where each anchor came from (file name, "built-in CA", "database"), by fingerprint. */
  sources: Map<string, string>;
};

export function createTrustStore(
  entries: { der: Uint8Array; source: string }[] = [],
  intermediates: Uint8Array[] = [],
): TrustStore {
  const store: TrustStore = { anchors: [], intermediates: [], sources: new Map() };
  for (const e of entries) addAnchor(store, e.der, e.source);
  for (const der of intermediates) {
    const cert = parseCertificate(der);
    if (!store.intermediates.some((c) => c.sha256 === cert.sha256)) store.intermediates.push(cert);
  }
  return store;
}

export function addAnchor(store: TrustStore, der: Uint8Array, source: string): ParsedCert {
  const cert = parseCertificate(der);
  if (!store.anchors.some((a) => a.sha256 === cert.sha256)) {
    store.anchors.push(cert);
    store.sources.set(cert.sha256, source);
  }
  return cert;
}

export const isAnchor = (store: TrustStore, cert: ParsedCert) =>
  store.anchors.some(
    (a) =>
      a.sha256 === cert.sha256 ||
      (Buffer.compare(Buffer.from(a.subjectDer), Buffer.from(cert.subjectDer)) === 0 &&
        Buffer.compare(Buffer.from(a.spkiDer), Buffer.from(cert.spkiDer)) === 0),
  );

/** Certificates (PEM bundles or DER, `.pem .crt .cer .der`) from a directory, e.g. TRUSTED_ROOTS_DIR. */
export function readCertificateDir(dir: string): { der: Uint8Array; source: string }[] {
  const out: { der: Uint8Array; source: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(pem|crt|cer|der)$/i.test(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    for (const der of fromPemOrDer(new Uint8Array(readFileSync(path)))) {
      parseCertificate(der); // refuse a broken file at start, with its name
      out.push({ der, source: name });
    }
  }
  return out;
}
