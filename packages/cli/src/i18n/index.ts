import { en, type Messages } from './en.ts';
import { lv } from './lv.ts';

export type { Messages };
export type CliLocale = 'en' | 'lv';

const CATALOGS: Record<CliLocale, Messages> = { en, lv };

/**
 * The language of the command: TANDEM_LOCALE when set, else the usual POSIX variables in their
 * order of precedence (LC_ALL, LC_MESSAGES, LANG). Latvian when the value starts with "lv",
 * English otherwise.
 */
export function detectLocale(env: NodeJS.ProcessEnv): CliLocale {
  const setting = [env.TANDEM_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value.trim() !== '');
  return setting?.trim().toLowerCase().startsWith('lv') ? 'lv' : 'en';
}

export function messagesFor(locale: CliLocale): Messages {
  return CATALOGS[locale];
}

/** A calendar date ("YYYY-MM-DD") as people write it in `locale`; it names a day, not an instant. */
export function formatCalendarDate(date: string, locale: CliLocale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}

/** An instant (ISO 8601) as people write a day and a time in `locale`, on this machine's clock. */
export function formatInstant(instant: string, locale: CliLocale): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
