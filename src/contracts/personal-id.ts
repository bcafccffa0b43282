/**
 * Personal identification number (số định danh cá nhân, on the căn cước card): 12 digits =
 * 3-digit province of birth registration + century/sex digit + 2-digit birth year + 6 digits
 * (TT 07/2016/TT-BCA, kept by Luật Căn cước 2023). There is no check digit.
 */
export type PersonalIdProblem = 'format' | 'province' | 'sex' | 'birth_year';

/** Province codes of birth registration: the 63 pre-2025 provinces (TT 07/2016 Phụ lục I). */
export const BIRTH_PROVINCE_CODES = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

export function parsePersonalId(id: string) {
  const m = /^(\d{3})(\d)(\d{2})(\d{6})$/.exec(id);
  if (!m) return null;
  const g = Number(m[2]);
  return {
    provinceCode: m[1]!,
    sex: g % 2 === 0 ? ('male' as const) : ('female' as const),
    birthYear: 1900 + Math.floor(g / 2) * 100 + Number(m[3]),
  };
}

/** Checks the number's structure and, when given, its consistency with the sex and date of birth. */
export function checkPersonalId(
  id: string,
  person: { sex?: 'male' | 'female' | null; dateOfBirth?: string | null } = {},
): PersonalIdProblem[] {
  const parsed = parsePersonalId(id);
  if (!parsed) return ['format'];
  const problems: PersonalIdProblem[] = [];
  if (!BIRTH_PROVINCE_CODES.has(parsed.provinceCode)) problems.push('province');
  if (person.sex && person.sex !== parsed.sex) problems.push('sex');
  if (person.dateOfBirth && Number(person.dateOfBirth.slice(0, 4)) !== parsed.birthYear)
    problems.push('birth_year');
  return problems;
}

export const personalIdMessages: Record<PersonalIdProblem, { vi: string; en: string }> = {
  format: {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    en: 'The personal identification number must be exactly 12 digits.',
  },
  province: {
    vi: 'Ba chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh.',
    en: 'The first three digits are not a province code of birth registration.',
  },
  sex: {
    vi: 'Chữ số thứ tư (thế kỷ và giới tính) không khớp với giới tính.',
    en: 'The fourth digit (century and sex) does not match the sex.',
  },
  birth_year: {
    vi: 'Năm sinh trong số định danh không khớp với ngày sinh.',
    en: 'The birth year in the number does not match the date of birth.',
  },
};
