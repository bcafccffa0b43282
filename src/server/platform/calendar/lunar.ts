// The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm
// ("Thuật toán tính âm lịch"): new moons and solar terms from Meeus-style series, evaluated at UTC+7.
// The time zone matters: Vietnam and China (UTC+8) disagree on some months, e.g. Tết 1985 and 2007.
import { fromDayNumber, type IsoDate, toDayNumber } from './civil-date';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True inside a leap month (tháng nhuận). */
  isLeap: boolean;
}

const TIME_ZONE = 7;
const JDN_OF_UNIX_EPOCH = 2_440_588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695; // the new moon of 1900-01-01
const RAD = Math.PI / 180;

const toJdn = (date: IsoDate) => toDayNumber(date) + JDN_OF_UNIX_EPOCH;
const fromJdn = (jdn: number) => fromDayNumber(jdn - JDN_OF_UNIX_EPOCH);

/** Julian date of the k-th new moon after the epoch (Meeus, low-precision series). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD; // Sun's mean anomaly
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD; // Moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD; // Moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c1 += -0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr);
  c1 += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr);
  c1 += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr);
  c1 += 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** Julian day number of the local day holding the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Sun's apparent longitude in radians, normalised to [0, 2π). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const l = (l0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Which of the 12 major solar terms (0…11, by 30° of longitude) holds at the start of a local day. */
function solarTermAt(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Start (JDN) of lunar month 11, the month holding the winter solstice, of a solar year. */
function month11Start(year: number): number {
  const k = Math.floor((toJdn(`${year}-12-31`) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Solar term 9 (270°) is the winter solstice; if it has already begun the month is too late.
  return solarTermAt(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month year starting at month 11 (a11), the offset of the first month without a major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let term = solarTermAt(newMoonDay(k + i));
  let last: number;
  do {
    last = term;
    i++;
    term = solarTermAt(newMoonDay(k + i));
  } while (term !== last && i < 14);
  return i - 1;
}

export function solarToLunar(date: IsoDate): LunarDate {
  const jdn = toJdn(date);
  // The mean-month estimate can be one month ahead of the true new moon: the original algorithm steps back only
  // once and then gives "day 0" (e.g. 2054-05-07), so step back until the month has started.
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > jdn) monthStart = newMoonDay(--k);
  const solarYear = Number(date.slice(0, 4));
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let isLeap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      month = diff + 10;
      isLeap = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jdn - monthStart + 1, month, year, isLeap };
}

/** The solar date of a lunar date; throws when it does not exist (no such leap month, or day 30 of a short month). */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  if (!Number.isInteger(day) || day < 1 || day > 30 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a lunar date: ${day}/${month}/${year}`);
  }
  const [a11, b11] =
    month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  let offset = month - 11 < 0 ? month + 1 : month - 11;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (leap || offset >= leapOffset) offset += 1;
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const result = fromJdn(newMoonDay(k + offset) + day - 1);
  // Converting back is the simplest complete check of month length and of the leap flag.
  const back = solarToLunar(result);
  if (back.day !== day || back.month !== month || back.year !== year || back.isLeap !== leap) {
    throw new RangeError(`No such lunar date: ${day}/${month}${leap ? ' nhuận' : ''}/${year}`);
  }
  return result;
}

/** Mùng 1 tháng Giêng: the first day of the lunar year that begins in the given solar year. */
export function tetDate(year: number): IsoDate {
  return lunarToSolar(1, 1, year);
}

/** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
export function hungKingsDate(year: number): IsoDate {
  return lunarToSolar(10, 3, year);
}
