import { randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { birthRegistrationForm } from '../../src/server/modules/dossiers/seed/sample-forms';
import { signInApi } from './support';

// Dossiers for the browser tests. The e2e data directory outlives a run: each spec files its own
// dossiers instead of relying on the demo ones.

export type Filed = { id: string; code: string };

const BIRTH_REGISTRATION = '1.001193';

/** A one-page PDF standing for the hospital's birth certificate (giấy chứng sinh). */
export async function birthCertificatePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('GIAY CHUNG SINH - e2e', { x: 60, y: 760, size: 18, font });
  return Buffer.from(await pdf.save());
}

/**
 * The demo citizen (0900000001) files a birth registration at phường Hàm Rồng through the API, as the
 * portal would: signed in on `api`, with every mandatory paper that is not the e-form itself.
 */
export async function fileBirthRegistration(api: APIRequestContext, childName?: string): Promise<Filed> {
  const headers = await signInApi(api, '0900000001');
  const procedure = (await (await api.get(`/api/v1/procedures/${BIRTH_REGISTRATION}`)).json()) as {
    agencies: { id: string; name: string }[];
    currentVersion: { documents: { name: string; requirement: string; submission: string }[] };
  };
  const agency = procedure.agencies.find((a) => a.name.includes('Hàm Rồng'));
  const papers = procedure.currentVersion.documents.flatMap((d, i) =>
    d.requirement === 'mandatory' && d.submission === 'submit' && !/^(tờ khai|mẫu hộ tịch)/iu.test(d.name)
      ? [i]
      : [],
  );
  const buffer = await birthCertificatePdf();
  const attachments = [];
  for (const paper of papers) {
    const upload = await api.post('/api/v1/uploads', {
      headers,
      multipart: { file: { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer } },
    });
    expect(upload.status(), 'upload').toBe(201);
    attachments.push({ paper, uploadId: ((await upload.json()) as { id: string }).id });
  }
  const submitted = await api.post('/api/v1/dossiers', {
    headers: { ...headers, 'idempotency-key': `e2e-${randomUUID()}` },
    data: {
      procedureCode: BIRTH_REGISTRATION,
      agencyId: agency?.id,
      formData: birthRegistrationForm(childName ? { childName } : {}),
      attachments,
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  return (await submitted.json()) as Filed;
}

/** On the portal's papers step: uploads the birth certificate through the file chooser. */
export async function uploadBirthCertificate(page: Page) {
  const certificate = page.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh;' });
  const chooser = page.waitForEvent('filechooser');
  await certificate.getByRole('button', { name: 'Tải tệp lên' }).click();
  await (await chooser).setFiles({
    name: 'giay-chung-sinh.pdf',
    mimeType: 'application/pdf',
    buffer: await birthCertificatePdf(),
  });
  await expect(certificate.getByText('giay-chung-sinh.pdf')).toBeVisible();
}

/** Searches the back-office inbox for a dossier code: its row, and a way to open the dossier. */
export async function findInInbox(page: Page, code: string) {
  await page.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ' }).fill(code);
  await expect(page).toHaveURL(new RegExp(`q=${code.replaceAll('.', '\\.')}`));
  const link = page.getByRole('link', { name: code, exact: true });
  await expect(link).toBeVisible();
  return {
    row: page.getByRole('row').filter({ has: link }),
    open: async () => {
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
    },
  };
}

/** Clicks an action in the dossier's action bar, then confirms it in its dialog; returns the dialog. */
export async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page
    .getByRole('group', { name: 'Thao tác với hồ sơ' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  return dialog;
}

/** `act`, then waits for the page to say the action was done (signing can take a while). */
export async function actDone(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await act(page, action, fill);
  await expect(page.getByRole('status').filter({ hasText: `Đã thực hiện “${action}”` })).toBeVisible({
    timeout: 30_000,
  });
}
