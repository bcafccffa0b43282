import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import { foldVietnamese } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { projectPath } from '../../../platform/paths';

/**
 * argon2id, 64 MiB, 2 passes, 1 lane: about 50–100 ms per hash on the 2-core reference machine
 * (see docs/security.md and `npm run bench`), above the OWASP minimum of 19 MiB / 2 passes.
 */
// algorithm 2 = Argon2id (the package's const enum cannot be read under verbatimModuleSyntax).
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 65536, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Hashed once so that an unknown login costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-account-password');
  await verifyPassword(await dummyHash, password);
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(projectPath('seed/reference/common-passwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

export const MIN_PASSWORD_LENGTH = 8;

/** The strength rule: length, three kinds of characters, not common, not the login itself. */
export function passwordProblems(
  password: string,
  related: (string | null | undefined)[] = [],
): { vi: string; en: string }[] {
  const problems: { vi: string; en: string }[] = [];
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 128)
    problems.push({
      vi: `Mật khẩu phải dài từ ${MIN_PASSWORD_LENGTH} đến 128 ký tự.`,
      en: `The password must be ${MIN_PASSWORD_LENGTH} to 128 characters long.`,
    });
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) =>
    re.test(foldVietnamese(password)),
  ).length;
  if (kinds < 3)
    problems.push({
      vi: 'Mật khẩu cần có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.',
      en: 'Use at least three of: lower-case letters, upper-case letters, digits, symbols.',
    });
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || commonPasswords().has(lower.replace(/[\d\W_]+$/, '')))
    problems.push({ vi: 'Mật khẩu này quá phổ biến, dễ bị đoán.', en: 'This password is too common.' });
  if (related.some((r) => r && r.length >= 4 && lower.includes(r.toLowerCase())))
    problems.push({
      vi: 'Mật khẩu không được chứa tên đăng nhập, số điện thoại hoặc e-mail.',
      en: 'The password must not contain your login, phone number or e-mail.',
    });
  return problems;
}

export function assertStrongPassword(password: string, related: (string | null | undefined)[] = []): void {
  const problems = passwordProblems(password, related);
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', {
      vi: problems.map((p) => p.vi).join(' '),
      en: problems.map((p) => p.en).join(' '),
      fields: problems.map((p) => ({ path: 'body.password', ...p })),
    });
}
