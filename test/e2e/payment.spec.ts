import { expect, test } from '@playwright/test';
import { actDone, fileBirthRegistration } from './dossier-fixtures';
import { expectNoSeriousAxeViolations, signInCitizen, signInStaff, watchErrors } from './support';

const SHOTS = process.env.PAYMENT_SHOTS_DIR;
const shot = async (page: import('@playwright/test').Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

type Fees = {
  canPayOnline: boolean;
  outstanding: number;
  status: string;
  orders: { receiptUrl: string | null }[];
};

test('a citizen pays a dossier fee online through the sandbox gateway and gets the receipt', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await signInCitizen(page, '0900000001');
  await expect(page).toHaveURL(/\/ho-so-cua-toi/);

  // A demo birth registration with two copies requested: 2 × 8.000 đ are due.
  const mine = (await (await page.request.get('/api/v1/me/dossiers')).json()) as {
    items: { id: string; code: string }[];
  };
  let target: { id: string; code: string } | undefined;
  for (const d of mine.items) {
    const fees = (await (await page.request.get(`/api/v1/dossiers/${d.id}/fees`)).json()) as Fees;
    if (fees.canPayOnline) {
      target = d;
      break;
    }
  }
  expect(target, 'a demo dossier with a fee to pay').toBeTruthy();

  await page.goto(`/ho-so-cua-toi/${target!.id}`);
  const panel = page.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Phí cấp bản sao trích lục hộ tịch')).toBeVisible();
  await expect(panel.getByText(/Được miễn: Miễn lệ phí đăng ký khai sinh đúng hạn/)).toBeVisible();
  await expect(panel.getByText('Chưa thanh toán')).toBeVisible();
  await shot(page, '1-fee-panel');
  if (SHOTS) await panel.screenshot({ path: `${SHOTS}/1b-fee-panel-only.png` });

  await panel.getByRole('button', { name: /Thanh toán trực tuyến · 16\.000/ }).click();
  await expect(page).toHaveURL(/\/sandbox\/payment\/paymentv2\/vpcpay\.html\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cổng thanh toán — môi trường thử nghiệm');
  await expect(page.getByText('16.000 đ')).toBeVisible();
  await page.getByLabel(/Vietcombank/).check();
  await shot(page, '2-sandbox');
  await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();

  await expect(page).toHaveURL(/\/thanh-toan\/ket-qua\?vnp_/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả thanh toán');
  await expect(page.getByText(`Thanh toán thành công 16.000 đ cho hồ sơ ${target!.code}.`)).toBeVisible();
  await shot(page, '3-result');

  await page.getByRole('link', { name: `Xem hồ sơ ${target!.code}` }).click();
  await expect(panel.getByText('Đã thanh toán', { exact: true })).toBeVisible();
  const receipt = panel.getByRole('link', { name: /Tải biên lai điện tử \(PDF\)/ });
  await expect(receipt).toBeVisible();
  await expect(panel.getByRole('button', { name: /Thanh toán trực tuyến/ })).toHaveCount(0);
  await shot(page, '4-paid');
  if (SHOTS) await panel.screenshot({ path: `${SHOTS}/4b-paid-panel-only.png` });
  const pdf = await page.request.get((await receipt.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  expect(errors, failed.join('\n')).toEqual([]);

  // The one-stop desk sees the payment on the staff dossier page.
  await page.context().clearCookies();
  await signInStaff(page, 'motcua.hamrong', `/can-bo/ho-so/${target!.id}`);
  const block = page.getByRole('region', { name: 'Phí, lệ phí và thanh toán' });
  await expect(block.getByText(/Đã thanh toán trực tuyến: 16\.000 đ/)).toBeVisible();
  await expect(block.getByText(/xác nhận qua IPN/)).toBeVisible();
  await shot(page, '5-staff');
  if (SHOTS) await block.screenshot({ path: `${SHOTS}/5b-staff-block-only.png` });
});

test('the desk takes the fee in cash, issues the receipt, gives it back when the dossier is refused', async ({
  page,
  request,
}) => {
  const errors = watchErrors(page);
  // Two copies of the extract requested: 2 × 8.000 đ are due.
  const filed = await fileBirthRegistration(request, 'Trương Gia Huy');
  await signInStaff(page, 'motcua.hamrong', `/can-bo/ho-so/${filed.id}`);
  const block = page.getByRole('region', { name: 'Phí, lệ phí và thanh toán' });
  await expect(block.getByText('Chưa thanh toán')).toBeVisible();
  await block.getByRole('button', { name: 'Thu tiền mặt 16.000 đ' }).click();

  const dialog = page.getByRole('dialog', { name: 'Thu phí, lệ phí bằng tiền mặt' });
  await expect(
    dialog.getByText(`Ghi nhận người nộp đã nộp 16.000 đ tiền mặt cho hồ sơ ${filed.code}.`),
  ).toBeVisible();
  await shot(page, '6-cash-dialog');
  await dialog.getByRole('button', { name: 'Xác nhận đã thu 16.000 đ' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: /Đã thu 16\.000 đ tiền mặt, biên lai số .+-BL\d{4}-\d{7}\./ }),
  ).toBeVisible();
  await expect(block.getByText(/Đã thu tiền mặt: 16\.000 đ/)).toBeVisible();
  await expect(block.getByText(/người thu: Nguyễn Thị Hoa/)).toBeVisible();
  await expect(block.getByText('Đã thanh toán', { exact: true })).toBeVisible();
  await expect(block.getByRole('button', { name: /Thu tiền mặt/ })).toHaveCount(0);
  await shot(page, '7-cash-paid');
  if (SHOTS) await block.screenshot({ path: `${SHOTS}/7b-cash-block-only.png` });
  const receipt = block.getByRole('link', { name: /-BL\d{4}-\d{7}/ });
  const pdf = await page.request.get((await receipt.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Refused at intake after all: the fee is owed back, and given back in cash with the reason.
  await actDone(page, 'Từ chối tiếp nhận', (d) =>
    d.getByRole('textbox').first().fill('Giấy chứng sinh không hợp lệ.'),
  );
  await block.getByRole('button', { name: 'Hoàn trả 16.000 đ' }).click();
  const refund = page.getByRole('dialog', { name: 'Hoàn trả phí, lệ phí' });
  await expect(refund.getByText('Trả lại tiền mặt cho người nộp tại bộ phận một cửa.')).toBeVisible();
  await refund.getByRole('textbox', { name: 'Lý do hoàn trả' }).fill('Hồ sơ không được tiếp nhận.');
  await shot(page, '9-refund-dialog');
  await refund.getByRole('button', { name: 'Hoàn trả 16.000 đ' }).click();
  await expect(refund).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn trả 16.000 đ.' })).toBeVisible();
  await expect(
    block.getByText(/Hoàn trả 16\.000 đ · Đã hoàn trả · Hồ sơ không được tiếp nhận\./),
  ).toBeVisible();
  await expect(block.getByRole('button', { name: /Hoàn trả/ })).toHaveCount(0);
  await expect(block.getByText('Đã hoàn trả', { exact: true })).toBeVisible();
  if (SHOTS) await block.screenshot({ path: `${SHOTS}/9b-refunded-block-only.png` });

  // The day's fee ledger on the reports page: the cash taken and given back, with the receipt.
  await page.goto('/can-bo/bao-cao');
  const ledger = page.getByRole('region', { name: 'Bảng kê thu phí, lệ phí' });
  const rows = ledger.getByTestId('fee-ledger').getByRole('row').filter({ hasText: filed.code });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Hoàn trả' })).toContainText('-16.000 đ');
  await expect(rows.filter({ hasText: 'Thu' }).first()).toContainText('Nguyễn Thị Hoa');
  if (SHOTS) await ledger.screenshot({ path: `${SHOTS}/10-fee-ledger.png` });
  const download = page.waitForEvent('download');
  await ledger.getByRole('button', { name: 'Tải bảng kê (Excel)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^bang-ke-thu-phi-.*\.xlsx$/);
  expect(errors).toEqual([]);

  // The citizen sees the payment, in cash at the desk, the receipt, and the refund.
  await page.context().clearCookies();
  await signInCitizen(page, '0900000001');
  await expect(page).toHaveURL(/\/ho-so-cua-toi/);
  await page.goto(`/ho-so-cua-toi/${filed.id}`);
  const panel = page.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(panel.getByText(/16\.000 đ · tiền mặt tại bộ phận một cửa · Đã thanh toán/)).toBeVisible();
  await expect(panel.getByRole('link', { name: /Tải biên lai điện tử \(PDF\)/ })).toBeVisible();
  await expect(
    panel.getByText('Hoàn trả 16.000 đ · Đã hoàn trả · Hồ sơ không được tiếp nhận.'),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: /Thanh toán trực tuyến/ })).toHaveCount(0);
  await shot(page, '8-citizen-cash');
});

test.describe('accessibility of the payment screens', () => {
  // axe is injected as an inline script, which the site's CSP forbids.
  test.use({ bypassCSP: true });

  test('the fee panel, the sandbox page and the result page have no serious axe violations', async ({
    page,
  }) => {
    await signInCitizen(page, '0900000001');
    await expect(page).toHaveURL(/\/ho-so-cua-toi/);
    const mine = (await (await page.request.get('/api/v1/me/dossiers')).json()) as {
      items: { id: string }[];
    };
    let payable: string | undefined;
    for (const d of mine.items)
      if (((await (await page.request.get(`/api/v1/dossiers/${d.id}/fees`)).json()) as Fees).canPayOnline) {
        payable = d.id;
        break;
      }
    expect(payable, 'a demo dossier with a fee to pay').toBeTruthy();
    await page.goto(`/ho-so-cua-toi/${payable}`);
    const panel = page.getByRole('region', { name: 'Phí, lệ phí' });
    await expect(panel.getByText('Chưa thanh toán')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'fee panel');
    await panel.getByRole('button', { name: /Thanh toán trực tuyến/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Cổng thanh toán — môi trường thử nghiệm',
    );
    await expectNoSeriousAxeViolations(page, 'sandbox payment page');
    await page.goto('/thanh-toan/ket-qua?vnp_TxnRef=CS0000000000&vnp_SecureHash=00');
    await expect(page.getByText(/Kết quả trả về không hợp lệ/)).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'payment result (invalid)');
  });

  test('the desk’s cash and refund dialogs and the fee ledger have no serious axe violations', async ({
    page,
    request,
  }) => {
    const filed = await fileBirthRegistration(request, 'Đinh Gia Khánh');
    await signInStaff(page, 'motcua.hamrong', `/can-bo/ho-so/${filed.id}`);
    const block = page.getByRole('region', { name: 'Phí, lệ phí và thanh toán' });
    await block.getByRole('button', { name: 'Thu tiền mặt 16.000 đ' }).click();
    await expect(page.getByRole('dialog', { name: 'Thu phí, lệ phí bằng tiền mặt' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'cash dialog');
    await page.getByRole('button', { name: 'Xác nhận đã thu 16.000 đ' }).click();
    await expect(block.getByText('Đã thanh toán', { exact: true })).toBeVisible();
    await actDone(page, 'Từ chối tiếp nhận', (d) =>
      d.getByRole('textbox').first().fill('Giấy chứng sinh không hợp lệ.'),
    );
    await block.getByRole('button', { name: 'Hoàn trả 16.000 đ' }).click();
    await expect(page.getByRole('dialog', { name: 'Hoàn trả phí, lệ phí' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'refund dialog');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.goto('/can-bo/bao-cao');
    await expect(page.getByRole('region', { name: 'Bảng kê thu phí, lệ phí' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'reports page with the fee ledger');
  });
});
