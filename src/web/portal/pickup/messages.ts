import { useCallback } from 'react';
import { useLang } from '../../i18n';
import type { Lang, MessageParams } from '../../i18n/messages';

/**
 * Messages of the result pickup screens (portal, kiosk, waiting-room display and back office),
 * Vietnamese first; the same `{name}` placeholders in both languages (checked by messages.test.ts).
 */
export const viPickup = {
  'pk.panel.title': 'Đặt lịch nhận kết quả',
  'pk.panel.lead': 'Chọn giờ đến Bộ phận một cửa nhận kết quả, hoặc đăng ký nhận qua bưu chính công ích.',
  'pk.panel.noAppointment':
    'Hồ sơ chưa có ngày hẹn trả kết quả; bạn có thể đặt lịch khi hồ sơ đã được tiếp nhận.',
  'pk.panel.ended': 'Hồ sơ đã kết thúc, không còn kết quả chờ nhận.',
  'pk.panel.noDesk': 'Nơi tiếp nhận hồ sơ chưa mở đặt lịch nhận kết quả trực tuyến.',
  'pk.booking.yours': 'Lịch nhận kết quả của bạn',
  'pk.booking.code': 'Mã đặt lịch',
  'pk.booking.when': 'Thời gian',
  'pk.booking.where': 'Địa điểm',
  'pk.booking.bring':
    'Vui lòng mang theo giấy tiếp nhận hồ sơ và giấy tờ tùy thân; đọc mã đặt lịch cho cán bộ tại quầy.',
  'pk.booking.reminder': 'Bạn sẽ nhận được thông báo nhắc lịch trước một ngày.',
  'pk.booking.move': 'Đổi lịch',
  'pk.booking.cancel': 'Hủy lịch',
  'pk.booking.cancelConfirm': 'Hủy lịch nhận kết quả này?',
  'pk.booking.print': 'In phiếu hẹn',
  'pk.booking.done': 'Đã đặt lịch. Mã đặt lịch của bạn là {code}.',
  'pk.booking.moved': 'Đã đổi lịch sang {time}.',
  'pk.booking.cancelled': 'Đã hủy lịch nhận kết quả.',
  'pk.slots.choose': 'Chọn khung giờ',
  'pk.slots.day': 'Ngày',
  'pk.slots.free': 'còn {n} chỗ',
  'pk.slots.full': 'hết chỗ',
  'pk.slots.none': 'Không còn khung giờ trống trong thời gian đặt lịch.',
  'pk.slots.closed': 'Nghỉ: {days}',
  'pk.slots.confirm': 'Đặt lịch {time}',
  'pk.slots.confirmMove': 'Chuyển sang {time}',
  'pk.slots.back': 'Quay lại',
  'pk.slots.from': 'Đặt lịch từ ngày {date}.',
  'pk.postal.title': 'Nhận kết quả qua bưu chính công ích',
  'pk.postal.lead': 'Kết quả được gửi đến địa chỉ của bạn; phí trả cho nhân viên bưu điện khi nhận.',
  'pk.postal.open': 'Đăng ký nhận qua bưu chính',
  'pk.postal.name': 'Người nhận',
  'pk.postal.phone': 'Số điện thoại',
  'pk.postal.address': 'Số nhà, đường, thôn, xóm',
  'pk.postal.unit': 'Tỉnh, thành phố và xã, phường',
  'pk.postal.fee': 'Phí dịch vụ: {fee} ({scope}), trả khi nhận.',
  'pk.postal.scope.intra_province': 'nội tỉnh',
  'pk.postal.scope.inter_province': 'liên tỉnh',
  'pk.postal.submit': 'Đăng ký',
  'pk.postal.done': 'Đã đăng ký nhận kết quả qua bưu chính.',
  'pk.postal.status': 'Trạng thái: {status}',
  'pk.postal.tracking': 'Mã bưu gửi: {number}',
  'pk.postal.bookingActive': 'Hủy lịch hẹn tại quầy nếu bạn muốn nhận kết quả qua bưu chính.',
  'pk.mine.title': 'Lịch nhận kết quả của tôi',
  'pk.mine.lead': 'Các lịch hẹn nhận kết quả tại Bộ phận một cửa.',
  'pk.mine.empty': 'Bạn chưa đặt lịch nhận kết quả nào.',
  'pk.mine.dossier': 'Hồ sơ',
  'pk.kiosk.title': 'Lấy số thứ tự',
  'pk.kiosk.lead': 'Chạm vào dịch vụ bạn cần để lấy số.',
  'pk.kiosk.waiting': '{n} người đang chờ',
  'pk.kiosk.yourNumber': 'Số thứ tự của bạn',
  'pk.kiosk.before': 'Trước bạn còn {n} người. Vui lòng theo dõi màn hình gọi số.',
  'pk.kiosk.again': 'Lấy số khác',
  'pk.kiosk.print': 'In số',
  'pk.kiosk.choose': 'Chọn nơi làm thủ tục',
  'pk.display.title': 'Mời công dân có số',
  'pk.display.toCounter': 'đến',
  'pk.display.recent': 'Số vừa gọi',
  'pk.display.waiting': 'Đang chờ: {n}',
  'pk.display.live': 'Trực tiếp',
  'pk.display.offline': 'Mất kết nối, đang kết nối lại…',
  'pk.display.none': 'Chưa gọi số nào hôm nay.',
  'pk.display.counter': 'Quầy {n}',
  'pk.loadError': 'Không tải được thông tin nhận kết quả.',
};

