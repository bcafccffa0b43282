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
