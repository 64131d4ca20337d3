import type { Locale } from '../locale.ts';

/**
 * How a pace is quoted to a person: in the metric's unit, per day, or per week or month when a
 * day's change is less than one of its unit ("3.1 calls a week", not "0.44 calls a day"). Paces side by side in
 * one sentence share the period and the decimals, so that they compare at a glance ("0.50 against
 * 0.35"). English and Latvian show the same figures, each written its own way ("0.5" / "0,5").
 */
const PACE_PERIODS = { day: 1, week: 7, month: 30 } as const;
type PacePeriod = keyof typeof PACE_PERIODS;

/**
 * Below one of its unit a day, a pace reads better per week ("3.1 calls a week", not "0.44 calls a
 * day": people count calls, not fractions of them); below one a week, per month.
 */
const SLOWEST_READABLE = 1;
/** Figures keep two significant digits below 1 and two decimals from 1 up: "0.35", "1.43", "12.5". */
const MAX_DECIMALS = 2;

const PERIOD_WORDS: Readonly<Record<Locale, Record<PacePeriod, string>>> = {
  en: { day: 'a day', week: 'a week', month: 'a month' },
  lv: { day: 'dienā', week: 'nedēļā', month: 'mēnesī' },
};

const formatters = new Map<string, Intl.NumberFormat>();

/** A number written the reader's way ("1,234.5" / "1234,5") with `least` to `most` decimals. */
function format(locale: Locale, value: number, least: number, most: number): string {
  const key = `${locale}:${least}:${most}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: least, maximumFractionDigits: most });
    formatters.set(key, formatter);
  }
  // -0 would read "-0".
  return formatter.format(value === 0 ? 0 : value);
}

/** A number written the reader's way, to at most two decimals and without trailing zeros: "1.43", "3,5", "350". */
export function formatNumber(locale: Locale, value: number): string {
  return format(locale, value, 0, MAX_DECIMALS);
}

/** The shortest period in which every pace that moves at all reads at least one of its unit. */
function periodFor(perDay: readonly number[]): PacePeriod {
  const moving = perDay.filter((pace) => pace !== 0 && Number.isFinite(pace)).map(Math.abs);
  if (moving.length === 0) return 'day';
  const slowest = Math.min(...moving);
  return (['day', 'week'] as const).find((period) => slowest * PACE_PERIODS[period] >= SLOWEST_READABLE) ?? 'month';
}

/**
 * The decimals a figure needs: two significant digits below 1 and two decimals from 1 up, never
 * more than `max`, trailing zeros dropped ("0.50" needs one, "3.00" none). A figure that would
 * round to nothing keeps its first significant digit instead.
 */
function decimalsOf(value: number, max: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = magnitude >= 0 ? max : Math.abs(value) < 10 ** -max / 2 ? -magnitude : Math.min(max, 1 - magnitude);
  const [, fraction = ''] = value.toFixed(decimals).replace(/0+$/u, '').split('.');
  return fraction.length;
}

/** "0.5 km", "12%", or the figure alone for a metric without a unit (a count of talks). */
function withUnit(figure: string, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') return figure;
  return trimmed === '%' ? `${figure}%` : `${figure} ${trimmed}`;
}

/**
 * Paces given per day, quoted side by side for the reader: each with the metric's unit and the
 * period they share ("0.50 km a week", "0.35 km a week"; "0,50 km nedēļā").
 */
export function quotePaces(locale: Locale, unit: string, ...perDay: number[]): string[] {
  const period = periodFor(perDay);
  const inPeriod = perDay.map((pace) => pace * PACE_PERIODS[period]);
  const decimals = Math.max(0, ...inPeriod.map((pace) => decimalsOf(pace, MAX_DECIMALS)));
  return inPeriod.map((pace) => `${withUnit(format(locale, pace, decimals, decimals), unit)} ${PERIOD_WORDS[locale][period]}`);
}