export type PickupKey = keyof typeof viPickup;

export const enPickup: Record<PickupKey, string> = {
  'pk.panel.title': 'Book a result pickup',
  'pk.panel.lead':
    'Choose when to collect the result at the one-stop desk, or have it sent by public postal service.',
  'pk.panel.noAppointment':
    'The dossier has no appointment date yet; you can book once it has been received.',
  'pk.panel.ended': 'The dossier is over; there is no result left to collect.',
  'pk.panel.noDesk': 'The receiving agency does not take pickup bookings online yet.',
  'pk.booking.yours': 'Your pickup booking',
  'pk.booking.code': 'Booking code',
  'pk.booking.when': 'Time',
  'pk.booking.where': 'Place',
  'pk.booking.bring':
    'Bring the dossier receipt and an identity document; give the booking code at the counter.',
  'pk.booking.reminder': 'You will get a reminder the day before.',
  'pk.booking.move': 'Move',
  'pk.booking.cancel': 'Cancel booking',
  'pk.booking.cancelConfirm': 'Cancel this pickup booking?',
  'pk.booking.print': 'Print the slip',
  'pk.booking.done': 'Booked. Your booking code is {code}.',
  'pk.booking.moved': 'Moved to {time}.',
  'pk.booking.cancelled': 'The pickup booking was cancelled.',
  'pk.slots.choose': 'Choose a time slot',
  'pk.slots.day': 'Day',
  'pk.slots.free': '{n} left',
  'pk.slots.full': 'full',
  'pk.slots.none': 'No free slot in the booking period.',
  'pk.slots.closed': 'Closed: {days}',
  'pk.slots.confirm': 'Book {time}',
  'pk.slots.confirmMove': 'Move to {time}',
  'pk.slots.back': 'Back',
  'pk.slots.from': 'Bookings from {date}.',
  'pk.postal.title': 'Receive the result by public postal service',
  'pk.postal.lead': 'The result is sent to your address; the fee is paid to the postman on delivery.',
  'pk.postal.open': 'Ask for postal delivery',
  'pk.postal.name': 'Recipient',
  'pk.postal.phone': 'Phone number',
  'pk.postal.address': 'House number, street, village',
  'pk.postal.unit': 'Province and commune',
  'pk.postal.fee': 'Fee: {fee} ({scope}), paid on delivery.',
  'pk.postal.scope.intra_province': 'within the province',
  'pk.postal.scope.inter_province': 'to another province',
  'pk.postal.submit': 'Submit',
  'pk.postal.done': 'Postal delivery of the result was requested.',
  'pk.postal.status': 'Status: {status}',
  'pk.postal.tracking': 'Tracking number: {number}',
  'pk.postal.bookingActive': 'Cancel the desk booking if you want the result by post.',
  'pk.mine.title': 'My pickup bookings',
  'pk.mine.lead': 'Your appointments to collect results at the one-stop desk.',
  'pk.mine.empty': 'You have no pickup booking.',
  'pk.mine.dossier': 'Dossier',
  'pk.kiosk.title': 'Take a queue number',
  'pk.kiosk.lead': 'Touch the service you need to take a number.',
  'pk.kiosk.waiting': '{n} waiting',
  'pk.kiosk.yourNumber': 'Your number',
  'pk.kiosk.before': '{n} people before you. Please watch the screen.',
  'pk.kiosk.again': 'Take another number',
  'pk.kiosk.print': 'Print',
  'pk.kiosk.choose': 'Choose the office',
  'pk.display.title': 'Now serving',
  'pk.display.toCounter': 'at',
  'pk.display.recent': 'Recently called',
  'pk.display.waiting': 'Waiting: {n}',
  'pk.display.live': 'Live',
  'pk.display.offline': 'Connection lost, reconnecting…',
  'pk.display.none': 'No number called yet today.',
  'pk.display.counter': 'Counter {n}',
  'pk.loadError': 'Could not load the pickup information.',
};

export function translatePickup(lang: Lang, key: PickupKey, params?: MessageParams): string {
  const template = lang === 'en' ? enPickup[key] : viPickup[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** `const pt = usePickupT(); pt('pk.panel.title')` in the reader's language. */
export function usePickupT() {
  const { lang } = useLang();
  return useCallback((key: PickupKey, params?: MessageParams) => translatePickup(lang, key, params), [lang]);
}
