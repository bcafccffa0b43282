import { type PaperContext, startPaper } from './common';
import {
  fact,
  heading,
  obj,
  personFacts,
  type ResultInput,
  registeredOn,
  signer,
  str,
  upper,
} from './result-layout';

const dong = (n: unknown) =>
  typeof n === 'number' ? `${new Intl.NumberFormat('vi-VN').format(n)} đồng` : undefined;

/**
 * Giấy chứng nhận đăng ký hộ kinh doanh, issued by the commune's business registration office (NĐ
 * 168/2025/NĐ-CP). The household business's code is its tax identification number, which the tax
 * authority assigns through its own connection; this platform does not reach it.
 */
export async function renderHouseholdBusiness(
  ctx: PaperContext,
  { form, registeredAt, number }: ResultInput,
) {
  const doc = await startPaper(ctx, 'Giấy chứng nhận đăng ký hộ kinh doanh', { number });
  const owner = obj(form.owner);
  const business = obj(form.business);
  fact(doc, 'Mã số hộ kinh doanh', 'mã số thuế do cơ quan thuế cấp qua kết nối');
  fact(doc, 'Đăng ký lần đầu', `ngày ${registeredOn(registeredAt)}`);
  heading(doc, '1. Tên hộ kinh doanh');
  doc.text(upper(business.name) ?? '…');
  heading(doc, '2. Địa chỉ trụ sở hộ kinh doanh');
  doc.text(str(business.address) ?? '…');
  doc.text(`Điện thoại: ${str(business.phone) ?? '…'}    Thư điện tử: ${str(business.email) ?? '…'}`);
  heading(doc, '3. Ngành, nghề kinh doanh');
  const lines = Array.isArray(form.businessLines) ? form.businessLines.map(obj) : [];
  doc.table(
    [
      ['STT', 'Tên ngành', 'Mã ngành'],
      ...lines.map((l, i) => [String(i + 1), str(l.description) ?? '…', str(l.code) ?? '…']),
    ],
    [2, 9, 3],
    { header: true, size: 12, align: ['center', 'left', 'center'] },
  );
  heading(doc, '4. Vốn kinh doanh');
  doc.text(dong(form.capital) ?? '…');
  heading(doc, '5. Chủ hộ kinh doanh');
  personFacts(doc, owner);
  fact(doc, 'Số định danh cá nhân', str(owner.personalId));
  fact(doc, 'Nơi cư trú', str(owner.residence));
  const members = form.foundedByFamily && Array.isArray(form.members) ? form.members.map(obj) : [];
  if (members.length) {
    heading(doc, '6. Thành viên hộ gia đình đăng ký hộ kinh doanh');
    doc.table(
      [
        ['STT', 'Họ, chữ đệm, tên', 'Số định danh cá nhân', 'Quan hệ với chủ hộ'],
        ...members.map((m, i) => [
          String(i + 1),
          str(m.fullName) ?? '…',
          str(m.personalId) ?? '…',
          str(m.relationship) ?? '…',
        ]),
      ],
      [2, 6, 4, 4],
      { header: true, size: 12, align: ['center', 'left', 'center', 'left'] },
    );
  }
  const signatureBox = signer(doc, ctx);
  return { pdf: await doc.save(), signatureBox };
}
