/**
 * Fee rules the law adds to what a procedure's record lists: exemptions, and the copies of
 * civil-status extracts requested together with a registration. Data with a legal basis and an
 * effective date, like every rule from law in Cửa Số; the amounts themselves stay in the catalogue.
 */

export type FormFacts = {
  get(path: string): unknown;
};

export type Exemption = {
  id: string;
  procedures: readonly string[];
  /** Which lines it waives: lệ phí (charge) or phí (fee). */
  kind: 'charge' | 'fee';
  effectiveFrom: string;
  /** Whether the dossier qualifies: from its e-form and its submission instant. */
  applies(form: FormFacts, submittedAt: Date): boolean;
  reason: { vi: string; en: string };
  legalBasis: string;
};

export type CopyFee = {
  procedures: readonly string[];
  /** e-form fields: the box "đề nghị cấp bản sao" and the number of copies. */
  requestedField: string;
  countField: string;
  /** The procedure whose fee prices one copy (cấp bản sao trích lục hộ tịch). */
  pricedBy: string;
  name: { vi: string; en: string };
  legalBasis: string;
  effectiveFrom: string;
};

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** Whole days from an ISO date (an event in Vietnam) to the Vietnamese calendar day of an instant. */
export function daysSince(isoDate: unknown, at: Date): number | undefined {
  if (typeof isoDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return undefined;
  const event = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(event)) return undefined;
  const today = Date.parse(`${new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((today - event) / DAY_MS);
}

const within = (path: string, days: number) => (form: FormFacts, at: Date) => {
  const d = daysSince(form.get(path), at);
  return d !== undefined && d >= 0 && d <= days;
};

export const EXEMPTIONS: readonly Exemption[] = [
  {
    id: 'birth-on-time',
    procedures: ['1.001193'],
    kind: 'charge',
    effectiveFrom: '2016-01-01',
    // Luật Hộ tịch 2014 Điều 15 k1: parents register the birth within 60 days of it.
    applies: within('child.dateOfBirth', 60),
    reason: {
      vi: 'Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh).',
      en: 'No charge for a birth registered on time (within 60 days of the birth).',
    },
    legalBasis: 'Luật Hộ tịch 2014, Điều 11 khoản 1 điểm b và Điều 15 khoản 1',
  },
  {
    id: 'death-on-time',
    procedures: ['1.000656'],
    kind: 'charge',
    effectiveFrom: '2016-01-01',
    // Luật Hộ tịch 2014 Điều 33 k1: the death is registered within 15 days of it.
    applies: within('deceased.dateOfDeath', 15),
    reason: {
      vi: 'Miễn lệ phí đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết).',
      en: 'No charge for a death registered on time (within 15 days of the death).',
    },
    legalBasis: 'Luật Hộ tịch 2014, Điều 11 khoản 1 điểm b và Điều 33 khoản 1',
  },
  {
    id: 'marriage-domestic',
    procedures: ['1.000894'],
    kind: 'charge',
    effectiveFrom: '2016-01-01',
    applies: () => true,
    reason: {
      vi: 'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước.',
      en: 'No charge for the marriage of Vietnamese citizens residing in Vietnam.',
    },
    legalBasis: 'Luật Hộ tịch 2014, Điều 11 khoản 1 điểm b',
  },
];

export const COPY_FEES: readonly CopyFee[] = [
  {
    procedures: ['1.001193', '1.000656', '1.000894'],
    requestedField: 'copyRequested',
    countField: 'copyCount',
    pricedBy: '2.000635',
    name: { vi: 'Phí cấp bản sao trích lục hộ tịch', en: 'Fee for copies of the civil-status extract' },
    legalBasis: 'Thông tư 281/2016/TT-BTC (phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch)',
    effectiveFrom: '2017-01-01',
  },
];

/** Reads dotted paths (`child.dateOfBirth`) of an e-form's data. */
export function formFacts(data: Record<string, unknown>): FormFacts {
  return {
    get(path) {
      let v: unknown = data;
      for (const key of path.split('.')) {
        if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
        v = (v as Record<string, unknown>)[key];
      }
      return v;
    },
  };
}
