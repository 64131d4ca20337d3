import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  daysBetween,
  fitsHorizon,
  HORIZON_SPANS,
  HORIZONS,
  horizonRank,
  isCalendarDate,
  isHorizon,
  isLowerHorizon,
  type Horizon,
} from './horizon.ts';

describe('horizonRank', () => {
  it.each([
    ['vision', 4],
    ['year', 3],
    ['quarter', 2],
    ['month', 1],
  ] as const)('%s → %i', (horizon, rank) => expect(horizonRank(horizon)).toBe(rank));

  it('ranks the horizons from the vision down, in the order they are listed', () => {
    expect([...HORIZONS].sort((a, b) => horizonRank(b) - horizonRank(a))).toEqual(HORIZONS);
  });
});

describe('isLowerHorizon', () => {
  it.each([
    ['quarter', 'year', true],
    ['month', 'vision', true],
    ['year', 'vision', true],
    ['month', 'quarter', true],
    ['quarter', 'quarter', false],
    ['year', 'quarter', false],
    ['vision', 'month', false],
  ] as const)('%s under %s → %s', (child, parent, expected) => expect(isLowerHorizon(child, parent)).toBe(expected));
});

describe('fitsHorizon', () => {
  it.each<[Horizon, number, boolean]>([
    ['month', 30, true],
    ['month', 31, true],
    ['month', 32, false],
    ['quarter', 90, true],
    ['quarter', 92, true],
    ['quarter', 93, false],
    ['year', 365, true],
    ['year', 366, true],
    ['year', 367, false],
    ['vision', 364, false],
    ['vision', 365, true],
    ['vision', 1096, true],
    ['vision', 1097, false],
  ])('%s running %i days → %s', (horizon, days, expected) => expect(fitsHorizon(horizon, days)).toBe(expected));

  it.each([
    ['vision', 365],
    ['year', 365],
    ['quarter', 90],
    ['month', 30],
  ] as const)('a %s is usually given %i days', (horizon, days) => expect(HORIZON_SPANS[horizon].typicalDays).toBe(days));
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-01', '2026-03-31', 30],
    ['2026-03-31', '2026-03-01', -30],
    ['2026-03-10', '2026-03-10', 0],
    ['2026-03-28', '2026-03-30', 2], // clocks change in Riga on 29 March
    ['2026-10-24', '2026-10-26', 2], // and back on 25 October
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2026-01-01', '2027-01-01', 365],
    ['2026-03-10', '2026-06-08', 90],
  ])('%s → %s is %i days', (from, to, days) => expect(daysBetween(from, to)).toBe(days));

  it.each(['2026-02-30', '2026/03/01', '10.03.2026', '', '2026-3-1'])('refuses %j, which is not a calendar date', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(() => daysBetween(date, '2026-03-10')).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-03-10', 90, '2026-06-08'],
    ['2026-03-10', -9, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('%s + %i days → %s', (date, days, expected) => expect(addCalendarDays(date, days)).toBe(expected));
});

describe('isHorizon', () => {
  it.each([
    ['quarter', true],
    ['vision', true],
    ['week', false],
    [3, false],
    [null, false],
  ])('%j → %s', (value, expected) => expect(isHorizon(value)).toBe(expected));
});
