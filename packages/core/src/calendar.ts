import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * The calendar date it is at `now` for someone living in `timeZone`, as YYYY-MM-DD.
 * An engagement accepted at 00:30 on Tuesday in Riga starts on Tuesday, although it is
 * still Monday in UTC: calendar dates always belong to the person's own time zone.
 */
export function calendarDateIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Adds whole days to an instant: used for expiries, which are instants, not calendar dates. */
export function addDaysToInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * 24 * 60 * 60 * 1000);
}
