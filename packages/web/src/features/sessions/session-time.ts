import { instantFromLocal } from '@tandem/core';
import type { LocalTime, SessionStatus, SessionSummary } from '../../api/types';

/**
 * The instant (ISO, UTC) a day and time read on a wall clock in `timeZone` stand for: what a
 * person means by "Tuesday at 09:00" where they live. Null for a day or time that is not one.
 */
export function instantOnWallClock(date: string, time: string, timeZone: string): string | null {
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!clock) return null;
  try {
    return instantFromLocal(`${date}T${clock[1]?.padStart(2, '0')}:${clock[2]}`, timeZone).toISOString();
  } catch (error) {
    if (error instanceof RangeError) return null; // not a date, or not a real one (25:00, 30 February)
    throw error;
  }
}

/** Whether the client's wall clock reads differently from the reader's (another zone, another offset). */
export function isOtherClock(reader: LocalTime, client: LocalTime): boolean {
  return reader.timeZone !== client.timeZone && (reader.offset !== client.offset || reader.date !== client.date || reader.time !== client.time);
}

/** Still ahead: planned and not yet over. A planned session whose time has passed waits to be marked held. */
export function isUpcoming(session: { status: SessionStatus; endsAt: string }, now: Date): boolean {
  return session.status === 'planned' && new Date(session.endsAt).getTime() >= now.getTime();
}

/**
 * Upcoming sessions, soonest first; the ones held or whose time has passed, latest first; and the
 * cancelled ones apart, latest first (a session cancelled ahead of its day is neither ahead nor past).
 */
export function splitSessions<T extends Pick<SessionSummary, 'status' | 'endsAt' | 'scheduledAt'>>(
  sessions: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[]; cancelled: T[] } {
  const latestFirst = (a: T, b: T) => b.scheduledAt.localeCompare(a.scheduledAt);
  const upcoming = sessions.filter((session) => isUpcoming(session, now)).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const past = sessions.filter((session) => session.status !== 'cancelled' && !isUpcoming(session, now)).sort(latestFirst);
  const cancelled = sessions.filter((session) => session.status === 'cancelled').sort(latestFirst);
  return { upcoming, past, cancelled };
}
