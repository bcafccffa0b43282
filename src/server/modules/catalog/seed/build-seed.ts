import { CatalogDocument, type Eform, type Fee, type VersionInput } from '../../../../contracts/catalog';

/**
 * Turns the national records (seed/reference/procedures-commune.json) and the curation file
 * (seed/catalog/curation.json) into a catalogue document: one procedure per record, version 1 in force
 * from the curation's date with the record's announcing decision. Pure; the loader validates the result.
 */

type SourceTime = { value: number; unit: string | null } | null;
type SourceChannel = {
  channel: 'online' | 'postal' | 'in_person';
  processing_time: SourceTime;
  fee: { amount: number; currency: string; per: string | null } | null;
  fee_and_time_notes: string | null;
};
export type SourceProcedure = {
  code: string;
  name: string;
  name_en: string;
  field: string;
  implementation_levels: string[];
  announcing_decision: string;
  applicants: string[];
  implementing_agency: string | null;
  channels: SourceChannel[];
  online_submission_available: boolean;
  fee_set_by_provincial_council: boolean;
  time_evidence_from_steps: string[];
  documents: {
    group: string;
    items: { text: string; quantity: { original: number; copy: number }; is_note: boolean }[];
  }[];
  conditions: string | null;
  results: { name: string; result_code: string }[];
  legal_basis_numbers: string[];
  legal_basis_text: string;
  steps_text: string;
};
type Override = {
  processingTime?: VersionInput['processingTime'];
  afternoonCutoff?: string;
  timeNote?: string;
  implementingAgency?: string;
  fees?: Fee[];
  templates?: { startsWith: string; template: string }[];
};
export type Curation = {
  effectiveFrom: string;
  workflowTemplate: string;
  fields: Record<string, { code: string; name: string }>;
  onlineServiceLevel: { fullWhenOnline: string[] };
  defaultImplementingAgency: string;
  feeKind: { feeFields: string[]; feeCodes: string[] };
  householdBusinessApplicants: { codes: string[] };
  resultNameRepairs: { prefixes: [string, string][] };
  procedures: Record<string, Override>;
};

const LEVELS: Record<string, 'ministry' | 'province' | 'commune' | 'other'> = {
  'Cấp bộ': 'ministry',
  'Cấp tỉnh': 'province',
  'Cấp xã': 'commune',
  'Cơ quan khác': 'other',
};
// The crawl split "Tổ chức (không bao gồm doanh nghiệp, HTX)" and "Cán bộ, công chức, viên chức" at commas.
const APPLICANTS: Record<string, VersionInput['applicants'][number] | null> = {
  'Công dân Việt Nam': 'citizen',
  'Người Việt Nam định cư ở nước ngoài': 'overseas_vietnamese',
  'Tổ chức (không bao gồm doanh nghiệp': 'organisation',
  'HTX)': null,
  'Doanh nghiệp': 'business',
  'Doanh nghiệp có vốn đầu tư nước ngoài': 'foreign_invested_business',
  'Hợp tác xã': 'cooperative',
  'Cán bộ': 'official',
  'công chức': null,
  'viên chức': null,
};
const UNITS: Record<string, VersionInput['processingTime']['unit']> = {
  'Ngày làm việc': 'working_days',
  Ngày: 'days',
  Giờ: 'working_hours',
};
const BASIS: Record<string, Fee['basis']> = {
  trang: 'page',
  bản: 'copy',
  'trường hợp': 'case',
  'giao dịch': 'transaction',
  'văn bản': 'document',
  'di chúc': 'document',
};
const STANDARD_GROUPS = ['Thành phần hồ sơ (chung)', 'Giấy tờ phải nộp', 'Giấy tờ phải xuất trình'];
const CHANNEL_PREFERENCE = ['online', 'in_person', 'postal'] as const;

const clean = (s: string | null | undefined, max = 4000) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : null;
};

