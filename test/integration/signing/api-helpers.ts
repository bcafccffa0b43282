import { randomBytes } from 'node:crypto';
import type { App } from '../../../src/server/app';
import { as, type Session } from '../../support/identity';

/** A multipart/form-data body with text fields and one file, as a browser sends it. */
export function form(
  fields: Record<string, string>,
  file?: { name: string; content: Uint8Array; type: string },
) {
  const boundary = `----cuaso${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function api(app: App) {
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    s: Session | null,
    body?: Record<string, unknown> | { payload: Buffer; headers: Record<string, string> },
  ) => {
    const multipart = body && 'payload' in body && Buffer.isBuffer(body.payload);
    return app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...(s ? as(s) : {}),
        ...(multipart ? (body as { headers: Record<string, string> }).headers : {}),
      },
      ...(body
        ? { payload: multipart ? (body as { payload: Buffer }).payload : (body as Record<string, unknown>) }
        : {}),
    });
  };
  return {
    get: (url: string, s: Session | null = null) => call('GET', url, s),
    post: (url: string, s: Session | null, body?: Parameters<typeof call>[3]) => call('POST', url, s, body),
    put: (url: string, s: Session | null, body?: Parameters<typeof call>[3]) => call('PUT', url, s, body),
  };
}

export async function agencyIds(app: App) {
  const agencies = (await app.inject('/api/v1/agencies')).json().items as { id: string; orgId: string }[];
  const id = (orgId: string) => agencies.find((a) => a.orgId === orgId)!.id;
  return { hamRong: id('000.31.21.H56'), hacThanh: id('000.32.21.H56'), province: id('000.00.00.H56') };
}
