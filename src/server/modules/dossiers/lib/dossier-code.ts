/**
 * Dossier code (mã hồ sơ). TT 01/2018/TT-VPCP Điều 19: `<organisation id>-<YYMMDD>-<4-digit
 * sequence of the day>`, e.g. 000.31.21.H56-261127-0001. The format is configuration
 * (DOSSIER_CODE_FORMAT) because a newer circular may change it: placeholders {org}, {yyyy}, {yy},
 * {mm}, {dd}, {seq:N} (zero-padded to N digits).
 */
export const DEFAULT_CODE_FORMAT = '{org}-{yy}{mm}{dd}-{seq:4}';

const PLACEHOLDER = /\{(org|yyyy|yy|mm|dd|seq:(\d))\}/g;

export function checkCodeFormat(format: string): string | null {
  const names = [...format.matchAll(PLACEHOLDER)].map((m) => m[1]!.split(':')[0]);
  if (!names.includes('org')) return 'the format needs {org}';
  if (!names.includes('seq')) return 'the format needs {seq:N}';
  if (!(names.includes('dd') && names.includes('mm') && (names.includes('yy') || names.includes('yyyy'))))
    return 'the format needs the date: {yy} or {yyyy}, {mm} and {dd}';
  if (format.replace(PLACEHOLDER, '').match(/[{}]/)) return 'unknown placeholder';
  return null;
}

/** `localDate` is the receipt date in Asia/Ho_Chi_Minh as YYYY-MM-DD. */
export function formatDossierCode(format: string, orgId: string, localDate: string, seq: number): string {
  const [yyyy, mm, dd] = localDate.split('-') as [string, string, string];
  return format.replace(PLACEHOLDER, (_, name: string, width?: string) => {
    if (name === 'org') return orgId;
    if (name === 'yyyy') return yyyy;
    if (name === 'yy') return yyyy.slice(2);
    if (name === 'mm') return mm;
    if (name === 'dd') return dd;
    const digits = String(seq);
    if (digits.length > Number(width)) throw new RangeError(`sequence ${seq} does not fit ${width} digits`);
    return digits.padStart(Number(width), '0');
  });
}
