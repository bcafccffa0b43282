// Which days are working days: the official 2025 and 2026 schedules, and the Labour Code rules for other years.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fromDayNumber, isWeekend, toDayNumber } from './civil-date';
import { createWorkingCalendar, DEFAULT_HOLIDAYS_FILE, loadDefaultCalendar } from './index';

const data = JSON.parse(readFileSync(DEFAULT_HOLIDAYS_FILE, 'utf8'));
const calendar = createWorkingCalendar(data);

interface Block {
  holiday: string;
  official_days: string[];
  compensatory_days?: string[];
  block: string[];
}

const daysOfYear = (year: number) => {
  const days: string[] = [];
  for (let day = toDayNumber(`${year}-01-01`); day <= toDayNumber(`${year}-12-31`); day++) {
    days.push(fromDayNumber(day));
  }
  return days;
};

for (const year of [2025, 2026]) {
  const schedule = data.official_schedules[year] as { blocks: Block[]; make_up_working_saturdays: string[] };

  describe(`official schedule ${year}`, () => {
    for (const block of schedule.blocks.filter((b) => b.block.length > 0)) {
      test(`${block.holiday}: every day of the block ${block.block[0]}…${block.block.at(-1)} is a day off`, () => {
        for (const date of block.block) {
          assert.equal(calendar.isWorkingDay(date), false, date);
          assert.equal(calendar.describeDay(date).basis, 'official_schedule');
          assert.notEqual(calendar.holidayName(date), null, date);
        }
        for (const date of [...block.official_days, ...(block.compensatory_days ?? [])]) {
          assert.equal(calendar.isWorkingDay(date), false, date);
        }
      });

      test(`${block.holiday}: the weekdays just before and after the block are working days`, () => {
        let before = toDayNumber(block.block[0]!) - 1;
        while (isWeekend(before)) before--;
        let after = toDayNumber(block.block.at(-1)!) + 1;
        while (isWeekend(after)) after++;
        assert.equal(calendar.isWorkingDay(fromDayNumber(before)), true, fromDayNumber(before));
        assert.equal(calendar.isWorkingDay(fromDayNumber(after)), true, fromDayNumber(after));
      });
    }

    test('make-up Saturdays are working days without a holiday name', () => {
      assert.ok(schedule.make_up_working_saturdays.length > 0);
      for (const date of schedule.make_up_working_saturdays) {
        assert.equal(calendar.isWorkingDay(date), true, date);
        assert.equal(calendar.holidayName(date), null);
        assert.equal(calendar.describeDay(date).kind, 'make_up_working');
      }
    });

    test('every other day of the year: weekdays work, weekends rest', () => {
      const off = new Set(schedule.blocks.flatMap((b) => b.block));
      const makeUp = new Set(schedule.make_up_working_saturdays);
      for (const date of daysOfYear(year)) {
        const expected = makeUp.has(date) || (!off.has(date) && !isWeekend(toDayNumber(date)));
        assert.equal(calendar.isWorkingDay(date), expected, date);
      }
    });

    test('250 working days in the year (261 weekdays, minus weekdays off, plus make-up Saturdays)', () => {
      // 2025: 261 − 12 + 1; 2026: 261 − 13 + 2.
      assert.equal(daysOfYear(year).filter((d) => calendar.isWorkingDay(d)).length, 250);
    });
  });
}

describe('official schedules, spot checks', () => {
  test('2025: Tết block Sat 25/01 – Sun 02/02, work resumes Mon 03/02', () => {
    assert.equal(calendar.isWorkingDay('2025-01-24'), true);
    assert.equal(calendar.holidayName('2025-01-25'), 'Tết Âm lịch (Tết Nguyên đán)');
    assert.equal(calendar.isWorkingDay('2025-01-27'), false); // 28 Chạp, an official Tết day in 2025
    assert.equal(calendar.isWorkingDay('2025-02-03'), true);
  });

  test('2025: Friday 02/05 off, swapped with Saturday 26/04', () => {
    assert.equal(
      calendar.holidayName('2025-04-30'),
      'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)',
    );
    assert.equal(calendar.holidayName('2025-05-01'), 'Ngày Quốc tế lao động');
    assert.deepEqual(calendar.describeDay('2025-05-02'), {
      date: '2025-05-02',
      basis: 'official_schedule',
      isWorkingDay: false,
      kind: 'swapped_day_off',
      name: 'Ngày Quốc tế lao động (nghỉ hoán đổi)',
    });
    assert.equal(calendar.isWorkingDay('2025-04-26'), true);
    assert.equal(calendar.isWorkingDay('2025-04-27'), false);
  });

  test('2026: Tết Dương lịch 01–04/01, Friday 02/01 made up on Saturday 10/01', () => {
    assert.equal(calendar.isWorkingDay('2026-01-02'), false);
    assert.equal(calendar.isWorkingDay('2026-01-05'), true);
    assert.equal(calendar.isWorkingDay('2026-01-10'), true);
    assert.equal(calendar.isWorkingDay('2026-01-11'), false);
    assert.equal(calendar.nextWorkingDay('2026-01-09'), '2026-01-10');
  });

  test('2026: Giỗ Tổ on Sunday 26/04 gives compensatory Monday 27/04', () => {
    assert.equal(calendar.holidayName('2026-04-26'), 'Giỗ Tổ Hùng Vương');
    assert.equal(calendar.describeDay('2026-04-27').kind, 'compensatory');
    assert.equal(calendar.nextWorkingDay('2026-04-24'), '2026-04-28');
  });

  test('2026: National Day block Sat 29/08 – Wed 02/09, Monday 31/08 made up on Saturday 22/08', () => {
    assert.equal(calendar.holidayName('2026-08-31'), 'Quốc khánh (nghỉ hoán đổi)');
    assert.equal(calendar.nextWorkingDay('2026-08-28'), '2026-09-03');
    assert.equal(calendar.isWorkingDay('2026-08-22'), true);
  });

  test('Ngày Văn hóa Việt Nam (24/11) is pending legislation, so still a working day', () => {
    assert.equal(calendar.isWorkingDay('2026-11-24'), true);
    assert.equal(calendar.holidayName('2026-11-24'), null);
  });

  test('ordinary days have no holiday name', () => {
    assert.equal(calendar.holidayName('2026-03-10'), null);
    assert.equal(calendar.describeDay('2026-03-14').kind, 'weekend');
  });

  test('loadDefaultCalendar reads the shipped reference data', async () => {
    const loaded = await loadDefaultCalendar();
    assert.equal(loaded.isWorkingDay('2026-02-17'), false);
    assert.equal(loaded.isWorkingDay('2026-01-10'), true);
  });
});

