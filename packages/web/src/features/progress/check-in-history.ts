import type { CheckIn } from '../../api/types';

/** A check-in in force, with the earlier versions it corrected, the latest correction first. */
export type CheckInEntry = { checkIn: CheckIn; corrected: CheckIn[] };

/** Latest first: by the day it speaks for, then by when it was written. */
function byLatest(a: CheckIn, b: CheckIn): number {
  return b.effectiveOn.localeCompare(a.effectiveOn) || b.createdAt.localeCompare(a.createdAt);
}

/**
 * A goal's check-ins as a timeline: the ones in force, latest first, each carrying the versions
 * it superseded (a correction of a correction carries both), so that what was corrected is shown
 * struck through under what replaced it rather than as a separate event.
 */
export function checkInHistory(checkIns: readonly CheckIn[]): CheckInEntry[] {
  const byId = new Map(checkIns.map((checkIn) => [checkIn.id, checkIn]));
  const isKnown = (id: string | null): id is string => id !== null && byId.has(id);
  const entries = checkIns
    .filter((checkIn) => !isKnown(checkIn.supersededById))
    .map((checkIn) => {
      const corrected: CheckIn[] = [];
      const seen = new Set([checkIn.id]);
      let previous = checkIn.supersedesId === null ? undefined : byId.get(checkIn.supersedesId);
      while (previous && !seen.has(previous.id)) {
        corrected.push(previous);
        seen.add(previous.id);
        previous = previous.supersedesId === null ? undefined : byId.get(previous.supersedesId);
      }
      return { checkIn, corrected };
    });
  return entries.sort((a, b) => byLatest(a.checkIn, b.checkIn));
}
