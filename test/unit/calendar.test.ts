// Calendar arithmetic for statutory periods: weekdays, bank holidays and working days.

import assert from 'node:assert/strict';
import {
  BANK_HOLIDAYS_COVER,
  addCalendarDays,
  addWorkingDays,
  isBankHoliday,
  isWorkingDay,
  regionFor,
  weekdayOf,
} from '../../server/src/core/knowledge/calendar';
import { ENGLAND_AND_WALES, NORTHERN_IRELAND, SCOTLAND } from '../../server/src/core/knowledge/bankHolidays';

describe('calendar', () => {
  it('knows the weekday of known dates', () => {
    assert.equal(weekdayOf('2025-02-24'), 1); // the Act's commencement day was a Monday
    assert.equal(weekdayOf('2024-02-29'), 4); // leap day
    assert.equal(weekdayOf('2027-12-25'), 6);
    assert.equal(weekdayOf('2026-12-26'), 6);
    assert.equal(weekdayOf('2000-01-01'), 6);
  });

  it('rejects impossible and malformed dates instead of rolling them over', () => {
    assert.ok(Number.isNaN(weekdayOf('2025-02-30')));
    assert.ok(Number.isNaN(weekdayOf('2025-13-01')));
    assert.ok(Number.isNaN(weekdayOf('not a date')));
    assert.equal(addCalendarDays('2025-02-30', 3), '2025-02-30');
    assert.equal(addWorkingDays('2025-02-30', 3, 'england-and-wales'), undefined);
  });

  it('lists Easter Monday in England and Wales and Northern Ireland, not in Scotland', () => {
    for (const day of ['2024-04-01', '2025-04-21', '2026-04-06', '2027-03-29']) {
      assert.ok(isBankHoliday(day, 'england-and-wales'), day);
      assert.ok(isBankHoliday(day, 'northern-ireland'), day);
      assert.ok(!isBankHoliday(day, 'scotland'), day);
    }
  });

  it('observes Christmas and Boxing Day substitute days', () => {
    // 2026: Boxing Day is a Saturday, so Monday 28 December is the bank holiday.
    assert.ok(isBankHoliday('2026-12-28', 'england-and-wales'));
    assert.ok(!isBankHoliday('2026-12-26', 'england-and-wales'));
    // 2027: both fall at the weekend; Monday 27 and Tuesday 28 December are observed.
    assert.ok(isBankHoliday('2027-12-27', 'scotland'));
    assert.ok(isBankHoliday('2027-12-28', 'northern-ireland'));
    assert.ok(!isWorkingDay('2027-12-25', 'england-and-wales'));
  });

  it('has the regional holidays and only weekdays in every list', () => {
    assert.ok(isBankHoliday('2025-01-02', 'scotland') && !isBankHoliday('2025-01-02', 'england-and-wales'));
    assert.ok(isBankHoliday('2025-12-01', 'scotland')); // St Andrew's Day substitute
    assert.ok(isBankHoliday('2025-07-14', 'northern-ireland')); // Battle of the Boyne substitute
    assert.ok(isBankHoliday('2024-03-18', 'northern-ireland')); // St Patrick's Day substitute
    for (const list of [ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND]) {
      for (const day of list) {
        assert.ok(weekdayOf(day) >= 1 && weekdayOf(day) <= 5, day);
        assert.ok(day >= BANK_HOLIDAYS_COVER.from && day <= BANK_HOLIDAYS_COVER.to, day);
      }
    }
    assert.equal(ENGLAND_AND_WALES.length, 32);
  });

  it('adds calendar days across month and year ends', () => {
    assert.equal(addCalendarDays('2025-01-31', 1), '2025-02-01');
    assert.equal(addCalendarDays('2024-12-27', 10), '2025-01-06');
    assert.equal(addCalendarDays('2025-03-01', -1), '2025-02-28');
  });

  it('counts working days from the day after, skipping weekends and bank holidays', () => {
    assert.equal(addWorkingDays('2025-03-03', 8, 'england-and-wales'), '2025-03-13');
    // Across Easter 2025 (Good Friday 18 April, Easter Monday 21 April).
    assert.equal(addWorkingDays('2025-04-16', 2, 'england-and-wales'), '2025-04-22');
    // Scotland works on Easter Monday.
    assert.equal(addWorkingDays('2025-04-16', 2, 'scotland'), '2025-04-21');
    // Across Christmas 2026.
    assert.equal(addWorkingDays('2026-12-23', 3, 'england-and-wales'), '2026-12-30');
    assert.equal(addWorkingDays('2025-03-03', 0, 'england-and-wales'), '2025-03-03');
  });

  it('answers undefined outside the years the list covers', () => {
    assert.equal(addWorkingDays('2023-12-20', 5, 'england-and-wales'), undefined);
    assert.equal(addWorkingDays('2027-12-30', 5, 'england-and-wales'), undefined);
    assert.equal(addWorkingDays('2025-03-03', -1, 'england-and-wales'), undefined);
  });

  it('maps jurisdictions to holiday regions', () => {
    assert.equal(regionFor(undefined), 'england-and-wales');
    assert.equal(regionFor('England'), 'england-and-wales');
    assert.equal(regionFor('Wales'), 'england-and-wales');
    assert.equal(regionFor('Scotland'), 'scotland');
    assert.equal(regionFor('Northern Ireland'), 'northern-ireland');
  });
});
