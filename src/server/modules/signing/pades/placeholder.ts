import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
import { AppError } from '../../../platform/errors';
import type { Rect } from './appearance';

/** Page by 0-based index; negative counts from the end (-1 = last page). */
export function pageAt(doc: PDFDocument, index: number): PDFPage {
  const count = doc.getPageCount();
  const i = index < 0 ? count + index : index;
  if (i < 0 || i >= count)
    throw new AppError('VALIDATION_FAILED', {
      vi: `Tài liệu không có trang ${index + 1} (có ${count} trang).`,
      en: `The document has no page ${index + 1} (it has ${count}).`,
    });
  return doc.getPage(i);
}

function acroForm(doc: PDFDocument): PDFDict | undefined {
  const form = doc.catalog.lookup(PDFName.of('AcroForm'));
  return form instanceof PDFDict ? form : undefined;
}

const text = (v: unknown) =>
  v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;

/** Fully qualified names of the form's fields (parents and kids joined by "."). */
export function existingFieldNames(doc: PDFDocument): Set<string> {
  const names = new Set<string>();
  const visit = (ref: unknown, prefix: string, depth: number) => {
    if (depth > 20) return;
    const field = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    if (!(field instanceof PDFDict)) return;
    const own = text(field.get(PDFName.of('T')));
    const name = own ? (prefix ? `${prefix}.${own}` : own) : prefix;
    if (name) names.add(name);
    const kids = field.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) visit(kid, name, depth + 1);
  };
  const fields = acroForm(doc)?.lookup(PDFName.of('Fields'));
  if (fields instanceof PDFArray) for (const f of fields.asArray()) visit(f, '', 0);
  return names;
}

/**
 * The signature field as one merged field/widget dictionary (PDF 32000-1 §12.7.4.5), listed in the
 * page's /Annots and the form's /Fields, with /SigFlags 3 (signatures exist, append only).
 */
export function addSignatureField(
  doc: PDFDocument,
  input: { page: PDFPage; sigRef: PDFRef; apRef: PDFRef; rect: Rect; fieldName: string },
): PDFRef {
  const ctx = doc.context;
  const { x, y, width, height } = input.rect;
  const widget = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFString.of(input.fieldName),
      V: input.sigRef,
      Rect: [x, y, x + width, y + height].map((v) => Math.round(v * 100) / 100),
      F: 132, // Print | Locked
      P: input.page.ref,
      AP: { N: input.apRef },
    }),
  );
  const annots = input.page.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray) {
    annots.push(widget);
    // An indirect /Annots array changes as an object of its own.
    const annotsRef = input.page.node.get(PDFName.of('Annots'));
    if (annotsRef instanceof PDFRef) ctx.snapshot?.markRefForSave(annotsRef);
  } else input.page.node.set(PDFName.of('Annots'), ctx.obj([widget]));
  ctx.snapshot?.markRefForSave(input.page.ref);

  let form = acroForm(doc);
  if (!form) {
    form = ctx.obj({ Fields: [] });
    doc.catalog.set(PDFName.of('AcroForm'), ctx.register(form));
  }
  const formRef = doc.catalog.get(PDFName.of('AcroForm'));
  let fields = form.lookup(PDFName.of('Fields'));
  if (!(fields instanceof PDFArray)) {
    fields = ctx.obj([]);
    form.set(PDFName.of('Fields'), fields as PDFArray);
  }
  (fields as PDFArray).push(widget);
  const fieldsRef = form.get(PDFName.of('Fields'));
  if (fieldsRef instanceof PDFRef) ctx.snapshot?.markRefForSave(fieldsRef);
  form.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  if (formRef instanceof PDFRef) ctx.snapshot?.markRefForSave(formRef);
  return widget;
}

/**
 * Declares the ETSI PAdES developer extension in the catalog (ETSI EN 319 142-1 §5.6: /ESIC, base 1.7,
 * level 2) for files below PDF 2.0; validators such as veraPDF expect it.
 */
export function ensurePadesExtension(doc: PDFDocument): void {
  const ctx = doc.context;
  const existing = doc.catalog.lookup(PDFName.of('Extensions'));
  if (existing instanceof PDFDict && existing.has(PDFName.of('ESIC'))) return;
  const esic = ctx.obj({ BaseVersion: PDFName.of('1.7'), ExtensionLevel: 2 });
  if (existing instanceof PDFDict) {
    existing.set(PDFName.of('ESIC'), esic);
    const ref = doc.catalog.get(PDFName.of('Extensions'));
    if (ref instanceof PDFRef) ctx.snapshot?.markRefForSave(ref);
  } else doc.catalog.set(PDFName.of('Extensions'), ctx.obj({ ESIC: esic }));
}
