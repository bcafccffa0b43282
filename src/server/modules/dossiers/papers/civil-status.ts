import type { PdfBuilder } from '../../../platform/pdf';
import { type PaperContext, startPaper } from './common';
import {
  day,
  fact,
  type Obj,
  obj,
  personFacts,
  type ResultInput,
  registeredOn,
  signer,
  str,
  upper,
} from './result-layout';

/*
 * Civil-status results (Luật Hộ tịch 2014; the forms of TT 04/2020/TT-BTP as amended by TT 04/2024/TT-BTP),
 * filled from the e-forms of `seed/catalog/eforms`. The personal identification number of a newborn is
 * issued through the national population database, which this platform does not reach.
 */

function parentLines(doc: PdfBuilder, title: string, p: Obj) {
  doc.text(title, { bold: true });
  fact(doc, '  Họ, chữ đệm, tên', str(p.fullName));
  fact(doc, '  Năm sinh', typeof p.yearOfBirth === 'number' ? p.yearOfBirth : undefined);
  fact(doc, '  Dân tộc', str(p.ethnicity));
  fact(doc, '  Quốc tịch', str(p.nationality));
  fact(doc, '  Nơi cư trú', str(p.residence));
}

/** Trích lục khai sinh (Luật Hộ tịch 2014 Điều 14). */
export async function renderBirthExtract(ctx: PaperContext, { form, registeredAt, number }: ResultInput) {
  const doc = await startPaper(ctx, 'Trích lục khai sinh', { number });
  const c = obj(form.child);
  doc.text('(Bản chính)', { italic: true, align: 'center', spaceAfter: 3 });
  personFacts(doc, c, { inWords: true });
  fact(doc, 'Nơi sinh', str(c.placeOfBirth));
  fact(doc, 'Quê quán', str(c.nativePlace));
  fact(doc, 'Số định danh cá nhân', 'cấp qua kết nối Cơ sở dữ liệu quốc gia về dân cư');
  parentLines(doc, 'Mẹ', obj(form.mother));
  if (form.hasFatherInfo) parentLines(doc, 'Cha', obj(form.father));
  fact(doc, 'Nơi đăng ký khai sinh', ctx.agency.name);
  fact(doc, 'Ngày, tháng, năm đăng ký', registeredOn(registeredAt));
  const signatureBox = signer(doc, ctx);
  return { pdf: await doc.save(), signatureBox };
}

/** Trích lục khai tử (Luật Hộ tịch 2014 Điều 34). */
export async function renderDeathExtract(ctx: PaperContext, { form, registeredAt, number }: ResultInput) {
  const doc = await startPaper(ctx, 'Trích lục khai tử', { number });
  const d = obj(form.deceased);
  const notice = obj(form.deathNotice);
  const declarant = obj(form.declarant);
  doc.text('(Bản chính)', { italic: true, align: 'center', spaceAfter: 3 });
  personFacts(doc, d);
  fact(doc, 'Số định danh cá nhân', str(d.personalId));
  fact(doc, 'Nơi cư trú cuối cùng', str(d.lastResidence));
  const time = str(d.timeOfDeath)?.split(':');
  fact(doc, 'Đã chết vào lúc', `${time ? `${time[0]} giờ ${time[1]} phút, ` : ''}ngày ${day(d.dateOfDeath)}`);
  fact(doc, 'Nơi chết', str(d.placeOfDeath));
  fact(doc, 'Nguyên nhân chết', str(d.causeOfDeath));
  fact(
    doc,
    'Giấy báo tử hoặc giấy tờ thay thế',
    [
      str(notice.number) && `số ${notice.number}`,
      str(notice.issuedBy) && `do ${notice.issuedBy} cấp`,
      str(notice.issuedOn) && `ngày ${day(notice.issuedOn)}`,
    ]
      .filter(Boolean)
      .join(' '),
  );
  fact(
    doc,
    'Người đi khai tử',
    str(declarant.fullName) &&
      `${declarant.fullName}${str(declarant.relationship) ? ` (${declarant.relationship})` : ''}`,
  );
  fact(doc, 'Nơi đăng ký khai tử', ctx.agency.name);
  fact(doc, 'Ngày, tháng, năm đăng ký', registeredOn(registeredAt));
  const signatureBox = signer(doc, ctx);
  return { pdf: await doc.save(), signatureBox };
}

/**
 * Giấy chứng nhận kết hôn (Luật Hộ tịch 2014 Điều 18): the wife's and the husband's facts side by side.
 * Both sign the printed certificate when the commune hands it over, so each has a space.
 */
