import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFStream,
} from '@cantoo/pdf-lib';
import { loadPdf } from '../pades/pdf-load';

/**
 * What changed between the revision a signature covers and the file as it is now (pyHanko-style
 * difference analysis, whitelist based): new signature fields with their widgets, appearances and fonts,
 * metadata and the PAdES extension are allowed; anything that alters what a reader sees — page content,
 * resources, pages, other annotations, catalog entries such as /OpenAction — is not.
 */
export type Change = {
  kind:
    | 'signature_added'
    | 'validation_data'
    | 'metadata'
    | 'form'
    | 'page_content'
    | 'pages'
    | 'annotation'
    | 'catalog'
    | 'object';
  allowed: boolean;
  page?: number;
  detail: string;
};

const ALLOWED_CATALOG_KEYS = new Set(['/AcroForm', '/Extensions', '/DSS', '/Metadata', '/Perms']);
const ALLOWED_FORM_KEYS = new Set(['/Fields', '/SigFlags', '/DR', '/DA', '/NeedAppearances']);

function fingerprint(obj: PDFObject | undefined): string {
  if (obj === undefined) return '∅';
  if (obj instanceof PDFStream) {
    const contents = obj.getContents();
    return `${obj.dict.toString()}#${createHash('sha1').update(contents).digest('hex')}`;
  }
  return obj.toString();
}

const refKey = (r: PDFObject | undefined) => (r instanceof PDFRef ? r.toString() : undefined);

function resolvedArray(dict: PDFDict, key: string): PDFObject[] {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFArray ? v.asArray() : [];
}

/** The content stream refs of a page, and the ref of an indirect /Contents array. */
function contentRefs(doc: PDFDocument, page: PDFDict): PDFRef[] {
  const contents = page.get(PDFName.of('Contents'));
  const refs: PDFRef[] = contents instanceof PDFRef ? [contents] : [];
  const resolved = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
  if (resolved instanceof PDFArray) for (const c of resolved.asArray()) if (c instanceof PDFRef) refs.push(c);
  return refs;
}

function isSignatureWidget(doc: PDFDocument, obj: PDFObject | undefined): boolean {
  const d = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(d instanceof PDFDict)) return false;
  const ft =
    d.get(PDFName.of('FT')) ??
    (d.lookup(PDFName.of('Parent')) as PDFDict | undefined)?.get?.(PDFName.of('FT'));
  return ft?.toString() === '/Sig';
}

function changedKeys(a: PDFDict, b: PDFDict): string[] {
  const keys = new Set([...a.keys(), ...b.keys()].map((k) => k.toString()));
  return [...keys].filter(
    (k) => fingerprint(a.get(PDFName.of(k.slice(1)))) !== fingerprint(b.get(PDFName.of(k.slice(1)))),
  );
}

