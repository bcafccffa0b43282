import type { ParsedCert } from '../pki/certificate';
import { type ParsedCrl, parseCrl } from '../pki/crl';
import { ab } from '../pki/der';
import { ocspRequest, readOcspResponse } from '../pki/ocsp';

/**
 * Where revocation information comes from. `online`: CRLs handed in by the caller first (the built-in
 * CA's own, files given to the CLI), then the OCSP responders and CRL distribution points named in the
 * certificate. `offline`: the handed-in CRLs only; no network.
 */
export type RevocationOptions = {
  mode: 'online' | 'offline';
  crls?: () => Promise<Uint8Array[]> | Uint8Array[];
  timeoutMs?: number;
};

export type RevocationResult = {
  status: 'good' | 'revoked' | 'unknown';
  source: 'CRL' | 'OCSP' | null;
  revokedAt?: Date | undefined;
  /** When the information was produced (CRL thisUpdate, OCSP producedAt). */
  issuedAt?: Date | undefined;
  /** Why the status is unknown: nothing to ask (offline, no URL) or no usable answer. */
  reason?: 'offline' | 'no_source' | 'unreachable' | undefined;
};

type Cached<T> = { value: T; until: number };
const ocspCache = new Map<string, Cached<RevocationResult>>();
const crlCache = new Map<string, Cached<ParsedCrl | undefined>>();

const sameName = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

function fromCrl(crl: ParsedCrl, cert: ParsedCert): RevocationResult {
  const entry = crl.revoked.get(cert.serialHex);
  return entry
    ? { status: 'revoked', source: 'CRL', revokedAt: entry.revokedAt, issuedAt: crl.thisUpdate }
    : { status: 'good', source: 'CRL', issuedAt: crl.thisUpdate };
}

async function fetchBytes(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Uint8Array | undefined> {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return undefined;
    const body = new Uint8Array(await res.arrayBuffer());
    return body.length > 10 * 1024 * 1024 ? undefined : body;
  } catch {
    return undefined;
  }
}

async function onlineCrl(url: string, issuer: ParsedCert, timeoutMs: number): Promise<ParsedCrl | undefined> {
  const hit = crlCache.get(url);
  if (hit && hit.until > Date.now()) return hit.value;
  const der = await fetchBytes(url, {}, timeoutMs);
  let crl: ParsedCrl | undefined;
  try {
    crl = der ? parseCrl(der) : undefined;
  } catch {
    crl = undefined;
  }
  if (crl && !(sameName(crl.issuerDer, issuer.subjectDer) && crl.isSignedBy(issuer))) crl = undefined;
  const until = crl?.nextUpdate
    ? Math.min(crl.nextUpdate.getTime(), Date.now() + 3_600_000)
    : Date.now() + 60_000;
  crlCache.set(url, { value: crl, until });
  return crl;
}

async function onlineOcsp(url: string, cert: ParsedCert, issuer: ParsedCert, timeoutMs: number) {
  const key = `${url} ${cert.sha256}`;
  const hit = ocspCache.get(key);
  if (hit && hit.until > Date.now()) return hit.value;
  const der = await fetchBytes(
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request' },
      body: ab(ocspRequest(cert, issuer)),
    },
    timeoutMs,
  );
  let result: RevocationResult | undefined;
  try {
    const answer = der ? readOcspResponse(der, cert, issuer) : undefined;
    if (answer && answer.status.status !== 'unknown')
      result = {
        status: answer.status.status,
        source: 'OCSP',
        revokedAt: answer.status.status === 'revoked' ? answer.status.revokedAt : undefined,
        issuedAt: answer.producedAt,
      };
  } catch {
    result = undefined;
  }
  if (result) ocspCache.set(key, { value: result, until: Date.now() + 5 * 60_000 });
  return result;
}

/** The revocation status of `cert`, whose issuer is `issuer`. Never throws. */
export async function checkRevocation(
  cert: ParsedCert,
  issuer: ParsedCert,
  options: RevocationOptions,
): Promise<RevocationResult> {
  for (const der of (await options.crls?.()) ?? []) {
    let crl: ParsedCrl;
    try {
      crl = parseCrl(der);
    } catch {
      continue;
    }
    if (sameName(crl.issuerDer, issuer.subjectDer) && crl.isSignedBy(issuer)) return fromCrl(crl, cert);
  }
  if (options.mode === 'offline') return { status: 'unknown', source: null, reason: 'offline' };
  if (!cert.ocspUrls.length && !cert.crlUrls.length)
    return { status: 'unknown', source: null, reason: 'no_source' };
  const timeoutMs = options.timeoutMs ?? 5000;
  for (const url of cert.ocspUrls) {
    const answer = await onlineOcsp(url, cert, issuer, timeoutMs);
    if (answer) return answer;
  }
  for (const url of cert.crlUrls) {
    const crl = await onlineCrl(url, issuer, timeoutMs);
    if (crl) return fromCrl(crl, cert);
  }
  return { status: 'unknown', source: null, reason: 'unreachable' };
}
