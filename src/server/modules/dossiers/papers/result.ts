import { formatVietnameseDate } from '../../../platform/pdf';
import { applicantLines, type PaperContext, startPaper } from './common';

type Person = {
  fullName?: string;
  yearOfBirth?: number;
  ethnicity?: string;
  nationality?: string;
  residence?: string;
};
type BirthForm = {
  child?: {
    fullName?: string;
    sex?: string;
    dateOfBirth?: string;
    dateOfBirthInWords?: string;
    placeOfBirth?: string;
    ethnicity?: string;
    nationality?: string;
    nativePlace?: string;
  };
  mother?: Person;
  father?: Person;
  hasFatherInfo?: boolean;
};

/** The space the leader's signature and the seal are drawn into, bottom right (points). */
export const RESULT_SIGNATURE_BOX = { x: 330, y: 90, width: 200, height: 80 };

function signer(doc: Awaited<ReturnType<typeof startPaper>>, ctx: PaperContext) {
  doc.spacer(4);
  doc.twoColumns('', [
    { text: 'NGƯỜI KÝ', bold: true, size: 12 },
    { text: `${ctx.officer.title} ${ctx.agency.name}`, size: 11, italic: true },
    { text: ctx.officer.name, bold: true, size: 12, spaceBefore: 34 },
  ]);
}

/** Trích lục khai sinh (Luật Hộ tịch 2014 Điều 14; TT 04/2020/TT-BTP): the birth-registration result. */
export async function renderBirthExtract(
  ctx: PaperContext,
  form: BirthForm,
  registeredAt: Date,
  number: string,
) {
  const doc = await startPaper(ctx, 'Trích lục khai sinh', { number });
  const c = form.child ?? {};
  const row = (label: string, value: string | number | undefined) => doc.text(`${label}: ${value ?? '…'}`);
  doc.text('(Bản chính)', { italic: true, align: 'center', spaceAfter: 3 });
  row('Họ, chữ đệm, tên', c.fullName?.toLocaleUpperCase('vi'));
  row('Ngày, tháng, năm sinh', c.dateOfBirth ? `${c.dateOfBirth.split('-').reverse().join('/')}` : undefined);
  row('Ghi bằng chữ', c.dateOfBirthInWords);
  row('Giới tính', c.sex === 'male' ? 'Nam' : c.sex === 'female' ? 'Nữ' : undefined);
  row('Dân tộc', c.ethnicity);
  row('Quốc tịch', c.nationality);
  row('Nơi sinh', c.placeOfBirth);
  row('Quê quán', c.nativePlace);
  row('Số định danh cá nhân', 'cấp qua kết nối Cơ sở dữ liệu quốc gia về dân cư');
  const parent = (title: string, p: Person | undefined) => {
    doc.text(title, { bold: true });
    row('  Họ, chữ đệm, tên', p?.fullName);
    row('  Năm sinh', p?.yearOfBirth);
    row('  Dân tộc', p?.ethnicity);
    row('  Quốc tịch', p?.nationality);
    row('  Nơi cư trú', p?.residence);
  };
  parent('Mẹ', form.mother);
  if (form.hasFatherInfo) parent('Cha', form.father);
  row('Nơi đăng ký khai sinh', ctx.agency.name);
  row('Ngày, tháng, năm đăng ký', formatVietnameseDate(registeredAt).replace(/^ngày /, ''));
  signer(doc, ctx);
  return doc.save();
}

/** The result of any other procedure: what was decided, for whom, with the form's main facts. */
export async function renderGenericResult(ctx: PaperContext, form: Record<string, unknown>, number: string) {
  const doc = await startPaper(ctx, 'Kết quả giải quyết thủ tục hành chính', { number });
  doc.text(`Thủ tục: ${ctx.dossier.procedureName}`, { bold: true });
  doc.text('Người yêu cầu:', { bold: true });
  applicantLines(doc, ctx.dossier.applicant);
  doc.text(`${ctx.agency.name} đã giải quyết yêu cầu của Ông/Bà theo nội dung tờ khai:`, { spaceAfter: 2 });
  const facts = Object.entries(form)
    .filter(([, v]) => ['string', 'number'].includes(typeof v))
    .slice(0, 20)
    .map(([k, v]) => [k, String(v)]);
  if (facts.length) doc.table([['Nội dung', 'Thông tin'], ...facts], [4, 9], { header: true, size: 11 });
  signer(doc, ctx);
  return doc.save();
}
