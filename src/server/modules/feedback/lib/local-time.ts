/** An instant as people in Vietnam read it in a notice: `dd/mm/yyyy hh:mm`, Asia/Ho_Chi_Minh (UTC+7, no DST). */
export const localTime = (d: Date) =>
  new Date(d.getTime() + 7 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ')
    .replace(/^(\d{4})-(\d{2})-(\d{2})/, '$3/$2/$1');
