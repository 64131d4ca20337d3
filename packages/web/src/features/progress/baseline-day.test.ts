import { describe, expect, it } from 'vitest';
import { proposedBaselineDay } from './baseline-day';

const TODAY = '2026-12-10';

describe("a new metric's proposed baseline day", () => {
  it.each([
    ['a goal that began before today: today', { startsOn: '2026-10-11', dueOn: '2027-01-09' }, '2026-12-10'],
    ['a goal that begins today: today', { startsOn: '2026-12-10', dueOn: '2027-03-10' }, '2026-12-10'],
    ['a goal that begins later: today, the day it is measured', { startsOn: '2027-01-04', dueOn: '2027-04-04' }, '2026-12-10'],
    ['a goal past its due date: its due date', { startsOn: '2026-09-01', dueOn: '2026-11-30' }, '2026-11-30'],
    ['a goal without a start: today', { startsOn: null, dueOn: '2027-01-09' }, '2026-12-10'],
    ['a goal without dates: today', { startsOn: null, dueOn: null }, '2026-12-10'],
  ])('%s', (_, goal, expected) => {
    expect(proposedBaselineDay(goal, TODAY)).toBe(expected);
  });
});
