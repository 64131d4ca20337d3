import type { CheckIn, Metric } from '../api/types.ts';

/** Check-ins by the day they speak for; those of one day in the order they were recorded. */
export function inDateOrder(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * The history as a table: date, kind, author, confidence, one column per metric, text. A
 * corrected check-in gives way to its correction, so that each measurement is counted once;
 * the JSON export keeps both.
 */
export function checkInTable(checkIns: readonly CheckIn[], metrics: readonly Metric[]): string[][] {
  const header = ['date', 'kind', 'author', 'confidence', ...metrics.map((metric) => metric.name), 'text'];
  const rows = inDateOrder(checkIns)
    .filter((checkIn) => checkIn.supersededById === null)
    .map((checkIn) => {
      const valueOf = new Map(checkIn.values.map((entry) => [entry.metricId, String(entry.value)]));
      return [
        checkIn.effectiveOn,
        checkIn.kind,
        checkIn.author?.name ?? checkIn.stakeholderName ?? '',
        checkIn.confidence === null ? '' : String(checkIn.confidence),
        ...metrics.map((metric) => valueOf.get(metric.id) ?? ''),
        checkIn.text,
      ];
    });
  return [header, ...rows];
}
