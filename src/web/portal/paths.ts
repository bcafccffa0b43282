/** Portal routes (Vietnamese slugs: the addresses citizens see and share). */
export const PORTAL_PATHS = {
  home: '/',
  procedures: '/thu-tuc',
  /** The public tracking page; the QR code on every paper the server prints links here (`?ma=`). */
  track: '/tra-cuu-ho-so',
  myDossiers: '/ho-so-cua-toi',
  signIn: '/dang-nhap',
  register: '/dang-ky',
  forgotPassword: '/quen-mat-khau',
  resetPassword: '/dat-lai-mat-khau',
  account: '/tai-khoan',
  organisations: '/tai-khoan/to-chuc',
  accessLog: '/tai-khoan/nhat-ky-truy-cap',
  /** Public verification of signed PDFs; the QR code on results links to `/xac-minh/<id>?hash=`. */
  verify: '/xac-minh',
} as const;

// Procedure codes hold a dot (1.001193): the server's page fallback takes a path ending in ".001193"
// for a missing file and answers 404, so these addresses end with a slash to survive a reload.
export const procedurePath = (code: string) => `${PORTAL_PATHS.procedures}/${encodeURIComponent(code)}/`;
export const submitPath = (code: string) => `/nop-ho-so/${encodeURIComponent(code)}/`;
export const dossierPath = (id: string) => `${PORTAL_PATHS.myDossiers}/${encodeURIComponent(id)}`;
export const submittedPath = (id: string) => `${dossierPath(id)}/da-nop`;
export const trackPath = (code?: string) =>
  code ? `${PORTAL_PATHS.track}?ma=${encodeURIComponent(code)}` : PORTAL_PATHS.track;

/** Where a citizen lands after signing in when nothing else was asked for. */
export const AFTER_SIGN_IN = PORTAL_PATHS.myDossiers;

const AUTH_PAGES: string[] = [
  PORTAL_PATHS.signIn,
  PORTAL_PATHS.register,
  PORTAL_PATHS.forgotPassword,
  PORTAL_PATHS.resetPassword,
];

/**
 * A `returnTo` from the address bar is only followed when it is a path on this site (no
 * `//evil.example`, no API route, not another sign-in page); otherwise the default.
 */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return AFTER_SIGN_IN;
  const path = raw.split(/[?#]/)[0] ?? '';
  if (path === '/api' || path.startsWith('/api/') || AUTH_PAGES.includes(path)) return AFTER_SIGN_IN;
  return raw;
}

export function signInPath(returnTo: string): string {
  return `${PORTAL_PATHS.signIn}?returnTo=${encodeURIComponent(returnTo)}`;
}
