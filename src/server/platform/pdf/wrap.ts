export type MeasureText = (text: string) => number;

export interface WrappedLine {
  text: string;
  /** Last line of a paragraph: never stretched when justifying. */
  endsParagraph: boolean;
}

/**
 * Greedy word wrap. Vietnamese is written with spaces between syllables and is never hyphenated, so a line
 * only breaks at spaces; a single token wider than the line (a long URL, a code) is cut between characters.
 * `\n` starts a new paragraph; `firstLineIndent` is subtracted from the first line of each paragraph.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  firstLineIndent = 0,
): WrappedLine[] {
  const lines: WrappedLine[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((word) => word.length > 0);
    let current = '';
    let width = maxWidth - firstLineIndent;
    const push = (line: string) => {
      lines.push({ text: line, endsParagraph: false });
      width = maxWidth;
    };
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (measure(candidate) <= width) {
        current = candidate;
        continue;
      }
      if (current) push(current);
      current = '';
      let rest = word;
      while (measure(rest) > width) {
        const cut = longestFittingPrefix(rest, width, measure);
        push(cut);
        rest = rest.slice(cut.length);
      }
      current = rest;
    }
    lines.push({ text: current, endsParagraph: true });
  }
  return lines;
}

function longestFittingPrefix(word: string, width: number, measure: MeasureText): string {
  const chars = Array.from(word);
  let prefix = chars[0] ?? '';
  for (let i = 1; i < chars.length; i++) {
    const next = prefix + chars[i];
    if (measure(next) > width) break;
    prefix = next;
  }
  return prefix;
}
