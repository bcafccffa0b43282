/**
 * Vietnamese messages: the default catalogue and the source of the key set.
 * `en.ts` must carry exactly the same keys (checked by tsc and by catalog.test.ts).
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
import { viAccount } from './vi-account';
import { viAuth } from './vi-auth';
import { viCatalogAdmin } from './vi-catalog-admin';
import { viDesk } from './vi-desk';
import { viPortalServices } from './vi-portal-services';
import { viStaff } from './vi-staff';

export const vi = {
  ...viAuth,
  ...viAccount,
  ...viStaff,
  ...viDesk,
  ...viPortalServices,
  ...viCatalogAdmin,
  'app.name': 'Cửa Số',
  'skip.toMain': 'Bỏ qua, đến nội dung chính',
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'common.loading': 'Đang tải…',
  'common.backHome': 'Về trang chủ',
  'common.menu.open': 'Mở menu',
  'common.menu.title': 'Menu',
  'common.pending': 'đang cập nhật',
  'common.homeLink': 'Trang chủ {name}',
  'demo.label': 'Thông báo bản trình diễn',
  'demo.banner': 'Bản trình diễn: dữ liệu chỉ để thử nghiệm, không có giá trị pháp lý.',
  'site.loadError': 'Không tải được thông tin cơ quan.',

  'error.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.unexpected': 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  'error.badResponse': 'Máy chủ trả về dữ liệu không đúng định dạng.',
  'error.requestId': 'Mã yêu cầu: {id}',
  'error.pageLoad': 'Không tải được trang này. Vui lòng tải lại trang.',
  'error.reload': 'Tải lại trang',

  'notFound.code': 'Lỗi 404',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại đường dẫn.',

  'wip.badge': 'Đang xây dựng',
  'wip.body':
    'Chức năng này đang được xây dựng và sẽ sớm đưa vào sử dụng. Trong thời gian chờ, bạn có thể liên hệ bộ phận một cửa để được hướng dẫn.',
  'wip.bodyStaff': 'Chức năng này đang được xây dựng và sẽ có trong các bản cập nhật tới của hệ thống.',
  'wip.query': 'Nội dung bạn tìm: “{query}”',

  'face.portal': 'Cổng dịch vụ công',
  'face.backoffice': 'Khu vực cán bộ',
  'face.ioc': 'Trung tâm điều hành',

  'portal.nav.label': 'Điều hướng chính',
  'portal.nav.procedures': 'Thủ tục hành chính',
  'portal.nav.track': 'Tra cứu hồ sơ',
  'portal.nav.verify': 'Xác minh văn bản',
  'portal.nav.myDossiers': 'Hồ sơ của tôi',
  'portal.nav.signIn': 'Đăng nhập',
  'portal.home.docTitle': 'Dịch vụ công trực tuyến',
  'portal.hero.eyebrow': 'Dịch vụ công trực tuyến',
  'portal.hero.title': 'Làm thủ tục hành chính trực tuyến, theo dõi từng bước',
  'portal.hero.lead':
    'Tìm thủ tục, nộp hồ sơ, nộp phí và nhận kết quả có chữ ký số ở bất cứ đâu, không cần xếp hàng.',
  'portal.search.label': 'Tìm thủ tục hành chính',
  'portal.search.placeholder': 'Ví dụ: đăng ký khai sinh',
  'portal.search.submit': 'Tìm kiếm',
  'portal.services.title': 'Dịch vụ thường dùng',
  'portal.services.birth': 'Khai sinh',
  'portal.services.birth.desc': 'Đăng ký khai sinh cho trẻ, nhận trích lục bản điện tử.',
  'portal.services.marriage': 'Kết hôn',
  'portal.services.marriage.desc': 'Đăng ký kết hôn, xác nhận tình trạng hôn nhân.',
  'portal.services.certify': 'Chứng thực',
  'portal.services.certify.desc': 'Chứng thực bản sao từ bản chính, chữ ký, hợp đồng.',
  'portal.services.business': 'Hộ kinh doanh',
  'portal.services.business.desc': 'Đăng ký, thay đổi, tạm ngừng hoạt động hộ kinh doanh.',
  'portal.track.title': 'Tra cứu hồ sơ',
  'portal.track.lead': 'Nhập mã hồ sơ in trên giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  'portal.track.label': 'Mã hồ sơ',
  'portal.track.placeholder': 'Ví dụ: 000.00.00.H56-250701-0001',
  'portal.track.submit': 'Tra cứu',
  'portal.track.required': 'Vui lòng nhập mã hồ sơ.',
  'portal.steps.title': 'Ba bước để hoàn thành thủ tục',
  'portal.steps.find': 'Tìm thủ tục',
  'portal.steps.find.desc': 'Xem rõ giấy tờ cần có, lệ phí và thời hạn giải quyết.',
  'portal.steps.submit': 'Nộp hồ sơ',
  'portal.steps.submit.desc': 'Điền tờ khai điện tử, đính kèm giấy tờ, nộp phí trực tuyến.',
  'portal.steps.receive': 'Nhận kết quả',
  'portal.steps.receive.desc': 'Theo dõi từng bước xử lý, nhận kết quả có chữ ký số.',
  'portal.footer.contact': 'Thông tin liên hệ',
  'portal.footer.address': 'Địa chỉ: {value}',
  'portal.footer.hotline': 'Đường dây nóng: {value}',
  'portal.footer.email': 'Thư điện tử: {value}',
  'portal.footer.code': 'Mã định danh cơ quan: {value}',
  'portal.footer.links': 'Dành cho cơ quan',
  'portal.footer.poweredBy': 'Phát triển trên nền tảng mã nguồn mở Cửa Số',

  'bo.nav.label': 'Chức năng cán bộ',
  'bo.nav.inbox': 'Hộp việc',
  'bo.nav.intake': 'Tiếp nhận hồ sơ',
  'bo.nav.signing': 'Ký số',
  'bo.nav.reports': 'Báo cáo',
  'bo.nav.admin': 'Quản trị',
  'bo.nav.toPortal': 'Về cổng dịch vụ công',
  'bo.signIn.title': 'Đăng nhập để làm việc',
  'bo.signIn.lead':
    'Hộp việc, tiếp nhận hồ sơ, ký số và báo cáo chỉ dành cho cán bộ đã được cơ quan cấp tài khoản.',
  'bo.signIn.username': 'Tên đăng nhập',
  'bo.signIn.password': 'Mật khẩu',
  'bo.signIn.submit': 'Đăng nhập',
  'bo.signIn.help': 'Quên mật khẩu hoặc chưa có tài khoản? Liên hệ quản trị hệ thống của cơ quan.',

  'ioc.title': 'Trung tâm điều hành thông minh',
  'ioc.heading': 'Tình hình phục vụ người dân, doanh nghiệp',
  'ioc.clock': 'Giờ Việt Nam',
  'ioc.kpi.heading': 'Chỉ số chính',
  'ioc.kpi.received': 'Hồ sơ tiếp nhận',
  'ioc.kpi.onTime': 'Đúng hạn',
  'ioc.kpi.signingRate': 'Tỷ lệ ký số',
  'ioc.kpi.fieldReports': 'Phản ánh hiện trường',
  'ioc.kpi.empty': 'Chưa có dữ liệu',
  'ioc.panel.map': 'Bản đồ phản ánh hiện trường',
  'ioc.panel.trend': 'Hồ sơ theo ngày',
  'ioc.panel.empty': 'Số liệu sẽ hiển thị khi có hồ sơ và phản ánh đầu tiên.',
  'portal.nav.complaints': 'Phản ánh, kiến nghị',
  'bo.nav.complaints': 'Phản ánh, kiến nghị',
  'bo.nav.pickup': 'Trả kết quả, gọi số',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;
