/** Sign-in, registration, password and header messages (Vietnamese); merged into `vi`. */
export const viAuth = {
  'common.cancel': 'Hủy',
  'common.retry': 'Thử lại',
  'common.close': 'Đóng',
  'common.copied': 'Đã sao chép',
  'form.invalid': 'Giá trị chưa hợp lệ.',

  'header.account': 'Tài khoản:',
  'header.userMenu': 'Tài khoản: {name}',
  'header.actingFor': 'Đang đại diện cho {name}',
  'header.signOut': 'Đăng xuất',
  'header.signOutAll': 'Đăng xuất khỏi mọi thiết bị',

  'password.ruleLength': 'Từ 8 đến 128 ký tự',
  'password.ruleKinds': 'Có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt',
  'password.ruleMet': 'đã đạt',

  'auth.aside.title': 'Một tài khoản cho mọi thủ tục',
  'auth.aside.track': 'Nộp hồ sơ trực tuyến và theo dõi từng bước xử lý.',
  'auth.aside.prefill': 'Thông tin cá nhân được điền sẵn vào tờ khai, không phải nhập lại nhiều lần.',
  'auth.aside.log': 'Biết rõ cơ quan nào đã xem hoặc thay đổi dữ liệu của bạn, vào lúc nào.',
  'auth.aside.safety': 'Cán bộ không bao giờ hỏi mật khẩu hay mã xác nhận của bạn qua điện thoại.',
  'auth.backToSignIn': 'Quay lại đăng nhập',
  'auth.welcome': 'Chào mừng {name}, tài khoản của bạn đã sẵn sàng.',

  'auth.notice.expired':
    'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại để tiếp tục đúng chỗ bạn đang làm.',
  'auth.notice.signedOut': 'Bạn đã đăng xuất.',
  'auth.notice.signedOutAll': 'Bạn đã đăng xuất khỏi mọi thiết bị.',

  'auth.eid.button': 'Đăng nhập bằng tài khoản định danh điện tử',
  'auth.eid.error.title': 'Chưa đăng nhập được bằng tài khoản định danh điện tử',
  'auth.eid.error.generic':
    'Đã có lỗi khi đăng nhập bằng tài khoản định danh điện tử. Vui lòng thử lại hoặc dùng mật khẩu.',
  'auth.eid.error.code': 'Mã lỗi: {code}',

  'auth.login.label': 'Số điện thoại hoặc e-mail',
  'auth.login.hint': 'Số điện thoại hoặc e-mail bạn đã dùng khi đăng ký',
  'auth.login.required': 'Vui lòng nhập số điện thoại hoặc e-mail.',
  'auth.password.label': 'Mật khẩu',
  'auth.password.required': 'Vui lòng nhập mật khẩu.',

  'auth.signIn.title': 'Đăng nhập',
  'auth.signIn.lead': 'Đăng nhập để nộp hồ sơ, theo dõi kết quả và quản lý thông tin của bạn.',
  'auth.signIn.orPassword': 'hoặc đăng nhập bằng mật khẩu',
  'auth.signIn.forgot': 'Quên mật khẩu?',
  'auth.signIn.submit': 'Đăng nhập',
  'auth.signIn.enterCode': 'Nhập mã xác nhận để kích hoạt tài khoản',
  'auth.signIn.noAccount': 'Chưa có tài khoản?',
  'auth.signIn.register': 'Đăng ký tài khoản',

  'auth.register.title': 'Đăng ký tài khoản',
  'auth.register.lead': 'Chỉ mất một phút. Chúng tôi sẽ gửi mã xác nhận để kích hoạt tài khoản.',
  'auth.register.eidHint':
    'Nếu có tài khoản định danh điện tử, bạn không cần đăng ký: thông tin định danh được xác thực ngay.',
  'auth.register.fullName': 'Họ và tên',
  'auth.register.fullName.hint': 'Ghi đầy đủ, có dấu, như trên thẻ căn cước',
  'auth.register.fullName.invalid': 'Vui lòng nhập họ và tên (ít nhất 2 ký tự).',
  'auth.register.channel': 'Nhận mã xác nhận qua',
  'auth.register.byPhone': 'Số điện thoại',
  'auth.register.byEmail': 'E-mail',
  'auth.register.phone': 'Số điện thoại di động',
  'auth.register.phone.invalid': 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.',
  'auth.register.email': 'Địa chỉ e-mail',
  'auth.register.email.invalid': 'Địa chỉ e-mail chưa đúng định dạng, ví dụ: ten@example.vn.',
  'auth.register.password': 'Mật khẩu',
  'auth.register.repeat': 'Nhập lại mật khẩu',
  'auth.register.repeat.mismatch': 'Hai mật khẩu chưa giống nhau.',
  'auth.register.submit': 'Đăng ký và nhận mã',
  'auth.register.haveAccount': 'Đã có tài khoản?',
  'auth.register.signIn': 'Đăng nhập',

  'auth.confirm.title': 'Nhập mã xác nhận',
  'auth.confirm.lead': 'Bước cuối: nhập mã để kích hoạt tài khoản và đăng nhập.',
  'auth.confirm.sentEmail': 'Chúng tôi đã gửi mã 6 chữ số đến {to}. Mã có hiệu lực trong {minutes} phút.',
  'auth.confirm.sentSms': 'Chúng tôi đã nhắn mã 6 chữ số đến số {to}. Mã có hiệu lực trong {minutes} phút.',
  'auth.confirm.sentEarlier':
    'Nhập mã đã gửi đến {to} khi bạn đăng ký. Nếu mã đã hết hạn, hãy đăng ký lại với cùng thông tin để nhận mã mới.',
  'auth.confirm.code': 'Mã xác nhận',
  'auth.confirm.code.hint': 'Gồm 6 chữ số',
  'auth.confirm.code.invalid': 'Mã xác nhận gồm đúng 6 chữ số.',
  'auth.confirm.submit': 'Xác nhận và đăng nhập',
  'auth.confirm.resend': 'Gửi lại mã',
  'auth.confirm.resendIn': 'Gửi lại mã sau {seconds} giây',
  'auth.confirm.resent': 'Đã gửi mã mới. Mã cũ không còn dùng được.',
  'auth.confirm.restart': 'Đổi số điện thoại hoặc e-mail',

  'auth.forgot.title': 'Quên mật khẩu',
  'auth.forgot.lead':
    'Nhập số điện thoại hoặc e-mail của tài khoản. Chúng tôi sẽ gửi hướng dẫn đặt lại mật khẩu.',
  'auth.forgot.submit': 'Gửi hướng dẫn',
  'auth.forgot.sentTitle': 'Đã tiếp nhận yêu cầu',
  'auth.forgot.sent':
    'Nếu {login} đã đăng ký, bạn sẽ nhận được liên kết đặt lại mật khẩu trong vài phút. Hãy kiểm tra cả thư mục thư rác.',

  'auth.reset.title': 'Đặt lại mật khẩu',
  'auth.reset.lead': 'Chọn mật khẩu mới cho tài khoản. Mọi phiên đăng nhập cũ sẽ kết thúc.',
  'auth.reset.password': 'Mật khẩu mới',
  'auth.reset.submit': 'Lưu mật khẩu mới',
  'auth.reset.done': 'Đã đặt lại mật khẩu. Bạn có thể đăng nhập bằng mật khẩu mới.',
  'auth.reset.badLink':
    'Liên kết đặt lại mật khẩu không đúng. Hãy mở lại liên kết trong thư hoặc yêu cầu liên kết mới.',
  'auth.reset.gone': 'Liên kết này đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu liên kết mới.',
  'auth.reset.again': 'Yêu cầu liên kết mới',
} as const satisfies Record<string, string>;
