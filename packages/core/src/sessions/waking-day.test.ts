import { describe, expect, it } from 'vitest';
import { sessionOnClock } from './waking-day.ts';

describe('sessionOnClock', () => {
  it.each<[string, number, string, string, string, boolean]>([
    // 10:00 in Riga (UTC+2 in winter) is 03:00 in New York.
    ['2026-12-10T08:00:00Z', 60, 'America/New_York', '03:00', '04:00', true],
    ['2026-12-10T08:00:00Z', 60, 'Europe/Riga', '10:00', '11:00', false],
    // The edges of the waking day belong to it.
    ['2026-12-10T05:00:00Z', 60, 'Europe/Riga', '07:00', '08:00', false],
    ['2026-12-10T19:00:00Z', 60, 'Europe/Riga', '21:00', '22:00', false],
    ['2026-12-10T04:59:00Z', 60, 'Europe/Riga', '06:59', '07:59', true],
    ['2026-12-10T19:30:00Z', 45, 'Europe/Riga', '21:30', '22:15', true],
    // Ending at midnight ends on the next day.
    ['2026-12-10T21:00:00Z', 60, 'Europe/Riga', '23:00', '00:00', true],
    // A week apart across America's change of clocks (1 November 2026): 15:00 in Riga is 09:00, then 08:00.
    ['2026-10-26T13:00:00Z', 60, 'America/New_York', '09:00', '10:00', false],
    ['2026-11-02T13:00:00Z', 60, 'America/New_York', '08:00', '09:00', false],
    ['2026-11-02T11:30:00Z', 60, 'America/New_York', '06:30', '07:30', true],
  ])('%s for %i minutes in %s runs %s to %s (outside the waking day: %s)', (start, minutes, zone, begins, ends, outside) => {
    const clock = sessionOnClock(new Date(start), minutes, zone);
    expect([clock.begins.time, clock.ends.time, clock.outsideWakingDay]).toEqual([begins, ends, outside]);
  });
});
