import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
import { parsePdfDate } from '../pades/pdf-text';

/** A signature dictionary as found in the form, before anything is checked. */
export type SignatureEntry = {
  fieldName: string;
  type: 'Sig' | 'DocTimeStamp';
  subFilter: string | undefined;
  byteRange: number[] | undefined;
  contents: Uint8Array | undefined;
  claimedTime: Date | undefined;
  name: string | undefined;
  reason: string | undefined;
  location: string | undefined;
  /** 0-based page of the widget, when it is on a page. */
  page: number | undefined;
  visible: boolean;
};

const text = (v: PDFObject | undefined) =>
  v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
const name = (v: PDFObject | undefined) => (v instanceof PDFName ? v.decodeText() : undefined);

/**
 * Where each revision ends: just after every "%%EOF", and after the end-of-line that may follow it
 * (a signature's byte range may end at either, pki-pdf.md §2.4 #9).
 */
export function revisionEnds(bytes: Uint8Array): number[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const ends: number[] = [];
  for (let at = buf.indexOf('%%EOF', 0, 'latin1'); at >= 0; at = buf.indexOf('%%EOF', at + 5, 'latin1')) {
    let end = at + 5;
    ends.push(end);
    while (end < buf.length && (buf[end] === 0x0d || buf[end] === 0x0a)) ends.push(++end);
  }
  return ends;
}

/** The signature fields of the form (terminal fields of type /Sig with a value), in form order. */
export function findSignatures(doc: PDFDocument): SignatureEntry[] {
  const ctx = doc.context;
  const pageOf = new Map<string, number>();
  doc.getPages().forEach((p, i) => {
    pageOf.set(p.ref.toString(), i);
  });
  const out: SignatureEntry[] = [];
  const visit = (
    obj: PDFObject | undefined,
    prefix: string,
    inheritedFt: string | undefined,
    depth: number,
  ) => {
    if (depth > 20) return;
    const field = obj instanceof PDFRef ? ctx.lookup(obj) : obj;
    if (!(field instanceof PDFDict)) return;
    const own = text(field.get(PDFName.of('T')));
    const full = own ? (prefix ? `${prefix}.${own}` : own) : prefix;
    const ft = name(field.get(PDFName.of('FT'))) ?? inheritedFt;
    const kids = field.lookup(PDFName.of('Kids'));
    if (
      kids instanceof PDFArray &&
      kids.asArray().some((k) => (ctx.lookup(k) as PDFDict)?.has?.(PDFName.of('T')))
    ) {
      for (const kid of kids.asArray()) visit(kid, full, ft, depth + 1);
      return;
    }
    if (ft !== 'Sig') return;
    const v = field.lookup(PDFName.of('V'));
    if (!(v instanceof PDFDict)) return;
    const widget = kids instanceof PDFArray ? ctx.lookup(kids.get(0)) : field;
    const pageRef = widget instanceof PDFDict ? widget.get(PDFName.of('P')) : undefined;
    const rect = widget instanceof PDFDict ? widget.lookup(PDFName.of('Rect')) : undefined;
    const nums =
      rect instanceof PDFArray ? rect.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) : [];
    const br = v.lookup(PDFName.of('ByteRange'));
    const contents = v.lookup(PDFName.of('Contents'));
    const m = text(v.get(PDFName.of('M')));
    out.push({
      fieldName: full || '(unnamed)',
      type: name(v.get(PDFName.of('Type'))) === 'DocTimeStamp' ? 'DocTimeStamp' : 'Sig',
      subFilter: name(v.get(PDFName.of('SubFilter'))),
      byteRange:
        br instanceof PDFArray && br.size() === 4 && br.asArray().every((n) => n instanceof PDFNumber)
          ? br.asArray().map((n) => (n as PDFNumber).asNumber())
          : undefined,
      contents:
        contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : undefined,
      claimedTime: m ? parsePdfDate(m) : undefined,
      name: text(v.get(PDFName.of('Name'))),
      reason: text(v.get(PDFName.of('Reason'))),
      location: text(v.get(PDFName.of('Location'))),
      page: pageRef ? pageOf.get(pageRef.toString()) : undefined,
      visible: nums.length === 4 && Math.abs(nums[2]! - nums[0]!) > 0 && Math.abs(nums[3]! - nums[1]!) > 0,
    });
  };
  const form = doc.catalog.lookup(PDFName.of('AcroForm'));
  const fields = form instanceof PDFDict ? form.lookup(PDFName.of('Fields')) : undefined;
  if (fields instanceof PDFArray) for (const f of fields.asArray()) visit(f, '', undefined, 0);
  return out;
}