export async function renderMarriageCertificate(
  ctx: PaperContext,
  { form, registeredAt, number }: ResultInput,
) {
  const doc = await startPaper(ctx, 'Giấy chứng nhận kết hôn', { number });
  const wife = obj(form.bride);
  const husband = obj(form.groom);
  const both = (label: string, pick: (p: Obj) => string | undefined) => [
    label,
    pick(wife) ?? '…',
    pick(husband) ?? '…',
  ];
  doc.table(
    [
      ['', 'Vợ', 'Chồng'],
      both('Họ, chữ đệm, tên', (p) => upper(p.fullName)),
      both('Ngày, tháng, năm sinh', (p) => day(p.dateOfBirth)),
      both('Dân tộc', (p) => str(p.ethnicity)),
      both('Quốc tịch', (p) => str(p.nationality)),
      both('Nơi cư trú', (p) => str(p.residence)),
      both('Số định danh cá nhân', (p) => str(p.personalId)),
    ],
    [4, 6, 6],
    { header: true, size: 12 },
  );
  doc.spacer(3);
  fact(doc, 'Nơi đăng ký kết hôn', ctx.agency.name);
  fact(doc, 'Ngày, tháng, năm đăng ký', registeredOn(registeredAt));
  doc.spacer(4);
  const party = (title: string, p: Obj) => [
    { text: title, bold: true, size: 12 },
    { text: '(Ký, ghi rõ họ, chữ đệm, tên)', italic: true, size: 11 },
    { text: str(p.fullName) ?? '', bold: true, size: 12, spaceBefore: 20 },
  ];
  doc.twoColumns(party('VỢ', wife), party('CHỒNG', husband));
  const signatureBox = signer(doc, ctx, 'NGƯỜI KÝ GIẤY CHỨNG NHẬN KẾT HÔN');
  return { pdf: await doc.save(), signatureBox };
}

const MARITAL: Record<string, string> = {
  never_married: 'Chưa đăng ký kết hôn với ai',
  married: 'Đang có vợ/chồng',
  divorced: 'Đã ly hôn, chưa kết hôn lại',
  widowed: 'Vợ/chồng đã chết, chưa kết hôn lại',
};

/**
 * Giấy xác nhận tình trạng hôn nhân (NĐ 123/2015/NĐ-CP Điều 22–23): valid for 6 months from issue, and,
 * when issued for a marriage, only for the marriage it names.
 */
export async function renderMaritalStatus(ctx: PaperContext, { form, number }: ResultInput) {
  const doc = await startPaper(ctx, 'Giấy xác nhận tình trạng hôn nhân', { number });
  const a = obj(form.applicant);
  doc.text('XÁC NHẬN:', { bold: true, spaceAfter: 1 });
  personFacts(doc, a);
  fact(doc, 'Số định danh cá nhân', str(a.personalId));
  fact(doc, 'Nơi cư trú', str(a.residence));
  const periods = Array.isArray(form.residencePeriods) ? form.residencePeriods.map(obj) : [];
  for (const p of periods)
    doc.text(
      `Trong thời gian cư trú tại ${str(p.place) ?? '…'}, từ ngày ${day(p.from)} đến ngày ${day(p.to)}`,
    );
  const status = MARITAL[String(form.maritalStatus)] ?? '…';
  fact(
    doc,
    'Tình trạng hôn nhân',
    form.maritalStatus === 'married' && str(form.spouseName) ? `${status}: ${form.spouseName}` : status,
  );
  const spouse = obj(form.intendedSpouse);
  const purpose =
    form.purpose === 'marriage'
      ? `Làm thủ tục đăng ký kết hôn với ${str(spouse.fullName) ?? '…'}, sinh ngày ${day(spouse.dateOfBirth)}` +
        `${str(spouse.nationality) ? `, quốc tịch ${spouse.nationality}` : ''}` +
        `${str(spouse.personalId) ? `, số định danh cá nhân ${spouse.personalId}` : ''}` +
        `${str(spouse.marriagePlace) ? `, tại ${spouse.marriagePlace}` : ''}`
      : str(form.purposeOther);
  fact(doc, 'Giấy này được cấp để', purpose);
  doc.spacer(2);
  doc.text('Giấy này có giá trị sử dụng trong thời hạn 06 tháng, kể từ ngày cấp.', { italic: true });
  const signatureBox = signer(doc, ctx);
  return { pdf: await doc.save(), signatureBox };
}
