/**
 * A metric named with its unit, as the heading of its figures: "Talks given (times)". The unit is
 * words a person typed, often already plural ("reizes", "times"): written after each number it
 * would not agree with 1 or 21 ("1 reizes"), so the figures under such a heading stand alone.
 */
export function metricLabel(metric: { name: string; unit: string }): string {
  return metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
}
