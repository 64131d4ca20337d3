import type { Observation } from './metric.ts';

/**
 * Which of two values stands later in the metric's story: the one describing the later day,
 * and on the same day the one written down later (a correction supersedes what it corrects).
 * Negative when `a` comes first. When and in what order rows were updated plays no part.
 */
export function compareObservations(a: Observation, b: Observation): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  return Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
}

/**
 * The value in force today: the latest by the day it describes, then by when it was recorded.
 * A value back-filled for an earlier day takes its place in the history and does not become
 * the current one. Two values for the same day written at the same instant: the one given last
 * wins. None recorded yet: null.
 */
export function findCurrentObservation(observations: readonly Observation[]): Observation | null {
  let current: Observation | null = null;
  for (const observation of observations) {
    if (current === null || compareObservations(observation, current) >= 0) current = observation;
  }
  return current;
}

/**
 * The history as a chart shows it: one value per day, the one in force that day (the latest
 * recorded), in date order. Back-filled values fall into place by their date.
 */
export function listObservationsInForce(observations: readonly Observation[]): Observation[] {
  const byDay = new Map<string, Observation>();
  for (const observation of observations) {
    const held = byDay.get(observation.effectiveOn);
    if (held === undefined || compareObservations(observation, held) >= 0) byDay.set(observation.effectiveOn, observation);
  }
  return [...byDay.values()].sort(compareObservations);
}
