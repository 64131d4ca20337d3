/**
 * A moment as it reads on someone's wall clock: the calendar date, the time of day and the
 * offset from UTC in force there at that moment. A session at 09:00 in Riga is 02:00 in New York
 * most of the year, but 03:00 in the week between Europe's and America's daylight-saving changes.
 */
export type LocalTime = {
  timeZone: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
  /** ±HH:MM, e.g. +03:00 */
  offset: string;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'iso8601',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number; offset: string };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  // "GMT+03:00", or plain "GMT" where the offset is zero.
  const zone = part('timeZoneName').replace('GMT', '');
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    second: Number(part('second')),
    offset: zone === '' ? '+00:00' : zone,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;

/** How `instant` reads on a wall clock in `timeZone` (an IANA zone such as Europe/Riga). */
export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  const clock = wallClock(instant, timeZone);
  return {
    timeZone,
    date: `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`,
    time: `${pad(clock.hour)}:${pad(clock.minute)}`,
    offset: clock.offset,
  };
}

/** Milliseconds that `timeZone` is ahead of UTC at `instant`. */
function offsetMs(instant: number, timeZone: string): number {
  const clock = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether the wall-clock parts name a real date and time (no 30 February, no 24:00). */
function isRealWallClock(parts: readonly number[]): boolean {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const back = new Date(Date.UTC(year, month - 1, day));
  return (
    back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day &&
    hour < 24 && minute < 60 && second < 60
  );
}

/** Whether a string is a wall-clock date and time without an offset: 2026-10-26T09:00. */
export function isLocalDateTime(value: string): boolean {
  return LOCAL_DATE_TIME.test(value);
}

/**
 * The instant at which the wall clock in `timeZone` shows `localDateTime` (YYYY-MM-DDTHH:mm).
 * A time that happens twice (the autumn night the clocks go back) is the first of the two; a
 * time the clocks skip (the spring night they go forward) is read with the offset from before
 * the change, which lands an hour later on the clock.
 */
export function instantFromLocal(localDateTime: string, timeZone: string): Date {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  if (!match) throw new RangeError(`Not a local date and time (YYYY-MM-DDTHH:mm): ${localDateTime}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (!isRealWallClock([year, month, day, hour, minute, second])) throw new RangeError(`Not a real date and time: ${localDateTime}`);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offsets in force a day before and a day after: at most one change lies between them.
  const earlier = offsetMs(asUtc - DAY_MS, timeZone);
  const later = offsetMs(asUtc + DAY_MS, timeZone);
  const readsRight = (offset: number) => offsetMs(asUtc - offset, timeZone) === offset;
  const candidates = [earlier, later].filter(readsRight).map((offset) => asUtc - offset);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : asUtc - earlier);
}

/**
 * Reads the time of a session: an instant (with Z or an offset), or a wall-clock date and time
 * without an offset, which is read in `timeZone` (the client's). Null when it is not a real
 * date and time.
 */
export function readDateTime(value: string, timeZone: string): Date | null {
  const match = DATE_TIME.exec(value);
  if (!match || !isRealWallClock(match.slice(1, 7).map((part) => Number(part ?? 0)))) return null;
  if (match[7] === undefined) return instantFromLocal(value.replace(/\.\d+$/, ''), timeZone);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
