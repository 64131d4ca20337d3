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

/**
 * Achievable: the time left, the pace it asks for and the room for setbacks.
 * A due date already past, or today, is missing. It is partly there when the metric would have
 * to move more than 130% faster than it has so far (from check-ins), when the deadline leaves
 * less than 70% of the time the goal's horizon usually gets (no 20-30% buffer: a quarter goal due
 * in 20 days), or when there is no date or timeframe to weigh the effort against.
 * The pace needed counts from where the metric is now, estimated from the pace so far.
 */
export function assessAchievable({ draft, statement, locale, today }: CriterionInput): CriterionAssessment {
  const dueOn = draft.dueOn ?? statement.timeframe?.dueOn ?? null;
  if (dueOn === null) return judge('partly', ACHIEVABLE.noTime[locale], ACHIEVABLE.askResources[locale]);
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return judge('missing', ACHIEVABLE.overdue[locale]({ dueOn, days: -daysLeft }), ACHIEVABLE.askNewDate[locale]);
  if (daysLeft === 0) return judge('missing', ACHIEVABLE.dueToday[locale]({ dueOn }), ACHIEVABLE.askNewDate[locale]);

  const concerns: Concern[] = [];
  const checks: string[] = [ACHIEVABLE.daysLeft[locale]({ days: daysLeft })];
  const startsOn = draft.startsOn ?? today;

  const metric = findCompleteMetric(draft);
  const paceSoFar = draft.paceSoFar ?? null;
  if (metric !== null && paceSoFar !== null) {
    const direction = Math.sign(metric.target - metric.baseline);
    const elapsed = Math.max(0, daysBetween(startsOn, today));
    const current = metric.baseline + paceSoFar * elapsed;
    const need = Math.max(0, (metric.target - current) * direction) / daysLeft;
    const soFar = paceSoFar * direction;
    // Steeper than the pace so far: suggest the seeds' buffer of 20-30% on the deadline.
    const buffered = suggestBufferedDueOn(startsOn, dueOn);
    const buffer = buffered ? ` ${ACHIEVABLE.bufferSuggestion[locale](buffered)}` : '';
    if (need > 0 && soFar <= 0) {
      concerns.push({ reason: ACHIEVABLE.stalled[locale]({ name: metric.name, soFar: paceSoFar }) + buffer, question: ACHIEVABLE.askStalled[locale] });
    } else if (need > MAX_PACE_RATIO * soFar) {
      concerns.push({ reason: ACHIEVABLE.tooFast[locale]({ name: metric.name, need, soFar }) + buffer, question: ACHIEVABLE.askPace[locale] });
    } else {
      checks.push(ACHIEVABLE.paceWithinReach[locale]({ need, soFar }));
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
