import { describe, expect, it } from 'vitest';
import { calendarDateIn } from './calendar.ts';
import { addCalendarDays } from './horizon.ts';
import { isLocale, isValidTimeZone } from './locale.ts';

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Riga', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['EET', false],
    ['', false],
    ['Europe/Riga; DROP TABLE users', false],
  ])('%s → %s', (zone, valid) => expect(isValidTimeZone(zone)).toBe(valid));
});

describe('isLocale', () => {
  it.each([
    ['lv', true],
    ['en', true],
    ['de', false],
    [undefined, false],
  ])('isLocale(%s) → %s', (value, expected) => expect(isLocale(value)).toBe(expected));
});

describe('calendarDateIn', () => {
  it.each([
    ['2026-05-04T21:30:00Z', 'Europe/Riga', '2026-05-05'],
    ['2026-05-04T21:30:00Z', 'UTC', '2026-05-04'],
    ['2026-05-05T03:00:00Z', 'America/New_York', '2026-05-04'],
    // The night the clocks go forward in Riga (29 March 2026, 03:00 → 04:00).
    ['2026-03-28T22:30:00Z', 'Europe/Riga', '2026-03-29'],
    // Zones far from UTC and off the hour: already tomorrow, and not yet today.
    ['2026-12-31T10:30:00Z', 'Pacific/Kiritimati', '2027-01-01'],
    ['2026-05-04T18:14:00Z', 'Asia/Kathmandu', '2026-05-04'],
    ['2026-05-04T18:15:00Z', 'Asia/Kathmandu', '2026-05-05'],
  ])('%s in %s is %s', (instant, zone, expected) => expect(calendarDateIn(zone, new Date(instant))).toBe(expected));
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-01-30', 2, '2026-02-01'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i days is %s', (date, days, expected) => expect(addCalendarDays(date, days)).toBe(expected));
});
