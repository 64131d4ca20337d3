import { describe, expect, it } from 'vitest';
import { instantOnWallClock, isOtherClock, splitSessions } from './session-time';

describe('instantOnWallClock', () => {
  it.each([
    ['2026-11-24', '09:00', 'Europe/Riga', '2026-11-24T07:00:00.000Z'],
    ['2026-07-01', '09:00', 'Europe/Riga', '2026-07-01T06:00:00.000Z'],
    ['2026-03-29', '05:00', 'Europe/Riga', '2026-03-29T02:00:00.000Z'],
    ['2026-11-24', '09:30', 'America/New_York', '2026-11-24T14:30:00.000Z'],
    ['2026-11-24', '00:15', 'UTC', '2026-11-24T00:15:00.000Z'],
    ['2026-11-24', '23:45', 'Asia/Kolkata', '2026-11-24T18:15:00.000Z'],
  ])('%s %s in %s is %s', (date, time, timeZone, expected) => {
    expect(instantOnWallClock(date, time, timeZone)).toBe(expected);
  });

  it.each([
    ['24.11.2026', '09:00'],
    ['2026-11-24', '9'],
    ['2026-11-24', '25:00'],
  ])('refuses %s %s', (date, time) => {
    expect(instantOnWallClock(date, time, 'Europe/Riga')).toBeNull();
  });
});

describe('isOtherClock', () => {
  const riga = { timeZone: 'Europe/Riga', date: '2026-11-24', time: '09:00', offset: '+02:00' };
  it('is false for the same zone', () => expect(isOtherClock(riga, riga)).toBe(false));
  it('is false for another zone reading the same', () => expect(isOtherClock(riga, { ...riga, timeZone: 'Europe/Vilnius' })).toBe(false));
  it('is true for another zone reading differently', () =>
    expect(isOtherClock(riga, { timeZone: 'Europe/London', date: '2026-11-24', time: '07:00', offset: '+00:00' })).toBe(true));
});

describe('splitSessions', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const session = (scheduledAt: string, endsAt: string, status: 'planned' | 'held' | 'cancelled' = 'planned') => ({ scheduledAt, endsAt, status });
  it('puts planned sessions not yet over ahead, soonest first, the rest behind, latest first, and the cancelled apart', () => {
    const later = session('2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z');
    const soon = session('2026-11-25T09:00:00Z', '2026-11-25T10:00:00Z');
    const now_ = session('2026-11-24T11:30:00Z', '2026-11-24T12:30:00Z');
    const held = session('2026-11-20T09:00:00Z', '2026-11-20T10:00:00Z', 'held');
    const missed = session('2026-11-22T09:00:00Z', '2026-11-22T10:00:00Z');
    const cancelled = session('2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z', 'cancelled');
    const cancelledEarlier = session('2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', 'cancelled');
    const split = splitSessions([later, cancelled, soon, held, now_, missed, cancelledEarlier], now);
    expect(split.upcoming).toEqual([now_, soon, later]);
    expect(split.past).toEqual([missed, held]);
    // Cancelled ahead of its day (the 26th) or behind it: neither upcoming nor past.
    expect(split.cancelled).toEqual([cancelled, cancelledEarlier]);
  });
});
