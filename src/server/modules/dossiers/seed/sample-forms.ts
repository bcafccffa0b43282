/** Filled e-forms of the demo dossiers (and of the tests): the birth of Nguyễn Minh Khang. */
export function birthRegistrationForm(overrides: { childName?: string; dateOfBirth?: string } = {}) {
  return {
    submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
    declarant: {
      fullName: 'Nguyễn Văn An',
      personalId: '038090012345',
      residence: 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa',
      phone: '0900000001',
      relationship: 'father',
    },
    child: {
      fullName: overrides.childName ?? 'Nguyễn Minh Khang',
      sex: 'male',
      dateOfBirth: overrides.dateOfBirth ?? '2026-11-20',
      dateOfBirthInWords: 'Ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu',
      placeOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      nativePlace: 'Phường Hàm Rồng, tỉnh Thanh Hóa',
    },
    mother: {
      fullName: 'Lê Thị Bình',
      yearOfBirth: 1992,
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      residence: 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa',
      personalId: '038192004321',
    },
    hasFatherInfo: true,
    father: {
      fullName: 'Nguyễn Văn An',
      yearOfBirth: 1990,
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      residence: 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa',
      personalId: '038090012345',
    },
    copyRequested: true,
    copyCount: 2,
    madeAt: 'Hàm Rồng',
    commitment: true,
  };
}

const HAM_RONG = 'Số 12, ngõ 5, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa';

/** Đăng ký khai tử (1.000656): Nguyễn Văn An registers his grandfather's death. */
export function deathRegistrationForm() {
  return {
    submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
    declarant: {
      fullName: 'Nguyễn Văn An',
      personalId: '038090012345',
      residence: HAM_RONG,
      phone: '0900000001',
      relationship: 'cháu nội',
    },
    deceased: {
      fullName: 'Nguyễn Văn Phúc',
      dateOfBirth: '1941-03-15',
      sex: 'male',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      personalId: '038041000123',
      lastResidence: HAM_RONG,
      dateOfDeath: '2026-11-24',
      timeOfDeath: '14:30',
      placeOfDeath: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
      causeOfDeath: 'Bệnh tuổi già',
    },
    deathNotice: { number: '125/GBT', issuedBy: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', issuedOn: '2026-11-24' },
    copyRequested: false,
    madeAt: 'Hàm Rồng',
    commitment: true,
  };
}

/** Đăng ký kết hôn (1.000894). */
export function marriageRegistrationForm() {
  return {
    submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
    bride: {
      fullName: 'Trần Thị Mai',
      dateOfBirth: '1998-07-02',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      residence: 'Số 4, đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
      personalId: '038198004567',
      marriageCount: 1,
    },
    groom: {
      fullName: 'Lê Đức Thắng',
      dateOfBirth: '1996-01-20',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      residence: HAM_RONG,
      personalId: '038096007654',
      marriageCount: 1,
    },
    copyRequested: false,
    madeAt: 'Hàm Rồng',
    commitment: true,
  };
}

/** Xác nhận tình trạng hôn nhân (1.004873), to marry. */
export function maritalStatusForm() {
  return {
    submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
    applicant: {
      fullName: 'Lê Đức Thắng',
      dateOfBirth: '1996-01-20',
      sex: 'male',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      residence: HAM_RONG,
      personalId: '038096007654',
    },
    maritalStatus: 'never_married',
    purpose: 'marriage',
    intendedSpouse: {
      fullName: 'Trần Thị Mai',
      dateOfBirth: '1998-07-02',
      nationality: 'Việt Nam',
      personalId: '038198004567',
      marriagePlace: 'Ủy ban nhân dân phường Hạc Thành, tỉnh Thanh Hóa',
    },
    certificateCount: 1,
    madeAt: 'Hàm Rồng',
    commitment: true,
  };
}

/** Đăng ký thành lập hộ kinh doanh (1.001612): a family noodle shop. */
export function householdBusinessForm() {
  return {
    submittedTo: 'Ủy ban nhân dân phường Hàm Rồng',
    owner: {
      fullName: 'Lê Thị Bình',
      dateOfBirth: '1992-05-09',
      sex: 'female',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      residence: HAM_RONG,
      personalId: '038192004321',
      phone: '0912345678',
    },
    business: {
      name: 'Quán phở Bình An',
      address: 'Số 30, đường Đông Cương, phường Hàm Rồng, tỉnh Thanh Hóa',
    },
    businessLines: [{ code: '5610', description: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động' }],
    capital: 150_000_000,
    employees: 3,
    foundedByFamily: true,
    members: [{ fullName: 'Nguyễn Văn An', personalId: '038090012345', relationship: 'Chồng' }],
    madeAt: 'Hàm Rồng',
    commitment: true,
  };
}
