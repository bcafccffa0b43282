/** PDF text strings and dates for hand-written dictionaries (PDF 32000-1 §7.9.2, §7.9.4). */

/** A literal string when ASCII, else UTF-16BE hex with a byte-order mark. */
export function pdfTextString(text: string): string {
  const s = text.normalize('NFC');
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** "D:20261127140509+07'00'": the claimed signing time (/M), in Vietnam time. */
export function pdfDate(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000).toISOString();
  const digits = local.slice(0, 19).replace(/[-:T]/g, '');
  return `D:${digits}+07'00'`;
}

/** Parses /M back (any offset; "Z" or none means UTC). */
export function parsePdfDate(value: string): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([+\-Z])?(\d{2})?'?(\d{2})?'?/.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = sign === '+' || sign === '-' ? (Number(oh) * 60 + Number(om)) * (sign === '+' ? 1 : -1) : 0;
  return new Date(utc - offset * 60_000);
}
