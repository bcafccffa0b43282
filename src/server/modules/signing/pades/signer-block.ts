import type { SignatureBox } from '../tables';
import { MM } from './appearance';

/**
 * The signer's titles that open the signature block of an administrative document (NĐ 30/2020 Phụ lục
 * I: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"…), the last line of which stands right above
 * the space for the signature and the seal.
 */
const TITLE = /CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|THỦ TRƯỞNG|CÔNG CHỨC|NGƯỜI KÝ|ỦY BAN NHÂN DÂN/gu;

/** The signature as the signing module draws it by default, and the least room worth aiming at. */
const SIGNATURE = { width: 60 * MM, height: 24 * MM };
const MIN_GAP = 14 * MM;
const PAGE_BOTTOM = 12 * MM;

type Box = { x: number; y: number; width: number; height: number };
type Page = {
  width: number;
  findText(query: RegExp): { bbox: Box }[];
  extractText(): { lines: { spans: { chars: { char: string; bbox: Box }[] }[] }[] };
};

/**
 * Where a PDF drafted elsewhere (a decision, a letter) leaves room for its signer: under the last
 * signer's title in the right half of the last page that has one, above the signer's name. Returns
 * the signature's box there (centred on the title), or nothing when no such block is found or it left
 * less than 14 mm, and the signature goes to its default place.
 */
export async function findSignatureSpace(pdf: Uint8Array): Promise<SignatureBox | undefined> {
  // Loaded on first use, like the other PDF code (idle memory, bench/README.md).
  const { PDF } = await import('@libpdf/core');
  let pages: Page[];
  try {
    pages = (await PDF.load(pdf)).getPages() as unknown as Page[];
  } catch {
    return undefined;
  }
  for (let index = pages.length - 1; index >= 0; index--) {
    const box = spaceOnPage(pages[index]!);
    if (box) return { page: index, rect: box };
  }
  return undefined;
}

type Char = { char: string; bbox: Box };

function spaceOnPage(page: Page): Box | undefined {
  const matches = page.findText(TITLE).map((m) => m.bbox);
  if (!matches.length) return undefined;
  const chars: Char[] = page
    .extractText()
    .lines.flatMap((line) => line.spans.flatMap((span) => span.chars))
    .filter((c) => c.char.trim());
  // Each title as its whole line in its column ("KT. CHỦ TỊCH"), kept when it stands in the right half.
  const titles = matches
    .map((m) => lineAround(m, chars))
    .filter((b) => b.x + b.width / 2 > page.width * 0.45);
  if (!titles.length) return undefined;
  // The block's last title: the lowest one on the page.
  const title = titles.reduce((low, b) => (b.y < low.y ? b : low));
  const centre = title.x + title.width / 2;
  const column = { left: centre - SIGNATURE.width / 2, right: centre + SIGNATURE.width / 2 };
  // The signer's name: the highest text below the title within the signature's width.
  let floor = PAGE_BOTTOM;
  for (const c of chars) {
    const top = c.bbox.y + c.bbox.height;
    const overlaps = c.bbox.x < column.right && c.bbox.x + c.bbox.width > column.left;
    if (overlaps && top < title.y - 1 && top > floor) floor = top;
  }
  const gap = title.y - floor;
  if (gap < MIN_GAP) return undefined;
  const height = Math.min(SIGNATURE.height, gap - 4 * MM);
  // In the middle of the gap: clear of the title above and of the name below.
  return { x: column.left, y: floor + (gap - height) / 2, width: SIGNATURE.width, height };
}

/** A match widened to the run of characters on its baseline that it is part of (gaps under 1.5 em). */
function lineAround(match: Box, chars: Char[]): Box {
  const row = chars
    .filter((c) => Math.abs(c.bbox.y - match.y) < match.height / 3)
    .sort((a, b) => a.bbox.x - b.bbox.x);
  let left = match.x;
  let right = match.x + match.width;
  const em = match.height;
  // Leftwards from the match, then rightwards, each character joining while the gap to the run is small.
  for (const c of [...row].reverse())
    if (c.bbox.x < left && left - (c.bbox.x + c.bbox.width) < 1.5 * em) left = c.bbox.x;
  for (const c of row)
    if (c.bbox.x + c.bbox.width > right && c.bbox.x - right < 1.5 * em) right = c.bbox.x + c.bbox.width;
  return { x: left, y: match.y, width: right - left, height: match.height };
}
