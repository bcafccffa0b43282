/** Where each face lives; the server's SPA fallback serves index.html under the same prefixes. */
export const FACE_ROOTS = { portal: '/', backoffice: '/can-bo', ioc: '/dieu-hanh' } as const;

export function isUnder(pathname: string, root: string): boolean {
  return pathname === root || pathname.startsWith(`${root}/`);
}
