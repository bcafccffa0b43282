/** Portal routes (Vietnamese slugs: the addresses citizens see and share). */
export const PORTAL_PATHS = {
  home: '/',
  procedures: '/thu-tuc',
  track: '/tra-cuu',
  myDossiers: '/ho-so-cua-toi',
  signIn: '/dang-nhap',
} as const;
