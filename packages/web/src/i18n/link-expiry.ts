import { formatInstantDate, intlLocale } from './format';
import type { Language } from './i18n';

const times = new Map<string, Intl.DateTimeFormat>();

/**
 * When an invitation link stops working, on the reader's clock: the day in full and the time of
 * day ("22 December 2026", "04:42"). A link expires at an instant, not at the end of a day, so
 * the time is part of it; a catalog puts the two in a sentence ("Link works until {{date}} at
 * {{time}}"), Latvian with the date in the case it asks for.
 */
export function linkExpiry(isoTimestamp: string, language: Language, timeZone: string): { date: string; time: string } {
  const key = `${language} ${timeZone}`;
  let time = times.get(key);
  if (!time) {
    time = new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    times.set(key, time);
  }
  return { date: formatInstantDate(isoTimestamp, language, timeZone), time: time.format(new Date(isoTimestamp)) };
}
