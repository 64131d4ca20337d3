import { localTimeIn, type LocalTime } from './local-time.ts';

/**
 * The hours of a person's day a session is planned in without a second thought: from 07:00 to
 * 22:00 on their own clock. Outside them, the one planning is asked to check with the other side.
 */
export const WAKING_DAY = { from: '07:00', to: '22:00' } as const;

/** A session as it reads on someone's clock: when it begins and ends there, and whether that is outside their waking day. */
export type SessionOnClock = { begins: LocalTime; ends: LocalTime; outsideWakingDay: boolean };

/**
 * How a session starting at `start` and lasting `durationMinutes` reads in `timeZone`. It lies
 * outside the waking day when it begins before 07:00 or ends after 22:00 or on a later day there:
 * 10:00 planned in Riga is 03:00 in New York.
 */
export function sessionOnClock(start: Date, durationMinutes: number, timeZone: string): SessionOnClock {
  const begins = localTimeIn(start, timeZone);
  const ends = localTimeIn(new Date(start.getTime() + durationMinutes * 60_000), timeZone);
  const outsideWakingDay = begins.time < WAKING_DAY.from || ends.date !== begins.date || ends.time > WAKING_DAY.to;
  return { begins, ends, outsideWakingDay };
}
