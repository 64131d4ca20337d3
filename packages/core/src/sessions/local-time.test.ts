import { describe, expect, it } from 'vitest';
import { instantFromLocal, isLocalDateTime, localTimeIn, readDateTime } from './local-time.ts';

describe('localTimeIn', () => {
  it.each<[string, string, string, string, string]>([
    // Europe moves its clocks back on 2026-10-25, America on 2026-11-01.
    ['2026-10-19T06:00:00Z', 'Europe/Riga', '2026-10-19', '09:00', '+03:00'],
    ['2026-10-19T06:00:00Z', 'America/New_York', '2026-10-19', '02:00', '-04:00'],
    ['2026-10-26T07:00:00Z', 'Europe/Riga', '2026-10-26', '09:00', '+02:00'],
    ['2026-10-26T07:00:00Z', 'America/New_York', '2026-10-26', '03:00', '-04:00'],
    ['2026-11-02T07:00:00Z', 'America/New_York', '2026-11-02', '02:00', '-05:00'],
    ['2026-01-01T00:30:00Z', 'UTC', '2026-01-01', '00:30', '+00:00'],
    ['2026-06-30T22:30:00Z', 'Europe/Riga', '2026-07-01', '01:30', '+03:00'],
    ['2026-06-30T22:30:00Z', 'Asia/Kolkata', '2026-07-01', '04:00', '+05:30'],
  ])('%s in %s reads %s %s (%s)', (instant, zone, date, time, offset) => {
    expect(localTimeIn(new Date(instant), zone)).toEqual({ timeZone: zone, date, time, offset });
  });
});

describe('instantFromLocal', () => {
  it.each<[string, string, string]>([
    ['2026-10-19T09:00', 'Europe/Riga', '2026-10-19T06:00:00.000Z'],
    ['2026-10-26T09:00', 'Europe/Riga', '2026-10-26T07:00:00.000Z'],
    ['2026-10-26T09:00', 'America/New_York', '2026-10-26T13:00:00.000Z'],
    ['2026-11-02T09:00', 'America/New_York', '2026-11-02T14:00:00.000Z'],
    ['2026-10-25T09:00:30', 'UTC', '2026-10-25T09:00:30.000Z'],
    // Autumn: 03:30 happens twice in Riga on 2026-10-25; the first is meant.
    ['2026-10-25T03:30', 'Europe/Riga', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25T05:00', 'Europe/Riga', '2026-10-25T03:00:00.000Z'],
    // Spring: 03:30 does not exist in Riga on 2026-03-29; read with the winter offset it is 04:30.
    ['2026-03-29T03:30', 'Europe/Riga', '2026-03-29T01:30:00.000Z'],
  ])('%s on the wall clock in %s is %s', (local, zone, instant) => {
    expect(instantFromLocal(local, zone).toISOString()).toBe(instant);
  });

  it('reads back what localTimeIn writes, across a year of hours', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      const local = localTimeIn(instant, 'America/New_York');
      const back = instantFromLocal(`${local.date}T${local.time}`, 'America/New_York');
      // An hour that happens twice reads back as its first occurrence.
      expect([0, 3_600_000]).toContain(instant.getTime() - back.getTime());
    }
  });

  it('knows a local date-time from an instant', () => {
    expect(isLocalDateTime('2026-10-26T09:00')).toBe(true);
    expect(isLocalDateTime('2026-10-26T09:00:00Z')).toBe(false);
    expect(() => instantFromLocal('26.10.2026 09:00', 'Europe/Riga')).toThrow(RangeError);
  });
});

describe('readDateTime', () => {
  it.each<[string, string | null]>([
    ['2026-10-26T07:00:00Z', '2026-10-26T07:00:00.000Z'],
    ['2026-10-26T07:00:00.000Z', '2026-10-26T07:00:00.000Z'],
    ['2026-10-26T09:00:00+02:00', '2026-10-26T07:00:00.000Z'],
    ['2026-10-26T09:00', '2026-10-26T07:00:00.000Z'],
    ['2026-10-26T09:00:00', '2026-10-26T07:00:00.000Z'],
    ['2026-02-30T09:00', null],
    ['2026-02-30T09:00:00Z', null],
    ['2026-10-26T24:00', null],
    ['2026-10-26', null],
    ['tomorrow', null],
  ])('%s in Riga is %s', (value, instant) => {
    expect(readDateTime(value, 'Europe/Riga')?.toISOString() ?? null).toBe(instant);
  });
});
