import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber, weekdayOf } from './civil-date';
import { DEFAULT_HOLIDAYS_FILE } from './index';
import { hungKingsDate, lunarToSolar, solarToLunar, tetDate } from './lunar';

interface LunarDerivedDates {
  year: number;
  tet_mung_1: string;
  tet_mung_1_weekday: string;
  lunar_new_year_eve_last_day_of_year: string;
  last_lunar_day_of_previous_year: string;
  hung_kings_10_3_lunar: string;
  hung_kings_weekday: string;
}

const reference: LunarDerivedDates[] = JSON.parse(
  readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8'),
).lunar_derived_dates;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekdayName = (date: string) => WEEKDAYS[weekdayOf(toDayNumber(date))];

describe('lunar dates of the reference data (2025–2031)', () => {
  test('the reference covers 2025 to 2031', () => {
    assert.deepEqual(
      reference.map((r) => r.year),
      [2025, 2026, 2027, 2028, 2029, 2030, 2031],
    );
  });

  for (const r of reference) {
    test(`${r.year}: Tết, lunar new year's eve and Giỗ Tổ Hùng Vương`, () => {
      assert.equal(tetDate(r.year), r.tet_mung_1);
      assert.equal(weekdayName(r.tet_mung_1), r.tet_mung_1_weekday);
      assert.deepEqual(solarToLunar(r.tet_mung_1), { day: 1, month: 1, year: r.year, isLeap: false });

      const [eveDay, eveMonth] = r.last_lunar_day_of_previous_year.split('/').map(Number);
      assert.deepEqual(solarToLunar(r.lunar_new_year_eve_last_day_of_year), {
        day: eveDay,
        month: eveMonth,
        year: r.year - 1,
        isLeap: false,
      });
      assert.equal(fromDayNumber(toDayNumber(r.tet_mung_1) - 1), r.lunar_new_year_eve_last_day_of_year);

      assert.equal(hungKingsDate(r.year), r.hung_kings_10_3_lunar);
      assert.equal(weekdayName(r.hung_kings_10_3_lunar), r.hung_kings_weekday);
    });
  }
});

describe('Vietnamese (UTC+7) rather than Chinese (UTC+8) lunar calendar', () => {
  test('Tết 1985 was on 21 January in Vietnam (20 February in China)', () => {
    assert.equal(tetDate(1985), '1985-01-21');
  });

  test('Tết 2007 was on 17 February in Vietnam (18 February in China)', () => {
    assert.equal(tetDate(2007), '2007-02-17');
  });

  test('published dates of 2024: Tết 10/02, Giỗ Tổ 18/04', () => {
    assert.equal(tetDate(2024), '2024-02-10');
    assert.equal(hungKingsDate(2024), '2024-04-18');
  });
});

describe('leap months (tháng nhuận)', () => {
  test('2025 has a leap 6th month starting 25 July', () => {
    assert.deepEqual(solarToLunar('2025-07-24'), { day: 30, month: 6, year: 2025, isLeap: false });
    assert.deepEqual(solarToLunar('2025-07-25'), { day: 1, month: 6, year: 2025, isLeap: true });
    assert.equal(lunarToSolar(1, 6, 2025, true), '2025-07-25');
    assert.equal(lunarToSolar(1, 7, 2025), '2025-08-23');
  });

  test('2023 has a leap 2nd month, so Giỗ Tổ fell late (29 April)', () => {
    assert.equal(lunarToSolar(1, 2, 2023, true), '2023-03-22');
    assert.equal(hungKingsDate(2023), '2023-04-29');
  });

  test('a leap flag on a month that is not leap is rejected', () => {
    assert.throws(() => lunarToSolar(1, 5, 2025, true), RangeError);
    assert.throws(() => lunarToSolar(1, 6, 2026, true), RangeError);
  });

  test('day 30 of a 29-day month is rejected', () => {
    // 12th month of Ất Tỵ ends on 29 Chạp (16/02/2026).
    assert.throws(() => lunarToSolar(30, 12, 2025), RangeError);
    assert.throws(() => lunarToSolar(0, 1, 2026), RangeError);
    assert.throws(() => lunarToSolar(1, 13, 2026), RangeError);
  });
});

describe('month boundaries', () => {
  test('2054-05-07 is 30/3, where the true new moon lags the mean one (a naive step back gives day 0)', () => {
    assert.deepEqual(solarToLunar('2054-05-07'), { day: 30, month: 3, year: 2054, isLeap: false });
    assert.deepEqual(solarToLunar('2054-05-08'), { day: 1, month: 4, year: 2054, isLeap: false });
    assert.equal(lunarToSolar(30, 3, 2054), '2054-05-07');
  });
});

describe('properties, 1900–2100', () => {
  const days = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') });

  test('solar → lunar → solar round-trips', () => {
    fc.assert(
      fc.property(days, (day) => {
        const date = fromDayNumber(day);
        const lunar = solarToLunar(date);
        assert.equal(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.isLeap), date);
      }),
      { numRuns: 2000 },
    );
  });

  test('the next solar day is the next lunar day or the first of a new month', () => {
    fc.assert(
      fc.property(days, (day) => {
        const today = solarToLunar(fromDayNumber(day));
        const tomorrow = solarToLunar(fromDayNumber(day + 1));
        if (tomorrow.day === 1) {
          assert.ok(today.day === 29 || today.day === 30, `month ended on day ${today.day}`);
        } else {
          assert.deepEqual(tomorrow, { ...today, day: today.day + 1 });
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('Tết always falls between 21 January and 20 February', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const tet = tetDate(year);
        assert.ok(tet >= `${year}-01-21` && tet <= `${year}-02-20`, tet);
      }),
    );
  });
});
