import { useCatalogueT } from '../../i18n';

/** Messages of the internal-process editor, Vietnamese first, same placeholders in both languages. */
export const viProcess = {
  'pr.eyebrow': 'Quy trình nội bộ',
  'pr.title': 'Thời gian từng bước xử lý',
  'pr.lead':
    'Thời gian dành cho từng bước của quy trình nội bộ giải quyết thủ tục này (phiên bản {version} đang có hiệu lực). Hạn của mỗi bước không vượt quá ngày hẹn trả kết quả; bước nào không đặt riêng dùng thời gian mặc định.',
  'pr.back': 'Về trang thủ tục',
  'pr.col.step': 'Bước',
  'pr.col.custom': 'Đặt riêng',
  'pr.col.unit': 'Đơn vị',
  'pr.col.value': 'Thời gian',
  'pr.col.default': 'Mặc định',
  'pr.customLabel': 'Đặt thời gian riêng cho bước “{step}”',
  'pr.unitLabel': 'Đơn vị thời gian của bước “{step}”',
  'pr.valueLabel': 'Thời gian của bước “{step}”',
  'pr.unit.working_hours': 'Giờ làm việc',
  'pr.unit.working_days': 'Ngày làm việc',
  'pr.unit.percent': '% thời hạn giải quyết',
  'pr.unit.appointment': 'Đến ngày hẹn trả',
  'pr.show.working_hours': '{value} giờ làm việc',
  'pr.show.working_days': '{value} ngày làm việc',
  'pr.show.percent': '{value} % thời hạn giải quyết',
  'pr.show.appointment': 'Đến ngày hẹn trả',
  'pr.sameDay': '(0 = trong ngày; nhận sau 15:00 tính từ ngày làm việc tiếp theo)',
  'pr.basis': 'Căn cứ phê duyệt quy trình nội bộ',
  'pr.basisHint':
    'Số, ngày và cơ quan ban hành quyết định phê duyệt, ví dụ “Quyết định số 123/QĐ-UBND ngày 05/3/2026 của UBND tỉnh”.',
  'pr.save': 'Lưu quy trình',
  'pr.saved':
    'Đã lưu thời gian từng bước của phiên bản {version}. Hồ sơ tiếp nhận từ nay áp dụng thời gian mới; hạn đã tính của hồ sơ đang xử lý không đổi.',
  'pr.readOnly': 'Chỉ quản trị viên của UBND tỉnh (chủ danh mục thủ tục) được sửa quy trình nội bộ.',
  'pr.lastChange': 'Cập nhật lần cuối: {time}',
  'pr.never': 'Phiên bản này đang dùng thời gian mặc định cho mọi bước.',
  'pr.loadError': 'Không tải được quy trình nội bộ.',
  'pr.saveError': 'Không lưu được quy trình nội bộ.',
  'pr.fixErrors': 'Vui lòng sửa các ô được đánh dấu.',
  'pr.error.hours': 'Số giờ làm việc từ 0,5 đến 600.',
  'pr.error.days': 'Số ngày làm việc là số nguyên từ 0 đến 120.',
  'pr.error.percent': 'Tỷ lệ từ 1 đến 100 %.',
  'pr.error.value': 'Giá trị không hợp lệ.',
  'pr.error.basisRequired': 'Nhập căn cứ phê duyệt quy trình nội bộ.',
  'pr.error.basisLong': 'Căn cứ tối đa 1.000 ký tự.',
  'pr.link': 'Thời gian từng bước (quy trình nội bộ)',
};
export type ProcessKey = keyof typeof viProcess;

export const enProcess: Record<ProcessKey, string> = {
  'pr.eyebrow': 'Internal process',
  'pr.title': 'Time of each processing step',
  'pr.lead':
    'The time given to each step of this procedure’s internal process (version {version}, in force). No step’s deadline passes the appointment; steps not set here use the default time.',
  'pr.back': 'Back to the procedure',
  'pr.col.step': 'Step',
  'pr.col.custom': 'Own time',
  'pr.col.unit': 'Unit',
  'pr.col.value': 'Time',
  'pr.col.default': 'Default',
  'pr.customLabel': 'Set an own time for the step “{step}”',
  'pr.unitLabel': 'Unit of time of the step “{step}”',
  'pr.valueLabel': 'Time of the step “{step}”',
  'pr.unit.working_hours': 'Office hours',
  'pr.unit.working_days': 'Working days',
  'pr.unit.percent': '% of the statutory time',
  'pr.unit.appointment': 'Until the appointment',
  'pr.show.working_hours': '{value} office hours',
  'pr.show.working_days': '{value} working days',
  'pr.show.percent': '{value} % of the statutory time',
  'pr.show.appointment': 'Until the appointment',
  'pr.sameDay': '(0 = the same day; received after 15:00 counts from the next working day)',
  'pr.basis': 'Decision approving the internal process',
  'pr.basisHint':
    'Number, date and issuer of the approving decision, e.g. “Decision 123/QĐ-UBND of 5 March 2026 of the Provincial People’s Committee”.',
  'pr.save': 'Save the process',
  'pr.saved':
    'The step times of version {version} are saved. Dossiers received from now on use them; deadlines already set for open dossiers do not change.',
  'pr.readOnly':
    'Only an administrator of the Provincial People’s Committee (the catalogue owner) may change internal processes.',
  'pr.lastChange': 'Last changed: {time}',
  'pr.never': 'This version uses the default time for every step.',
  'pr.loadError': 'Could not load the internal process.',
  'pr.saveError': 'Could not save the internal process.',
  'pr.fixErrors': 'Please correct the marked fields.',
  'pr.error.hours': 'Office hours from 0.5 to 600.',
  'pr.error.days': 'Working days: a whole number from 0 to 120.',
  'pr.error.percent': 'A share from 1 to 100 %.',
  'pr.error.value': 'Not a valid value.',
  'pr.error.basisRequired': 'Enter the decision approving the internal process.',
  'pr.error.basisLong': 'At most 1,000 characters.',
  'pr.link': 'Time of each step (internal process)',
};

const catalogue = { vi: viProcess, en: enProcess };

export function useProcessT() {
  return useCatalogueT(catalogue);
}
