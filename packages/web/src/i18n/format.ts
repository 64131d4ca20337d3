import { timeZoneName } from '@tandem/core';
import type { i18n as I18n } from 'i18next';
import type { Language } from './i18n';

/** The BCP 47 tag that Intl formats with: Latvian as in Latvia, English with day-month order. */
export function intlLocale(language: Language): string {
  return language === 'lv' ? 'lv-LV' : 'en-GB';
}

/** The browser's own time zone, for people not signed in yet. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A calendar date (`YYYY-MM-DD`, already in the client's time zone) as words. It is a day, not an
 * instant, so it is formatted in UTC to keep the same day everywhere.
 */
export function formatCalendarDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO timestamp) as a date and time in the reader's time zone. */
export function formatInstant(isoTimestamp: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(isoTimestamp),
  );
}

/** An instant as the day it falls on in the reader's time zone. */
export function formatInstantDate(isoTimestamp: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone }).format(new Date(isoTimestamp));
}

/** The mark between a number's whole part and its fraction, as the reader writes it: "4.5", "4,5". */
export function decimalSeparator(language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/**
 * A number on a chart's axis, in the few characters the axis has room for: as it is below ten
 * thousand, then "12k", "3,4 milj." up to the trillions, and past them in scientific notation.
 */
export function formatAxisNumber(value: number, language: Language): string {
  const size = Math.abs(value);
  const notation = size < 10_000 ? 'standard' : size < 1e15 ? 'compact' : 'scientific';
  return new Intl.NumberFormat(intlLocale(language), { notation, maximumFractionDigits: notation === 'standard' ? 3 : 1 }).format(value);
}

/** A share (0.48) as a whole percent the reader's way: "48%", "48 %". */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A calendar date in few words, for chart axes: "3 Nov", "3. nov.". */
export function formatShortDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Teaches an i18next instance the format `timeZoneName`: a catalog writes `({{timeZone, timeZoneName}})`. */
export function addTimeZoneNames(instance: I18n): void {
  instance.services.formatter?.add('timeZoneName', (value: unknown, language: string | undefined) =>
    typeof value === 'string' ? timeZoneName(value, language === 'lv' ? 'lv' : 'en', new Date()) : String(value),
  );
}

/** Today's calendar date (`YYYY-MM-DD`) in a time zone: the day a person there would write down. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
