import type { Locale } from './locale.ts';

/**
 * One formatter per time zone, made once: building an Intl formatter costs far more than using
 * it, and calendar dates are read on every request (today, each goal's activation day).
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'iso8601', numberingSystem: 'latn' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date it is at `now` for someone living in `timeZone`, as YYYY-MM-DD.
 * An engagement accepted at 00:30 on Tuesday in Riga starts on Tuesday, although it is
 * still Monday in UTC: calendar dates always belong to the person's own time zone.
 */
export function calendarDateIn(timeZone: string, now: Date): string {
  const parts = dayFormatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Adds whole days to an instant: used for expiries, which are instants, not calendar dates. */
export function addDaysToInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 24 * 60 * 60 * 1000);
}

const DATES: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
  lv: new Intl.DateTimeFormat('lv', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** A calendar date (YYYY-MM-DD) written the reader's way: "26 Oct 2026", "2026. gada 26. okt.". */
export function formatCalendarDay(date: string, locale: Locale): string {
  return DATES[locale].format(new Date(`${date}T00:00:00Z`));
}

const DATES_IN_FULL: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  lv: new Intl.DateTimeFormat('lv', { dateStyle: 'long', timeZone: 'UTC' }),
};

/**
 * A calendar date with its month in full, for prose such as an email: "26 October 2026",
 * "2026. gada 26. oktobris" (no abbreviation's full stop to run into the sentence's).
 */
export function formatCalendarDayInFull(date: string, locale: Locale): string {
  return DATES_IN_FULL[locale].format(new Date(`${date}T00:00:00Z`));
}
