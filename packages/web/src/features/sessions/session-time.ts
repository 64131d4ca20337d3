import type { LocalTime, SessionStatus, SessionSummary } from '../../api/types';

/** The offset from UTC (in minutes) a time zone's clocks show at an instant. */
function offsetMinutesAt(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const onTheWall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((onTheWall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant (ISO, UTC) a day and time read on a wall clock in `timeZone` stand for: what a
 * person means by "Tuesday at 09:00" where they live. Null for a day or time that is not one.
 */
export function instantOnWallClock(date: string, time: string, timeZone: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!day || !clock) return null;
  const [year, month, dayOfMonth, hour, minute] = [day[1], day[2], day[3], clock[1], clock[2]].map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  // The offset in force is found from a first guess, then checked at the instant it gives.
  const guess = wall - offsetMinutesAt(timeZone, wall) * 60_000;
  const instant = wall - offsetMinutesAt(timeZone, guess) * 60_000;
  return new Date(instant).toISOString();
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