// A bare number (unit missing in the record) is in working days (hộ tịch and hộ kinh doanh records).
const time = (t: SourceTime) => (t ? { value: t.value, unit: UNITS[t.unit ?? ''] ?? 'working_days' } : null);

function fees(p: SourceProcedure, kind: Fee['kind'], channelCount: number): Fee[] {
  const groups = new Map<string, Fee>();
  for (const c of p.channels) {
    // Fees in USD are collected by representative agencies abroad, not at the commune.
    if (c.fee?.currency !== 'VND') continue;
    const note = clean(c.fee_and_time_notes);
    const key = `${c.fee.amount}|${c.fee.per}|${note}`;
    const fee = groups.get(key) ?? {
      kind,
      name: kind === 'charge' ? 'Lệ phí' : 'Phí',
      amount: c.fee.amount,
      currency: 'VND' as const,
      basis: BASIS[c.fee.per ?? ''] ?? 'dossier',
      tiers: [],
      maxAmount: null,
      channels: [],
      exemptions: note && /miễn/i.test(note) ? note : null,
      setByProvincialCouncil: p.fee_set_by_provincial_council,
      note,
    };
    if (!fee.channels.includes(c.channel)) fee.channels.push(c.channel);
    groups.set(key, fee);
  }
  // A fee that applies to every channel of the procedure lists none.
  return [...groups.values()].map((f) => (f.channels.length === channelCount ? { ...f, channels: [] } : f));
}

function documents(p: SourceProcedure, o: Override): VersionInput['documents'] {
  return p.documents.flatMap((g) =>
    g.items
      .filter((i) => !i.is_note)
      .map((i) => {
        const name = clean(i.text)!;
        const groupIsCase = !STANDARD_GROUPS.includes(g.group) && !/^Người yêu cầu/.test(g.group);
        const conditional =
          groupIsCase || /^(Trường hợp|Đối với|\((i|ii|iii|iv|v)\))|trong trường hợp|\(nếu/i.test(name);
        const ct = name.match(/mẫu (CT\d{2})[^)]*?Thông tư số ([\w/.-]+)/);
        const template =
          o.templates?.find((t) => name.startsWith(t.startsWith))?.template ??
          (ct ? `Mẫu ${ct[1]} (Thông tư ${ct[2]})` : null);
        return {
          name,
          group: clean(g.group, 500),
          submission: /xuất trình/i.test(g.group) ? ('present' as const) : ('submit' as const),
          form:
            i.quantity.original > 0
              ? ('original' as const)
              : /chứng thực/i.test(name)
                ? ('certified_copy' as const)
                : ('copy' as const),
          quantity: Math.min(99, Math.max(1, i.quantity.original, i.quantity.copy)),
          requirement: conditional ? ('conditional' as const) : ('mandatory' as const),
          condition: groupIsCase ? clean(g.group, 1000) : null,
          templateFile: template,
        };
      }),
  );
}

/**
 * Titles of the legal documents, from the flattened "title + number" table: a row's number is where
 * its title ends, glued to it ("…Trung ương85/2019/TT-BTC") and followed by the next title or the end.
 */
function legalBasis(p: SourceProcedure): VersionInput['legalBasis'] {
  const text = p.legal_basis_text;
  const ends = p.legal_basis_numbers.map((n) => {
    let at = -1;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const after = text.slice(i + n.length);
      if (i > 0 && !/\s/.test(text[i - 1]!) && (after === '' || /^\s?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]/u.test(after))) at = i;
    }
    return { n, at };
  });
  const sorted = ends.filter((e) => e.at >= 0).sort((a, b) => a.at - b.at);
  const titles = new Map<string, string | null>();
  let start = 0;
  for (const e of sorted) {
    const title = clean(text.slice(start, e.at), 1000);
    titles.set(e.n, title && title.length >= 5 ? title : null);
    start = e.at + e.n.length;
  }
  return p.legal_basis_numbers.map((n) => ({ number: n, title: titles.get(n) ?? null }));
}