describe('years without an official schedule follow the Labour Code', () => {
  test('2027 matches the rule-based outline of the reference data', () => {
    const off = (date: string) => assert.equal(calendar.isWorkingDay(date), false, date);
    off('2027-01-01'); // Friday
    off('2027-04-16'); // Giỗ Tổ, Friday
    off('2027-04-30'); // Friday
    assert.equal(calendar.describeDay('2027-05-03').kind, 'compensatory'); // 1/5 is a Saturday
    off('2027-09-02');
    off('2027-09-03'); // 2/9 on a Thursday: the extra day is Friday 3/9
    assert.equal(calendar.isWorkingDay('2027-09-01'), true);
    assert.equal(calendar.describeDay('2027-06-01').basis, 'labour_code_rules');
  });

  test('Tết 2027: 29 Chạp (Fri 05/02) + mùng 1–4, two of them on the weekend, so back to work Fri 12/02', () => {
    for (const date of ['2027-02-05', '2027-02-08', '2027-02-09']) {
      assert.equal(calendar.describeDay(date).kind, 'holiday', date);
    }
    for (const date of ['2027-02-10', '2027-02-11']) {
      assert.equal(calendar.describeDay(date).kind, 'compensatory', date);
    }
    assert.equal(calendar.isWorkingDay('2027-02-04'), true);
    assert.equal(calendar.nextWorkingDay('2027-02-04'), '2027-02-12');
  });

  test('the rules alone reproduce the official days of 2026', () => {
    const byRules = createWorkingCalendar({ ...data, official_schedules: {} });
    const blocks = (data.official_schedules[2026] as { blocks: Block[] }).blocks;
    for (const date of blocks.flatMap((b) => [...b.official_days, ...(b.compensatory_days ?? [])])) {
      assert.equal(byRules.isWorkingDay(date), false, date);
    }
    // The Prime Minister's swaps are not derivable.
    assert.equal(byRules.isWorkingDay('2026-01-02'), true);
    assert.equal(byRules.isWorkingDay('2026-01-10'), false);
  });

  test('an official schedule overrides the rules for its year (Tết 2025 was 28 Chạp – mùng 3)', () => {
    const byRules = createWorkingCalendar({ ...data, official_schedules: {} });
    assert.equal(byRules.isWorkingDay('2025-01-27'), true);
    assert.equal(byRules.isWorkingDay('2025-02-03'), false); // compensatory for mùng 4 on Saturday 01/02
    assert.equal(calendar.isWorkingDay('2025-01-27'), false);
    assert.equal(calendar.isWorkingDay('2025-02-03'), true);
  });

  test('National Day extra day follows the recent decisions (1/9 or 3/9)', () => {
    const byRules = createWorkingCalendar({ ...data, official_schedules: {} });
    assert.equal(byRules.isWorkingDay('2024-09-03'), false); // 2/9 Monday → Tuesday 3/9
    assert.equal(byRules.isWorkingDay('2025-09-01'), false); // 2/9 Tuesday → Monday 1/9
    assert.equal(byRules.isWorkingDay('2023-09-04'), false); // 2/9 Saturday → Friday 1/9 + compensatory 4/9
  });
});

describe('invalid data is refused', () => {
  test('missing rules', () => {
    assert.throws(() => createWorkingCalendar({ official_schedules: {} }));
  });

  test('a make-up working day that is not a weekend day', () => {
    const bad = structuredClone(data);
    bad.official_schedules['2026'].make_up_working_saturdays.push('2026-03-10');
    assert.throws(() => createWorkingCalendar(bad), /make-up working day 2026-03-10/);
  });

  test('a block naming an unknown holiday', () => {
    const bad = structuredClone(data);
    bad.official_schedules['2026'].blocks[0].holiday = 'tet_typo';
    assert.throws(() => createWorkingCalendar(bad), /unknown holiday id "tet_typo"/);
  });

  test('a date that does not exist', () => {
    const bad = structuredClone(data);
    bad.official_schedules['2026'].blocks[0].block.push('2026-02-30');
    assert.throws(() => createWorkingCalendar(bad));
    assert.throws(() => calendar.isWorkingDay('2026-2-3'), RangeError);
  });
});
