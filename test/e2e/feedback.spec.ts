import { mkdirSync } from 'node:fs';
import { type Browser, expect, type Locator, type Page, request, test } from '@playwright/test';
import { act, fileBirthRegistration } from './dossier-fixtures';
import {
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  signInCitizen,
  signInStaff,
  switchLanguage,
} from './support';

// Satisfaction and complaints in Vietnamese: the citizen rates the receipt of a fresh dossier and sends a
// complaint about it; the one-stop official accepts and answers it; the citizen reads the answer and
// says it did not satisfy; the reports page shows the satisfaction section.

const SHOTS = process.env.FEEDBACK_SHOTS ?? '';

/** A full-page screenshot, and one of the feature's own part at full resolution, when FEEDBACK_SHOTS is set. */
async function shot(page: Page, name: string, part?: Locator) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  if (part) await part.screenshot({ path: `${SHOTS}/${name}-part.png` });
}

const pageErrors: string[] = [];
// The dossier page also carries the fee panel and others, checked by their own specs: axe looks at this
// feature's own sections.
const FEEDBACK_SECTIONS = [
  'section[aria-labelledby="rating-title"]',
  'section[aria-labelledby="complaint-title"]',
];

async function newPage(browser: Browser, who: string): Promise<Page> {
  const page = await (await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce' })).newPage();
  page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
  return page;
}

test('the citizen rates and complains; the official answers; the reports count it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const api = await request.newContext({ baseURL });
  const dossier = await fileBirthRegistration(api, 'Nguyễn Hải Đăng');
  await api.dispose();

  // The receiver accepts the dossier: the receipt at the desk becomes a contact the citizen may rate.
  const receiver = await newPage(browser, 'receiver');
  await signInStaff(receiver, 'motcua.hamrong');
  await receiver.goto(`/can-bo/ho-so/${dossier.id}`);
  await expect(receiver.getByRole('heading', { level: 1 })).toHaveText(dossier.code);
  await act(receiver, 'Tiếp nhận');
  await expect(receiver.getByText('Đã tiếp nhận', { exact: true }).first()).toBeVisible();

  // The citizen rates the receipt with a comment; the result waits until there is one.
  const citizen = await newPage(browser, 'citizen');
  await signInCitizen(citizen, '0900000001');
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ của tôi');
  await citizen.goto(`/ho-so-cua-toi/${dossier.id}`);
  const panel = citizen.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Bạn có thể đánh giá kết quả khi hồ sơ đã có kết quả.');
  const receipt = panel.getByTestId('rating-receipt');
  await receipt.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(receipt.getByText('Hãy chọn một mức đánh giá.')).toBeVisible();
  await receipt.getByRole('radio', { name: 'Hài lòng', exact: true }).click();
  await receipt.getByLabel('Góp ý thêm (không bắt buộc)').fill('Cán bộ tiếp nhận nhanh, hướng dẫn rõ ràng.');
  await expectNoSeriousAxeViolations(citizen, 'feedback sections', FEEDBACK_SECTIONS);
  await shot(citizen, 'portal-rating-form', panel);
  await receipt.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(panel.getByRole('status')).toHaveText('Cảm ơn bạn đã đánh giá.');
  await expect(receipt).toContainText('Bạn đã đánh giá: Hài lòng');
  await expect(receipt).toContainText('“Cán bộ tiếp nhận nhanh, hướng dẫn rõ ràng.”');
  await expect(receipt.getByRole('button', { name: 'Sửa đánh giá' })).toBeVisible();

  // …and sends a complaint about the dossier to the agency handling it.
  const complaintPanel = citizen.getByRole('region', { name: 'Gửi phản ánh, kiến nghị' });
  await complaintPanel.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
  await expect(complaintPanel).toContainText('Ủy ban nhân dân phường Hàm Rồng');
  await complaintPanel.getByRole('radio', { name: 'Kiến nghị' }).click();
  await complaintPanel.getByLabel('Tiêu đề').fill('Ngắn');
  await complaintPanel.getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(complaintPanel.getByText('Tiêu đề từ 5 đến 200 ký tự.')).toBeVisible();
  const title = `Đề nghị nhắn tin khi có kết quả ${dossier.code.slice(-4)}`;
  await complaintPanel.getByLabel('Tiêu đề').fill(title);
  await expect(complaintPanel.getByText('Tiêu đề từ 5 đến 200 ký tự.')).toBeHidden();
  await complaintPanel
    .getByRole('textbox', { name: 'Nội dung', exact: true })
    .fill(
      'Đề nghị phường gửi tin nhắn cho người dân khi hồ sơ đã có kết quả để không phải tra cứu nhiều lần.',
    );
  await shot(citizen, 'portal-dossier-feedback', complaintPanel);
  await complaintPanel.getByRole('button', { name: 'Gửi', exact: true }).click();
  const sent = complaintPanel.getByRole('status');
  await expect(sent).toContainText(/Đã gửi phản ánh, kiến nghị PAKN-\d{6}-\d{4}\./);
  const code = /PAKN-\d{6}-\d{4}/.exec((await sent.textContent()) ?? '')?.[0] ?? '';
  await expectNoSeriousAxeViolations(citizen, 'feedback sections', FEEDBACK_SECTIONS);
  await citizen.setViewportSize({ width: 360, height: 760 });
  await expectNoSidewaysScroll(citizen);
  await shot(citizen, 'portal-dossier-feedback-phone');
  await citizen.setViewportSize({ width: 1280, height: 900 });

  // The official finds it in the complaints inbox, accepts it for handling and answers.
  await receiver
    .getByRole('navigation', { name: 'Chức năng cán bộ' })
    .getByRole('link', { name: 'Phản ánh, kiến nghị' })
    .click();
  await expect(receiver.getByRole('heading', { level: 1 })).toHaveText('Phản ánh, kiến nghị');
  const row = receiver.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Đã tiếp nhận');
  await expect(row).toContainText(/Trong hạn|Sắp đến hạn/);
  await expectNoSeriousAxeViolations(receiver, 'complaints inbox');
  await shot(receiver, 'backoffice-complaints-inbox', receiver.getByRole('main'));
  await row.getByRole('button', { name: title }).click();
  const drawer = receiver.getByRole('dialog', { name: 'Xử lý' });
  await expect(drawer).toContainText(title);
  await expect(drawer).toContainText('Người gửi: Nguyễn Văn An');
  await drawer.getByRole('button', { name: 'Thụ lý', exact: true }).click();
  await expect(drawer.getByRole('status')).toHaveText('Đã cập nhật: Đã thụ lý.');
  await drawer.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(drawer.getByText('Cần nhập nội dung.')).toBeVisible();
  const answer = 'Phường ghi nhận kiến nghị; từ tháng sau hệ thống gửi tin nhắn khi hồ sơ có kết quả.';
  await drawer.getByLabel('Nội dung trả lời').fill(answer);
  await expectNoSeriousAxeViolations(receiver, 'reply drawer');
  await shot(receiver, 'backoffice-reply', drawer);
  await drawer.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(drawer.getByRole('status')).toHaveText('Đã cập nhật: Đã trả lời.');
  await expect(drawer).toContainText(answer);
  await drawer.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(drawer).toBeHidden();
  // An answered complaint leaves the open list.
  await expect(receiver.getByRole('row').filter({ hasText: code })).toHaveCount(0);

  // The citizen reads the answer on "Phản ánh, kiến nghị của tôi" and says it did not satisfy, which
  // closes it (QĐ 766 indicator 5.3 counts it).
  await citizen
    .getByRole('banner')
    .getByRole('button', { name: /Nguyễn Văn An/ })
    .click();
  await citizen.getByRole('menuitem', { name: 'Phản ánh, kiến nghị' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Phản ánh, kiến nghị của tôi');
  const item = citizen.getByTestId('complaint-item').filter({ hasText: code });
  await expect(item).toContainText('Đã trả lời');
  await expect(item).toContainText(answer);
  await expect(item).toContainText('Về hồ sơ');
  await expectNoSeriousAxeViolations(citizen, 'my complaints');
  await shot(citizen, 'portal-my-complaints', item);
  await expect(item.getByTestId('complaint-verdict')).toContainText('Bạn có hài lòng với trả lời này không?');
  await expect(item.getByRole('button', { name: 'Tiếp tục phản ánh' })).toBeVisible();
  await item.getByRole('button', { name: 'Không hài lòng', exact: true }).click();
  await expect(item).toContainText('Đã đóng');
  await expect(item.getByTestId('complaint-verdict')).toHaveCount(0);
  // English second: the same page in English.
  await switchLanguage(citizen, 'en');
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('My complaints and suggestions');
  await expect(item).toContainText('Closed');
  await expect(item).toContainText('The agency’s answer');
  await shot(citizen, 'portal-my-complaints-en', item);
  await switchLanguage(citizen, 'vi');
  await citizen.context().close();

  // The reports page shows the satisfaction section with the rating just given.
  await receiver
    .getByRole('navigation', { name: 'Chức năng cán bộ' })
    .getByRole('link', { name: 'Báo cáo' })
    .click();
  const section = receiver.getByRole('region', { name: 'Mức độ hài lòng và phản ánh, kiến nghị' });
  await expect(section).toBeVisible();
  await expect(section.getByTestId('feedback-kpis')).toContainText('Tỷ lệ hài lòng');
  // QĐ 766 indicators 5.3 and 5.4 with their scores and what they are made of.
  await expect(section.getByTestId('indicator-5-3')).toContainText('chỉ số 5.3');
  await expect(section.getByTestId('indicator-5-3')).toContainText(
    /\d+(,\d+)? %.*\/6 điểm · trên \d+ PAKN tiếp nhận trong kỳ: [1-9]\d* không hài lòng/,
  );
  await expect(section.getByTestId('indicator-5-4')).toContainText('chỉ số 5.4');
  await expect(section.getByTestId('indicator-5-4')).toContainText(
    /\d+(,\d+)? %.*\/6 điểm · 100 % − \(trễ hạn/,
  );
  await expect(section.getByTestId('feedback-officials')).toContainText('Nguyễn Thị Hoa');
  await section.scrollIntoViewIfNeeded();
  await shot(receiver, 'backoffice-reports-feedback', section);
  await receiver.context().close();
  expect(pageErrors).toEqual([]);
});
