import { formatCalendarDay, formatInstantInFull, isCalendarDate, type Locale } from '@tandem/core';
import { expectData, type TandemApi } from '../api/client.ts';
import type { CliContext } from '../context.ts';

/** How the signed-in account reads dates: in its language and on its clock, as the web app and Tandem's emails write them for it. */
export type DateReader = { locale: Locale; timeZone: string };

/** The signed-in account's language and time zone, for the dates a command prints. */
export async function readDateReader(ctx: CliContext, server: string, api: TandemApi): Promise<DateReader> {
  const me = await expectData(ctx, server, api.GET('/api/v1/me'));
  return { locale: me.locale, timeZone: me.timeZone };
}

/** A calendar date (YYYY-MM-DD) the account's way: "12 Oct 2026", "2026. gada 12. okt."; anything else as it came. */
export function formatDay(date: string, reader: DateReader): string {
  return isCalendarDate(date) ? formatCalendarDay(date, reader.locale) : date;
}

/**
 * When a link stops working, as Tandem's invitation emails say it: the day in full, the time on
 * the account's clock and its zone ("22 December 2026 at 04:42 (Eastern European Time)").
 */
export function formatLinkExpiry(instant: string, reader: DateReader): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant : formatInstantInFull(at, reader.timeZone, reader.locale);
}
