import { format, parseISO } from 'date-fns';

/**
 * How far ahead a goal looks. A client's vision reaches 1 to 3 years out; it breaks down into
 * goals for the year, the quarter (90 days) and the month (30 days). This is the cascade:
 * each goal serves one at a higher horizon.
 */
export const HORIZONS = ['vision', 'year', 'quarter', 'month'] as const;
export type Horizon = (typeof HORIZONS)[number];

/**
 * The time a goal at a horizon may span, in days, from its start to its due date.
 * `typicalDays` is the time it is usually given; the bounds leave slack for calendar months
 * (from 1 July to 30 September is 91 days from start to due date). A vision looks at least a year ahead,
 * so its typical span is counted from that shortest year.
 */
export type HorizonSpan = { minDays: number; typicalDays: number; maxDays: number };

export const HORIZON_SPANS: Readonly<Record<Horizon, HorizonSpan>> = {
  vision: { minDays: 365, typicalDays: 365, maxDays: 1096 },
  year: { minDays: 1, typicalDays: 365, maxDays: 366 },
  quarter: { minDays: 1, typicalDays: 90, maxDays: 92 },
  month: { minDays: 1, typicalDays: 30, maxDays: 31 },
};

/** Whether a value is one of the four horizons, as when reading it from a request. */
export function isHorizon(value: unknown): value is Horizon {
  return typeof value === 'string' && (HORIZONS as readonly string[]).includes(value);
}

/** How high a horizon sits in the cascade: the vision is highest (4), the month lowest (1). */
export function horizonRank(horizon: Horizon): number {
  return HORIZONS.length - HORIZONS.indexOf(horizon);
}

/**
 * A goal may only serve a goal at a higher horizon: a quarter goal can sit under a year goal
 * or a vision, never under another quarter goal or a month goal.
 */
export function isLowerHorizon(child: Horizon, parent: Horizon): boolean {
  return horizonRank(child) < horizonRank(parent);
}

/** Whether a goal running `days` from start to due date fits its horizon. */
export function fitsHorizon(horizon: Horizon, days: number): boolean {
  const span = HORIZON_SPANS[horizon];
  return days >= span.minDays && days <= span.maxDays;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The day number (days since 1970-01-01) of a YYYY-MM-DD calendar date, or NaN when it is not one.
 * Plain UTC arithmetic: calendar dates have no time zone, and the cascade and progress code call
 * this for every point of every chart, so it must be cheap.
 */
function dayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const number = readDayNumber(date);
  // The same few hundred dates (today, due dates, check-in days) come back on every request.
  if (dayNumbers.size >= MAX_REMEMBERED_DATES) dayNumbers.clear();
  dayNumbers.set(date, number);
  return number;
}

const MAX_REMEMBERED_DATES = 50_000;
const dayNumbers = new Map<string, number>();

function readDayNumber(date: string): number {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms / DAY_MS : Number.NaN;
}

function requireDayNumber(date: string): number {
  const number = dayNumber(date);
  if (Number.isNaN(number)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return number;
}

/** Whether a string is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  return !Number.isNaN(dayNumber(value));
}

/** Reads a calendar date written YYYY-MM-DD as local midnight; refuses anything else. */
export function parseCalendarDate(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parseISO(date);
}

/** Writes a date's calendar day as YYYY-MM-DD, in the same local time it was read in. */
export function formatCalendarDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Whole calendar days from one date to another: 2026-03-01 → 2026-03-31 is 30 days,
 * negative when `to` comes first. Dates are calendar dates, so time zones play no part.
 */
export function daysBetween(from: string, to: string): number {
  return requireDayNumber(to) - requireDayNumber(from);
}

/** The calendar date `days` after `date` (before it when negative). */
export function addCalendarDays(date: string, days: number): string {
  return new Date((requireDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
