import type { z } from 'zod';
import type { RequiredPaper } from '../../../contracts/catalog';
import type { AttachmentRefData } from '../api/dossiers';

/** The required papers of a procedure as the wizard treats them, and the files attached to each. */

export type Paper = z.infer<typeof RequiredPaper>;

export type AttachedFile =
  | { source: 'upload'; uploadId: string; name: string; size: number | null }
  | { source: 'store'; personalDocumentId: string; name: string; size: number | null };

/** Files by the index of their paper in `currentVersion.documents`. */
export type Attachments = Record<number, AttachedFile>;

/**
 * The declaration (tờ khai, or the interactive civil-status e-form) is the e-form the applicant fills
 * in: it needs no uploaded file. Same rule as the server's `isDeclaration` (submit-dossier.ts).
 */
export function isDeclaration(paperName: string): boolean {
  return /^(tờ khai|mẫu hộ tịch điện tử tương tác)/iu.test(paperName.trim());
}

export type PaperNeed = 'declaration' | 'mandatory' | 'present' | 'conditional';

/** What the citizen must do about a paper when submitting online. */
export function paperNeed(paper: Paper): PaperNeed {
  if (isDeclaration(paper.name)) return 'declaration';
  if (paper.submission === 'present') return 'present';
  return paper.requirement === 'mandatory' ? 'mandatory' : 'conditional';
}

/** Indexes of the mandatory papers still without a file (the server refuses the dossier without them). */
export function missingPapers(papers: readonly Paper[], attached: Attachments): number[] {
  return papers.flatMap((paper, i) => (paperNeed(paper) === 'mandatory' && !attached[i] ? [i] : []));
}

/** Papers with their indexes, in the catalogue's groups ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình"…). */
export function groupPapers(
  papers: readonly Paper[],
): { group: string | null; items: { paper: Paper; index: number }[] }[] {
  const out: { group: string | null; items: { paper: Paper; index: number }[] }[] = [];
  papers.forEach((paper, index) => {
    const last = out.at(-1);
    if (last && last.group === paper.group) last.items.push({ paper, index });
    else out.push({ group: paper.group, items: [{ paper, index }] });
  });
  return out;
}

export function toRefs(attached: Attachments): AttachmentRefData[] {
  return Object.entries(attached).map(([paper, file]) =>
    file.source === 'upload'
      ? { paper: Number(paper), uploadId: file.uploadId }
      : { paper: Number(paper), personalDocumentId: file.personalDocumentId },
  );
}

/**
 * Attachments back from a saved draft: the references the server kept, named from what this tab
 * remembers (the draft API stores references only) or from the personal data store.
 */
export function fromRefs(
  refs: readonly unknown[],
  known: Attachments,
  store: readonly { id: string; title: string; size: number }[],
  unnamed: string,
): Attachments {
  const out: Attachments = {};
  for (const ref of refs) {
    if (!ref || typeof ref !== 'object') continue;
    const { paper, uploadId, personalDocumentId } = ref as Record<string, unknown>;
    if (typeof paper !== 'number') continue;
    const before = Object.values(known).find(
      (f) =>
        (f.source === 'upload' && f.uploadId === uploadId) ||
        (f.source === 'store' && f.personalDocumentId === personalDocumentId),
    );
    if (typeof uploadId === 'string')
      out[paper] = { source: 'upload', uploadId, name: before?.name ?? unnamed, size: before?.size ?? null };
    else if (typeof personalDocumentId === 'string') {
      const doc = store.find((d) => d.id === personalDocumentId);
      out[paper] = {
        source: 'store',
        personalDocumentId,
        name: doc?.title ?? before?.name ?? unnamed,
        size: doc?.size ?? before?.size ?? null,
      };
    }
  }
  return out;
}

/**
 * Where a 400's `attachments.*` problem belongs: `attachments.2` is the third reference sent,
 * `attachments.paper:3` the fourth paper.
 */
export function paperOfError(path: string, sent: readonly AttachmentRefData[]): number | null {
  const byPaper = /^attachments\.paper:(\d+)$/.exec(path);
  if (byPaper) return Number(byPaper[1]);
  const byRef = /^attachments\.(\d+)/.exec(path);
  if (byRef) return sent[Number(byRef[1])]?.paper ?? null;
  return null;
}
