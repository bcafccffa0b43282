import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { as, signInStaff } from '../../support/identity';
import type { BirthRegistrationBed } from '../dossiers/support';
import { upload } from '../dossiers/support';

/** The demo citizen files a birth registration at phường Hàm Rồng with `form` (two copies by default). */
export async function fileBirth(bed: BirthRegistrationBed, form: Record<string, unknown>) {
  const uploadId = await upload(bed.t.app, bed.citizen);
  const res = await bed.t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { ...as(bed.citizen), 'idempotency-key': `payments-${randomUUID()}` },
    payload: {
      procedureCode: '1.001193',
      agencyId: bed.hamRong,
      formData: form,
      attachments: bed.papers.map((paper) => ({ paper, uploadId })),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; code: string };
}

/**
 * The citizen's browser at the sandbox gateway: opens the pay page, then submits it with one outcome;
 * returns where the gateway sends the browser back (the IPN has been sent unless told not to).
 */
export async function payAtSandbox(
  bed: Pick<BirthRegistrationBed, 't'>,
  payUrl: string,
  outcome: 'pay' | 'pay_no_ipn' | 'cancel' = 'pay',
) {
  const url = new URL(payUrl);
  const page = await bed.t.app.inject({ url: `${url.pathname}${url.search}` });
  assert.equal(page.statusCode, 200, page.body);
  assert.match(page.body, /Thanh toán/);
  assert.match(page.body, /Hủy/);
  const form = new URLSearchParams(url.search);
  form.set('outcome', outcome);
  form.set('bank', 'NCB');
  const res = await bed.t.app.inject({
    method: 'POST',
    url: '/sandbox/payment/paymentv2/confirm',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
  assert.equal(res.statusCode, 302, res.body);
  return new URL(String(res.headers.location));
}

/** Polls `probe` until it answers (the outbox jobs run a moment after the commit). */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The officials the desk tests act as: Hàm Rồng's receiver and specialist, and another ward's receiver. */
export async function deskSessions(bed: Pick<BirthRegistrationBed, 't'>) {
  const { app, platform } = bed.t;
  return {
    receiver: await signInStaff(app, platform, 'motcua.hamrong'),
    specialist: await signInStaff(app, platform, 'chuyenvien.hamrong'),
    otherReceiver: await signInStaff(app, platform, 'motcua.hacthanh'),
  };
}
