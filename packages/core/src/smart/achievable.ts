import { addCalendarDays, daysBetween, HORIZON_SPANS } from '../horizon.ts';
import { findCompleteMetric, judge, type CriterionInput } from './criterion.ts';
import type { CriterionAssessment } from './types.ts';
import { ACHIEVABLE } from './wording.ts';

/** A goal that asks for more than 130% of the pace so far is a stretch too far. */
const MAX_PACE_RATIO = 1.3;
/** A deadline should leave 20-30% of the usual time for setbacks: under 70% of it leaves none. */
const MIN_SHARE_OF_TYPICAL_SPAN = 0.7;
/** The buffer the seeds advise adding to a deadline: 20-30% more time. */
export const DEADLINE_BUFFER = { min: 0.2, max: 0.3 } as const;

/**
 * The due dates a 20-30% buffer gives a goal planned from `startsOn` to `dueOn`: the planned time
 * stretched by a fifth to nearly a third, rounded up to whole days. Null when the plan has no length.
 */
export function suggestBufferedDueOn(startsOn: string, dueOn: string): { from: string; to: string } | null {
  const planned = daysBetween(startsOn, dueOn);
  if (planned <= 0) return null;
  return {
    from: addCalendarDays(startsOn, Math.ceil(planned * (1 + DEADLINE_BUFFER.min))),
    to: addCalendarDays(startsOn, Math.ceil(planned * (1 + DEADLINE_BUFFER.max))),
  };
}

type Concern = { reason: string; question: string };

/** Past about ten years, a date the pace so far would reach is no suggestion worth making. */
const MAX_SUGGESTED_DAYS = 3653;

/**
 * The due dates that give the pace so far time to reach the target from `from`: the day it would
 * get there, with the 20-30% buffer on the time until then. Null when that is more than ten years off.
 */
function suggestDueOnAtPace(from: string, left: number, soFar: number): { reachOn: string; from: string; to: string } | null {
  const days = Math.ceil(left / soFar);
  if (!(days > 0 && days <= MAX_SUGGESTED_DAYS)) return null;
  const reachOn = addCalendarDays(from, days);
  const buffered = suggestBufferedDueOn(from, reachOn);
  return buffered === null ? null : { reachOn, ...buffered };
}

/**
 * Achievable: the time left, the pace it asks for and the room for setbacks.
 * A due date already past, or today, is missing. It is partly there when the metric would have
 * to move more than 130% faster than it has so far (from check-ins), when the deadline leaves
 * less than 70% of the time the goal's horizon usually gets (no 20-30% buffer: a quarter goal due
 * in 20 days), or when there is no date or timeframe to weigh the effort against.
 * The pace needed is what is left from the latest recorded value, divided by the days left: from
 * today, or from the start when the goal has not started yet (the days Time-bound counts).
 */
export function assessAchievable({ draft, statement, locale, today }: CriterionInput): CriterionAssessment {
  const dueOn = draft.dueOn ?? statement.timeframe?.dueOn ?? null;
  if (dueOn === null) return judge('partly', ACHIEVABLE.noTime[locale], ACHIEVABLE.askResources[locale]);
  const daysToDue = daysBetween(today, dueOn);
  if (daysToDue < 0) return judge('missing', ACHIEVABLE.overdue[locale]({ dueOn, days: -daysToDue }), ACHIEVABLE.askNewDate[locale]);
  if (daysToDue === 0) return judge('missing', ACHIEVABLE.dueToday[locale]({ dueOn }), ACHIEVABLE.askNewDate[locale]);

  const startsOn = draft.startsOn ?? today;
  const isNotStarted = daysBetween(today, startsOn) > 0 && daysBetween(startsOn, dueOn) > 0;
  const from = isNotStarted ? startsOn : today;
  const daysLeft = daysBetween(from, dueOn);
  const concerns: Concern[] = [];
  const checks: string[] = [(isNotStarted ? ACHIEVABLE.daysFromStart : ACHIEVABLE.daysLeft)[locale]({ days: daysLeft })];

  const metric = findCompleteMetric(draft);
  const paceSoFar = draft.paceSoFar ?? null;
  if (metric !== null && paceSoFar !== null) {
    const direction = Math.sign(metric.target - metric.baseline);
    // A caller that knows only the pace gets the value estimated from it, since the start.
    const current = draft.latestValue ?? metric.baseline + paceSoFar * Math.max(0, daysBetween(startsOn, today));
    const left = Math.max(0, (metric.target - current) * direction);
    const need = left / daysLeft;
    const soFar = paceSoFar * direction;
    if (left === 0) {
      checks.push(ACHIEVABLE.targetReached[locale]({ name: metric.name }));
    } else if (soFar <= 0) {
      // Not moving: no date would be reached at this pace, so the seeds' buffer on the plan.
      const buffered = suggestBufferedDueOn(startsOn, dueOn);
      const buffer = buffered ? ` ${ACHIEVABLE.bufferSuggestion[locale](buffered)}` : '';
      concerns.push({ reason: ACHIEVABLE.stalled[locale]({ name: metric.name, unit: metric.unit, soFar: paceSoFar }) + buffer, question: ACHIEVABLE.askStalled[locale] });
    } else if (need > MAX_PACE_RATIO * soFar) {
      // Steeper than the pace so far: the date the pace so far would reach, with the buffer on top.
      const atPace = suggestDueOnAtPace(from, left, soFar);
      const suggestion = atPace ? ` ${ACHIEVABLE.reachAtPaceSoFar[locale](atPace)}` : '';
      concerns.push({ reason: ACHIEVABLE.tooFast[locale]({ name: metric.name, unit: metric.unit, need, soFar }) + suggestion, question: ACHIEVABLE.askPace[locale] });
    } else {
      checks.push(ACHIEVABLE.paceWithinReach[locale]({ unit: metric.unit, need, soFar }));
    }
  } else if (metric !== null) {
    checks.push(ACHIEVABLE.noPaceYet[locale]);
  }

  if (draft.horizon !== undefined) {
    const { typicalDays } = HORIZON_SPANS[draft.horizon];
    const plannedDays = daysBetween(startsOn, dueOn);
    if (plannedDays < MIN_SHARE_OF_TYPICAL_SPAN * typicalDays) {
      const reason = ACHIEVABLE.noBuffer[locale]({ days: plannedDays, horizon: draft.horizon, typical: typicalDays });
      concerns.push({ reason, question: ACHIEVABLE.askBuffer[locale] });
    } else {
      checks.push(ACHIEVABLE.roomForSetbacks[locale]({ horizon: draft.horizon }));
    }
  }

  const [first] = concerns;
  if (first === undefined) return judge('met', ACHIEVABLE.checked[locale]({ checks }), ACHIEVABLE.reflect[locale]);
  return judge('partly', concerns.map((c) => c.reason).join(' '), first.question);
}
