import { calendarDateIn, formatCalendarDay, formatCalendarDayInFull } from '../calendar.ts';
import type { Locale } from '../locale.ts';
import { describeRiskReason } from '../progress/wording.ts';
import type { CarryDetail, CarryKind } from './agenda.ts';
import { localTimeIn } from './local-time.ts';

/**
 * An instant written in prose as someone in `timeZone` reads it, the zone named, for an email
 * whose reader may live elsewhere than its sender: "21 December 2026 at 18:00 (Eastern European
 * Time)", "2026. gada 21. decembris plkst. 18:00 (Austrumeiropas laiks)".
 */
export function formatInstantInFull(instant: Date, timeZone: string, locale: Locale): string {
  const day = formatCalendarDayInFull(calendarDateIn(timeZone, instant), locale);
  const { time } = localTimeIn(instant, timeZone);
  const zone = timeZoneName(timeZone, locale, instant);
  return locale === 'lv' ? `${day} plkst. ${time} (${zone})` : `${day} at ${time} (${zone})`;
}

/**
 * A time zone (`Europe/Riga`) by the name a person knows it by in their language: "Eastern
 * European Time", "Austrumeiropas laiks", the same all year. Where the language has no such name
 * but a place ("Laika josla: Apvienotā Karaliste") or an offset ("GMT+00:00"), the zone's name at
 * `at` reads better ("Griničas laiks", "Coordinated Universal Time"). An ID that Intl does not
 * know is given as it is.
 */
export function timeZoneName(timeZone: string, locale: Locale, at: Date): string {
  const nameIn = (style: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat(locale === 'lv' ? 'lv' : 'en-GB', { timeZone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  try {
    const generic = nameIn('longGeneric');
    if (generic && !/^GMT([+-]|$)|:/.test(generic)) return generic;
    return nameIn('long') ?? generic ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** The badge of a carried-over agenda item: why it is on the agenda. */
export const CARRY_LABELS: { readonly [K in CarryKind]: Readonly<Record<Locale, string>> } = {
  commitment: { en: 'Carried over: open commitment', lv: 'Pārnests: neizpildītas saistības' },
  goal_at_risk: { en: 'Carried over: goal at risk', lv: 'Pārnests: apdraudēts mērķis' },
  review_due: { en: 'Carried over: review due', lv: 'Pārnests: jāpārskata mērķis' },
};

/**
 * The words of a carried-over agenda item in the reader's language. A commitment speaks in its
 * own words (`text`); a goal at risk and a review due are written from what was carried. A goal's
 * risk is told as it stood on `carriedOn`, the day it was carried (YYYY-MM-DD): its numbers were
 * true then, and the goal may have recovered since.
 */
export function describeCarriedItem(detail: CarryDetail, text: string, locale: Locale, carriedOn?: string): string {
  switch (detail.kind) {
    case 'commitment':
      return text;
    case 'goal_at_risk': {
      const reasons = detail.reasons.map((reason) => describeRiskReason(reason, locale)).join(' ');
      if (carriedOn === undefined) return locale === 'lv' ? `Mērķis „${detail.title}” ir apdraudēts. ${reasons}` : `“${detail.title}” is at risk. ${reasons}`;
      const day = formatCalendarDay(carriedOn, locale);
      return locale === 'lv' ? `Stāvoklis ${day}: mērķis „${detail.title}” bija apdraudēts. ${reasons}` : `On ${day}, “${detail.title}” was at risk. ${reasons}`;
    }
    case 'review_due':
      return locale === 'lv'
        ? `Mērķa „${detail.title}” pārskatīšana: termiņš ${formatCalendarDay(detail.dueOn, 'lv')}.`
        : `Review “${detail.title}”: due ${formatCalendarDay(detail.dueOn, 'en')}.`;
  }
}
