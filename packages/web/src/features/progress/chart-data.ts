import type { MetricProgress } from '../../api/types';

/** One point of a chart: the day as a number for the time axis, and the day it stands for. */
export type ChartPoint = { day: number; on: string; value: number };

export type MetricChartData = {
  /** The baseline, then every value in force, by date. */
  actual: ChartPoint[];
  /** The straight line from (start, baseline) to (due, target); empty when the goal has no dates. */
  plan: ChartPoint[];
  /** The time axis, wide enough for the plan, the values and today. */
  days: [number, number];
  /** The value axis, holding the baseline, the target, every value and a scale's bounds, with its ticks. */
  values: [number, number];
  valueTicks: number[];
  today: number;
  /**
   * Which side of the today line its label goes: to the left, unless today is in the axis's first
   * half, where a label to the left would run over the value axis (a metric measured from today).
   */
  todayLabelSide: 'left' | 'right';
};

const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` date as the number of days since 1970-01-01: a time axis without time zones. */
export function dayNumber(isoDate: string): number {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The inverse of `dayNumber`. */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function point(on: string, value: number): ChartPoint {
  return { day: dayNumber(on), on, value };
}

/**
 * A value axis with round steps (1, 2, 2.5 or 5 times a power of ten) from below the lowest value
 * to above the highest, about five ticks; an axis of values that are never negative does not dip
 * below zero.
 */
export function niceAxis(low: number, high: number): { range: [number, number]; ticks: number[] } {
  const span = high - low || Math.abs(high) || 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const padded = [low - span * 0.05, high + span * 0.05];
  const bottom = Math.floor((padded[0] ?? low) / step) * step;
  const top = Math.ceil((padded[1] ?? high) / step) * step;
  const first = low >= 0 ? Math.max(0, bottom) : bottom;
  // Multiples of the step, cleaned of floating-point dust (1.4000000000000001).
  const tidy = (value: number) => Number(value.toPrecision(12));
  const ticks: number[] = [];
  for (let count = Math.round(first / step); count * step <= top + step / 1000; count += 1) ticks.push(tidy(count * step));
  return { range: [tidy(first), tidy(top)], ticks };
}

/**
 * What a metric's chart draws: the values recorded, starting from the baseline, against the plan
 * line, on axes that hold them all and today. A scale's bounds (1-5) frame its value axis.
 */
export function metricChartData(metric: MetricProgress, today: string, bounds?: { min: number | null; max: number | null }): MetricChartData {
  const recorded = [...metric.actual].sort((a, b) => a.on.localeCompare(b.on)).map((entry) => point(entry.on, entry.value));
  const first = recorded[0];
  const startsWithBaseline = first === undefined || first.on > metric.baselineOn;
  const actual = startsWithBaseline ? [point(metric.baselineOn, metric.baseline), ...recorded] : recorded;
  const plan = metric.plan.map((entry) => point(entry.on, entry.value));
  const todayNumber = dayNumber(today);

  const allDays = [...actual, ...plan].map((entry) => entry.day);
  const days: [number, number] = [Math.min(...allDays, todayNumber), Math.max(...allDays, todayNumber)];
  if (days[0] === days[1]) days[1] += 1;

  const allValues = [metric.baseline, metric.target, ...actual.map((entry) => entry.value)];
  const low = Math.min(...allValues);
  const high = Math.max(...allValues);
  const scale = bounds && bounds.min !== null && bounds.max !== null ? { min: bounds.min, max: bounds.max } : null;
  const axis = scale && low >= scale.min && high <= scale.max ? niceAxis(scale.min, scale.max) : niceAxis(low, high);
  const values: [number, number] = scale && low >= scale.min && high <= scale.max ? [scale.min, scale.max] : axis.range;
  const valueTicks = axis.ticks.filter((tick) => tick >= values[0] && tick <= values[1]);
  const todayLabelSide = todayNumber - days[0] < (days[1] - days[0]) / 2 ? 'right' : 'left';
  return { actual, plan, days, values, valueTicks, today: todayNumber, todayLabelSide };
}
