import type { GoalState } from '../goals/lifecycle.ts';
import type { Horizon } from '../horizon.ts';
import type { Locale } from '../locale.ts';

/**
 * How a goal is doing. `not_judged` is for goals that are not active: a draft or a proposal has
 * not started, an achieved or dropped goal is over, so none of them can be behind.
 */
export const RISK_STATUSES = ['on_track', 'needs_attention', 'at_risk', 'not_judged'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** How much a reason weighs: `attention` makes a goal need attention, `risk` puts it at risk. */
export type RiskSeverity = 'attention' | 'risk';

/**
 * The thresholds of each risk reason, in one place so that the README, the tests and the inbox
 * agree. Gaps are in percentage points; durations in calendar days.
 */
export const RISK_THRESHOLDS = {
  /** Behind the plan line by at least this many points (whole percents done vs expected). */
  behindPlan: { attention: 10, risk: 25 },
  /** How often a goal is expected to have a check-in, by its horizon. */
  checkInCadenceDays: { month: 7, quarter: 14, year: 30, vision: 60 } satisfies Record<Horizon, number>,
  /** Silence longer than the cadence plus this share of it needs attention… */
  checkInGrace: 0.5,
  /** …and longer than this many cadences puts the goal at risk. */
  checkInRiskCadences: 2,
  /** Confidence (0-10) at the last check-in at or below these. */
  lowConfidence: { attention: 4, risk: 2 },
  /** An active goal with nothing measured, running longer than this, needs attention. */
  noMeasureAfterDays: 14,
  /** A review overdue by more than this many days puts the goal at risk (any delay needs attention). */
  reviewRiskAfterDays: 30,
} as const;

/** What a goal's risk is judged from. Dates are YYYY-MM-DD. */
export type RiskInput = {
  state: GoalState;
  horizon: Horizon;
  startsOn: string | null;
  dueOn: string | null;
  /** 0..1, rolled up (`rollUpProgress`). */
  progress: number;
  /** 0..1, where the plan line says the goal should be today; null for a goal without dates. */
  expected: number | null;
  /** Whether anything has been measured: without it, progress is not known and is not compared with the plan. */
  hasMeasure: boolean;
  /** The day the last check-in of any kind describes (its effective date). */
  lastCheckInOn: string | null;
  /** 0-10, from the last check-in, when it gave one. */
  lastConfidence: number | null;
  activatedOn: string | null;
  lastReviewOn: string | null;
  openObstaclesWithoutPlan: number;
};

export type RiskOptions = { /** YYYY-MM-DD */ today: string; locale: Locale };

/** The numbers behind each reason, for the reader's own formatting (charts, badges) and for tests. */
export type RiskParams = {
  behind_plan: { progressPercent: number; expectedPercent: number; gapPoints: number };
  overdue: { days: number; dueOn: string };
  /** `countsFrom`: the silence runs from the last check-in, or from the start when there was none since. */
  no_recent_check_in: { days: number; cadenceDays: number; horizon: Horizon; countsFrom: 'last_check_in' | 'start' };
  low_confidence: { confidence: number; lastCheckInOn: string | null };
  no_measure: { days: number };
  review_overdue: { days: number; dueOn: string };
  obstacle_without_plan: { count: number };
};
export type RiskCode = keyof RiskParams;

/** A reason a rule found, before it is put into words. */
export type RiskFinding = { [C in RiskCode]: { code: C; severity: RiskSeverity; params: RiskParams[C] } }[RiskCode];

/** A reason, with its text in the reader's language. */
export type RiskReason = RiskFinding & { text: string };

export type RiskAssessment = { status: RiskStatus; reasons: RiskReason[] };
