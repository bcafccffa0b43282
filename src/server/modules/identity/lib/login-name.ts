/** Normalises what a person types as login: phone numbers to 0xxxxxxxxx, e-mails and usernames to lower case. */
export function normaliseLogin(input: string): string {
  const s = input.trim();
  const digits = s.replace(/[\s.-]/g, '');
  if (/^(\+?84)\d{9}$/.test(digits)) return `0${digits.replace(/^\+?84/, '')}`;
  if (/^0\d{9}$/.test(digits)) return digits;
  return s.toLowerCase();
}

export const isPhone = (s: string) => /^0\d{9}$/.test(s);
export const isEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
