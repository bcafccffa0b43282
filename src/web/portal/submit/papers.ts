import type { z } from 'zod';
import type { RequiredPaper } from '../../../contracts/catalog';
import type { AttachmentRefData } from '../api/dossiers';

/** The required papers of a procedure as the wizard treats them, and the files attached to each. */

export type Paper = z.infer<typeof RequiredPaper>;

export type AttachedFile =
  | { source: 'upload'; uploadId: string; name: string; size: number | null }
  | { source: 'store'; personalDocumentId: string; name: string; size: number | null };

/**
 * Files by the index of their paper in `currentVersion.documents`, in the order attached: a paper of
 * several pages photographed page by page is several files of one paper.
 */
export type Attachments = Record<number, AttachedFile[]>;

/** A file's identity among a paper's files (also its React key). */
export const fileKey = (file: AttachedFile) =>
  file.source === 'upload' ? file.uploadId : file.personalDocumentId;

/** At most this many files for one paper (the server takes 60 in all). */
export const MAX_FILES_PER_PAPER = 10;

/** Adds a file to a paper's; the same file twice for one paper is once. */
export function addFile(attached: Attachments, paper: number, file: AttachedFile): Attachments {
  const files = attached[paper] ?? [];
  if (files.some((f) => fileKey(f) === fileKey(file))) return attached;
  return { ...attached, [paper]: [...files, file] };
}

export function removeFile(attached: Attachments, paper: number, position: number): Attachments {
  const { [paper]: files = [], ...rest } = attached;
  const left = files.filter((_, i) => i !== position);
  return left.length ? { ...rest, [paper]: left } : rest;
}

/** A tab's saved attachments, also from before a paper could have several files (one file each). */
export function normalizeAttachments(saved: unknown): Attachments {
  if (!saved || typeof saved !== 'object') return {};
  const out: Attachments = {};
  for (const [paper, files] of Object.entries(saved as Record<string, unknown>)) {
    const list = (Array.isArray(files) ? files : [files]).filter(
      (f): f is AttachedFile => !!f && typeof f === 'object' && 'source' in f,
    );
    if (list.length) out[Number(paper)] = list;
  }
  return out;
}

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
  return papers.flatMap((paper, i) => (paperNeed(paper) === 'mandatory' && !attached[i]?.length ? [i] : []));
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
  return Object.entries(attached).flatMap(([paper, files]) =>
    files.map((file) =>
      file.source === 'upload'
        ? { paper: Number(paper), uploadId: file.uploadId }
        : { paper: Number(paper), personalDocumentId: file.personalDocumentId },
    ),
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
    const before = Object.values(known)
      .flat()
      .find(
        (f) =>
          (f.source === 'upload' && f.uploadId === uploadId) ||
          (f.source === 'store' && f.personalDocumentId === personalDocumentId),
      );
    if (typeof uploadId === 'string')
      out[paper] = [
        ...(out[paper] ?? []),
        { source: 'upload', uploadId, name: before?.name ?? unnamed, size: before?.size ?? null },
      ];
    else if (typeof personalDocumentId === 'string') {
      const doc = store.find((d) => d.id === personalDocumentId);
      out[paper] = [
        ...(out[paper] ?? []),
        {
          source: 'store',
          personalDocumentId,
          name: doc?.title ?? before?.name ?? unnamed,
          size: doc?.size ?? before?.size ?? null,
        },
      ];
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
