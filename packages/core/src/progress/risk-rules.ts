import { daysBetween } from '../horizon.ts';
import { nextReviewDue, REVIEW_EVERY_DAYS } from './review.ts';
import { RISK_THRESHOLDS as LIMITS, type RiskFinding, type RiskInput } from './risk.ts';

/**
 * How many days before today each of the goal's dates lies (negative: still ahead; null: no
 * such date). Counted once per assessment, so that each date is read once.
 */
export type DaysAgo = Readonly<Record<'dueOn' | 'startsOn' | 'activatedOn' | 'lastCheckInOn' | 'lastReviewOn', number | null>>;

/** One reason a goal may need attention: what it finds, or null when all is well. */
export type RiskRule = (input: RiskInput, ago: DaysAgo) => RiskFinding | null;

/** Reads the goal's dates against today. Dates are YYYY-MM-DD; a malformed one throws a RangeError. */
export function countDaysAgo(input: RiskInput, today: string): DaysAgo {
  const ago = (date: string | null) => (date === null ? null : daysBetween(date, today));
  return {
    dueOn: ago(input.dueOn),
    startsOn: ago(input.startsOn),
    activatedOn: ago(input.activatedOn),
    lastCheckInOn: ago(input.lastCheckInOn),
    lastReviewOn: ago(input.lastReviewOn),
  };
}

/**
 * Behind the plan line: the whole percents done fall short of those expected by today by 10
 * points or more (attention), 25 or more (risk). Not judged before anything is measured, when
 * progress is not known (see `findNoMeasure`), nor for a goal without dates.
 */
export const findBehindPlan: RiskRule = ({ progress, expected, hasMeasure }) => {
  if (expected === null || !hasMeasure) return null;
  const progressPercent = toPercent(progress);
  const expectedPercent = toPercent(expected);
  const gapPoints = expectedPercent - progressPercent;
  const params = { progressPercent, expectedPercent, gapPoints };
  if (gapPoints >= LIMITS.behindPlan.risk) return { code: 'behind_plan', severity: 'risk', params };
  if (gapPoints >= LIMITS.behindPlan.attention) return { code: 'behind_plan', severity: 'attention', params };
  return null;
};

/** Overdue: the due date has passed and the goal is still active, not achieved (risk). Due today is not overdue. */
export const findOverdue: RiskRule = ({ dueOn }, ago) => {
  if (dueOn === null || ago.dueOn === null || ago.dueOn <= 0) return null;
  return { code: 'overdue', severity: 'risk', params: { days: ago.dueOn, dueOn } };
};

/**
 * No check-in within the cadence plus grace: a month goal expects one every 7 days, a quarter
 * goal 14, a year goal 30, a vision 60. Silence longer than the cadence and half of it again
 * (a month goal: more than 10.5 days, so from day 11) needs attention; longer than twice the
 * cadence (from day 15) is a risk. The silence counts from the last check-in, or from when the
 * goal started running (activation or start date, whichever is later) if that is later.
 */
export const findCheckInSilence: RiskRule = ({ horizon }, ago) => {
  const days = later(ago.lastCheckInOn, runningSince(ago));
  if (days === null) return null;
  const cadenceDays = LIMITS.checkInCadenceDays[horizon];
  const countsFrom = days === ago.lastCheckInOn ? 'last_check_in' : 'start';
  const params = { days, cadenceDays, horizon, countsFrom } as const;
  if (days > cadenceDays * LIMITS.checkInRiskCadences) return { code: 'no_recent_check_in', severity: 'risk', params };
  if (days > cadenceDays * (1 + LIMITS.checkInGrace)) return { code: 'no_recent_check_in', severity: 'attention', params };
  return null;
};

/** Low confidence at the last check-in, on a scale of 0 to 10: 4 or less needs attention, 2 or less is a risk. */
export const findLowConfidence: RiskRule = ({ lastConfidence, lastCheckInOn }) => {
  if (lastConfidence === null) return null;
  const params = { confidence: lastConfidence, lastCheckInOn };
  if (lastConfidence <= LIMITS.lowConfidence.risk) return { code: 'low_confidence', severity: 'risk', params };
  if (lastConfidence <= LIMITS.lowConfidence.attention) return { code: 'low_confidence', severity: 'attention', params };
  return null;
};

/**
 * No measure yet: the goal has been running more than 14 days (from day 15) without a metric,
 * or with metrics but no value recorded for any of them (attention).
 */
export const findNoMeasure: RiskRule = ({ hasMeasure }, ago) => {
  if (hasMeasure) return null;
  const days = runningSince(ago);
  return days !== null && days > LIMITS.noMeasureAfterDays ? { code: 'no_measure', severity: 'attention', params: { days } } : null;
};

/**
 * Review overdue: reviews are due 90 days after activation or the last review (`nextReviewDue`).
 * Any day past that needs attention; more than 30 days past is a risk. A goal without an
 * activation date counts from its start.
 */
export const findReviewOverdue: RiskRule = ({ activatedOn, startsOn, lastReviewOn }, ago) => {
  const from = activatedOn ?? startsOn;
  const reviewedAgo = later(activatedOn === null ? ago.startsOn : ago.activatedOn, ago.lastReviewOn);
  if (from === null || reviewedAgo === null) return null;
  const days = reviewedAgo - REVIEW_EVERY_DAYS;
  if (days <= 0) return null;
  const params = { days, dueOn: nextReviewDue(from, lastReviewOn) };
  return { code: 'review_overdue', severity: days > LIMITS.reviewRiskAfterDays ? 'risk' : 'attention', params };
};

/** An open obstacle without a contingency plan (attention): what will the client do when it strikes? */
export const findObstaclesWithoutPlan: RiskRule = ({ openObstaclesWithoutPlan: count }) =>
  count > 0 ? { code: 'obstacle_without_plan', severity: 'attention', params: { count } } : null;

/** How long the goal has been running: since the later of its activation and its start. */
function runningSince(ago: DaysAgo): number | null {
  return later(ago.activatedOn, ago.startsOn);
}

/** Of two dates given as days ago, the later one (fewer days ago); on the same day, the first. */
function later(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return a ?? b;
  return b < a ? b : a;
}

function toPercent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