/** Changes made after the revision `revision` (the bytes a signature covers) in `current`. */
export async function analyseChanges(revision: Uint8Array, current: PDFDocument): Promise<Change[]> {
  let before: PDFDocument;
  try {
    before = await loadPdf(revision, { forUpdate: false });
  } catch {
    return [{ kind: 'object', allowed: false, detail: 'the signed revision cannot be read on its own' }];
  }
  const changes: Change[] = [];
  const oldPages = before.getPages();
  const newPages = current.getPages();
  const oldPageKeys = oldPages.map((p) => p.ref.toString());
  const newPageKeys = newPages.map((p) => p.ref.toString());
  if (oldPageKeys.join() !== newPageKeys.join())
    changes.push({
      kind: 'pages',
      allowed: false,
      detail: `pages ${oldPageKeys.length} → ${newPageKeys.length} or reordered`,
    });

  const classified = new Set<string>();
  const catalogKey = refKey(before.context.trailerInfo.Root);
  const infoKey = refKey(before.context.trailerInfo.Info);
  if (catalogKey) classified.add(catalogKey);
  const keysChanged = changedKeys(before.catalog, current.catalog);
  for (const k of keysChanged)
    if (k === '/DSS')
      changes.push({ kind: 'validation_data', allowed: true, detail: 'validation data (/DSS) added' });
    else if (!ALLOWED_CATALOG_KEYS.has(k))
      changes.push({ kind: 'catalog', allowed: false, detail: `catalog entry ${k}` });

  // Pages: only /Annots may change, and only by adding signature widgets.
  oldPages.forEach((page, i) => {
    const now = newPages.find((p) => p.ref.toString() === page.ref.toString());
    classified.add(page.ref.toString());
    for (const ref of contentRefs(before, page.node)) {
      classified.add(ref.toString());
      if (fingerprint(before.context.lookup(ref)) !== fingerprint(current.context.lookup(ref)))
        changes.push({
          kind: 'page_content',
          allowed: false,
          page: i,
          detail: `page ${i + 1}: content stream ${ref} rewritten`,
        });
    }
    const annotsRef = refKey(page.node.get(PDFName.of('Annots')));
    if (annotsRef) classified.add(annotsRef);
    if (!now) return;
    for (const k of changedKeys(page.node, now.node))
      if (k !== '/Annots')
        changes.push({
          kind: 'page_content',
          allowed: false,
          page: i,
          detail: `page ${i + 1}: ${k} changed`,
        });
    const oldAnnots = resolvedArray(page.node, 'Annots').map((a) => a.toString());
    const newAnnots = resolvedArray(now.node, 'Annots');
    for (const a of oldAnnots)
      if (!newAnnots.some((n) => n.toString() === a))
        changes.push({
          kind: 'annotation',
          allowed: false,
          page: i,
          detail: `page ${i + 1}: annotation ${a} removed`,
        });
    for (const a of newAnnots) {
      if (oldAnnots.includes(a.toString())) continue;
      changes.push(
        isSignatureWidget(current, a)
          ? {
              kind: 'signature_added',
              allowed: true,
              page: i,
              detail: `page ${i + 1}: signature field added`,
            }
          : { kind: 'annotation', allowed: false, page: i, detail: `page ${i + 1}: annotation added` },
      );
    }
  });

  // The form: new top-level fields must be signature fields; only signature-related keys may change.
  const oldForm = before.catalog.lookup(PDFName.of('AcroForm'));
  const newForm = current.catalog.lookup(PDFName.of('AcroForm'));
  const formKey = refKey(before.catalog.get(PDFName.of('AcroForm')));
  if (formKey) classified.add(formKey);
  if (newForm instanceof PDFDict) {
    const oldFields = oldForm instanceof PDFDict ? resolvedArray(oldForm, 'Fields').map(String) : [];
    const fieldsKey = oldForm instanceof PDFDict ? refKey(oldForm.get(PDFName.of('Fields'))) : undefined;
    if (fieldsKey) classified.add(fieldsKey);
    const seen = changes.filter((c) => c.kind === 'signature_added').length;
    let added = 0;
    for (const f of resolvedArray(newForm, 'Fields')) {
      if (oldFields.includes(f.toString())) continue;
      if (!isSignatureWidget(current, f))
        changes.push({ kind: 'form', allowed: false, detail: `form field ${f.toString()} added` });
      else if (++added > seen)
        changes.push({
          kind: 'signature_added',
          allowed: true,
          detail: 'signature or document time-stamp added',
        });
    }
    if (oldForm instanceof PDFDict)
      for (const k of changedKeys(oldForm, newForm))
        if (!ALLOWED_FORM_KEYS.has(k))
          changes.push({ kind: 'form', allowed: false, detail: `form entry ${k}` });
  }

  // Every other object that existed and now reads differently.
  for (const [ref, obj] of before.context.enumerateIndirectObjects()) {
    const key = ref.toString();
    const now = current.context.lookup(ref);
    if (fingerprint(obj) === fingerprint(now)) continue;
    if (classified.has(key)) continue;
    if (
      key === infoKey ||
      (obj instanceof PDFStream && obj.dict.get(PDFName.of('Type'))?.toString() === '/Metadata')
    ) {
      changes.push({ kind: 'metadata', allowed: true, detail: 'document metadata updated' });
      continue;
    }
    if (isSignatureWidget(before, obj) && !(obj as PDFDict).has(PDFName.of('V'))) {
      changes.push({ kind: 'signature_added', allowed: true, detail: 'empty signature field signed' });
      continue;
    }
    changes.push({ kind: 'object', allowed: false, detail: `object ${key} changed` });
  }
  return changes;
}
