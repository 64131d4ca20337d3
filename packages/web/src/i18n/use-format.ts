import { useTranslation } from 'react-i18next';
import { useMe } from '../features/session/use-me';
import { browserTimeZone, formatAxisNumber, formatCalendarDate, formatInstant, formatInstantDate, formatNumber, formatPercent, formatShortDate, todayIn } from './format';
import { isLanguage, type Language } from './i18n';
import { linkExpiry } from './link-expiry';

/** Date and number formatters in the current language and the reader's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const timeZone = me?.timeZone ?? browserTimeZone();
  return {
    language,
    timeZone,
    calendarDate: (isoDate: string) => formatCalendarDate(isoDate, language),
    instant: (isoTimestamp: string) => formatInstant(isoTimestamp, language, timeZone),
    instantDate: (isoTimestamp: string) => formatInstantDate(isoTimestamp, language, timeZone),
    number: (value: number) => formatNumber(value, language),
    axisNumber: (value: number) => formatAxisNumber(value, language),
    percent: (share: number) => formatPercent(share, language),
    shortDate: (isoDate: string) => formatShortDate(isoDate, language),
    /** When a link stops working, for a catalog's "until {{date}} at {{time}}". */
    linkExpiry: (isoTimestamp: string) => linkExpiry(isoTimestamp, language, timeZone),
    /** Today in the reader's time zone, as `YYYY-MM-DD`. */
    today: () => todayIn(timeZone),
  };
}
