const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ'];

/** One group of three digits; `full` when a higher group precedes it ("không trăm linh năm"). */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0) words.push(...(words.length ? ['linh'] : []), DIGITS[u]!);
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]!);
  } else {
    words.push(DIGITS[t]!, 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push('tư');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]!);
  }
  return words;
}

/** "Mười sáu nghìn đồng": an amount in đồng written in words, as receipts state it ("Bằng chữ"). */
export function vndInWords(amount: number): string {
  if (!Number.isInteger(amount) || amount < 0 || amount >= 1e15) throw new RangeError('amount out of range');
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let n = amount; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(...readTriple(g, i < groups.length - 1), ...(GROUPS[i] ? [GROUPS[i]!] : []));
  }
  const text = `${words.join(' ')} đồng`;
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
