/** Portal addresses of the pickup pages (Vietnamese slugs). */
export const PICKUP_PATHS = {
  myBookings: '/lich-nhan-ket-qua',
  kiosk: '/lay-so',
  display: '/hien-thi',
} as const;
export const kioskPath = (agencyId: string) => `${PICKUP_PATHS.kiosk}/${encodeURIComponent(agencyId)}`;
export const displayPath = (agencyId: string) => `${PICKUP_PATHS.display}/${encodeURIComponent(agencyId)}`;