function version(p: SourceProcedure, c: Curation, eform: Eform): VersionInput & { version: number } {
  const o = c.procedures[p.code] ?? {};
  const field = c.fields[p.field]!;
  const channels = [...new Set(p.channels.map((x) => x.channel))].map((channel) => ({
    channel,
    processingTime: time(p.channels.find((x) => x.channel === channel)!.processing_time),
  }));
  const preferred = CHANNEL_PREFERENCE.map((ch) => channels.find((x) => x.channel === ch)).find(
    (x) => x?.processingTime,
  );
  const processingTime = o.processingTime ?? preferred?.processingTime;
  if (!processingTime) throw new Error(`curation: ${p.code} has no processing time in the record; add one`);
  const feeKind =
    c.feeKind.feeFields.includes(field.code) || c.feeKind.feeCodes.includes(p.code) ? 'fee' : 'charge';
  const applicants = [
    ...new Set(p.applicants.map((a) => APPLICANTS[a]).filter((a): a is NonNullable<typeof a> => Boolean(a))),
  ];
  if (c.householdBusinessApplicants.codes.includes(p.code)) applicants.push('household_business');
  const repair = (name: string) => {
    const hit = /^\p{Ll}/u.test(name)
      ? c.resultNameRepairs.prefixes.find(([bad]) => name.startsWith(bad))
      : undefined;
    return hit ? hit[1] + name.slice(hit[0].length) : name;
  };
  return {
    version: 1,
    effectiveFrom: c.effectiveFrom,
    effectiveTo: null,
    decision: { number: p.announcing_decision, date: null },
    applicants,
    implementingAgency:
      o.implementingAgency ?? clean(p.implementing_agency, 500) ?? c.defaultImplementingAgency,
    processingTime,
    afternoonCutoff:
      o.afternoonCutoff ?? (p.time_evidence_from_steps.some((t) => /sau 15 giờ/.test(t)) ? '15:00' : null),
    timeNote: o.timeNote ?? null,
    channels,
    fees: o.fees ?? fees(p, feeKind, channels.length),
    documents: documents(p, o),
    results: p.results.map((r) => ({ name: clean(repair(r.name), 1000)!, code: r.result_code })),
    legalBasis: legalBasis(p),
    steps: p.steps_text
      .split('\n')
      .map((s) => clean(s, 8000))
      .filter((s): s is string => Boolean(s))
      .slice(0, 100),
    conditions: clean(p.conditions, 8000),
    workflowTemplate: c.workflowTemplate,
    eform,
  };
}

/** The seed catalogue; throws when the curation misses something a record needs. */
export function buildSeedDocument(
  source: { procedures: SourceProcedure[] },
  curation: Curation,
  eforms: { byCode: Record<string, Eform>; generic: Eform },
): CatalogDocument {
  const fields = new Map<string, { code: string; name: string }>();
  const procedures = source.procedures.map((p) => {
    const field = curation.fields[p.field];
    if (!field) throw new Error(`curation: no field code for «${p.field}»`);
    fields.set(field.code, field);
    const online = p.online_submission_available;
    const full = curation.onlineServiceLevel.fullWhenOnline.includes(field.code);
    return {
      code: p.code,
      name: clean(p.name, 1000)!,
      nameEn: clean(p.name_en, 1000),
      fieldCode: field.code,
      levels: [...new Set(p.implementation_levels.map((l) => LEVELS[l]!).filter(Boolean))],
      onlineServiceLevel: full
        ? online
          ? ('full' as const)
          : ('partial' as const)
        : online
          ? ('partial' as const)
          : null,
      versions: [version(p, curation, eforms.byCode[p.code] ?? eforms.generic)],
    };
  });
  return CatalogDocument.parse({
    format: 'cuaso.catalog',
    formatVersion: 1,
    fields: [...fields.values()],
    procedures,
  });
}
