import { randomInt } from 'node:crypto';

// No 0/O, 1/I: the code is read aloud at the counter and typed from a printout.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A booking code like `DL-7K4Q-M2XB`: 40 random bits, unguessable enough to print on a slip. */
export function newBookingCode(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `DL-${pick()}-${pick()}`;
}

/** The queue number shown and called: service letter + three digits (A012), four past 999. */
export function ticketNumber(letter: string, seq: number): string {
  return `${letter}${String(seq).padStart(3, '0')}`;
}
