import type { GoalState } from '../goals/lifecycle.ts';
import { addCalendarDays, daysBetween } from '../horizon.ts';
import { nextLookBack } from '../progress/review.ts';
import type { RiskFinding, RiskStatus } from '../progress/risk.ts';
import type { CommitmentOwner } from './commitments.ts';

/**
 * Where a carried-over agenda item comes from: a commitment still open from an earlier session,
 * a goal at risk, or a goal whose 90-day review is due.
 */
export const CARRY_KINDS = ['commitment', 'goal_at_risk', 'review_due'] as const;
export type CarryKind = (typeof CARRY_KINDS)[number];

/** A review is put on the agenda when it falls due within this many days (or is overdue). */
export const REVIEW_DUE_WITHIN_DAYS = 7;

/** What a carried item needs to be put into words again, in any reader's language. */
export type CarryDetail =
  | { kind: 'commitment'; owner: CommitmentOwner; dueOn: string | null }
  | { kind: 'goal_at_risk'; title: string; reasons: RiskFinding[] }
  | { kind: 'review_due'; title: string; dueOn: string };

export type CarriedItem = {
  kind: CarryKind;
  /** The commitment's id, or the goal's. */
  sourceId: string;
  goalId: string | null;
  /** The commitment's own words; empty for goals, whose words come from `detail`. */
  text: string;
  detail: CarryDetail;
};

export type OpenCommitment = { id: string; goalId: string | null; text: string; dueOn: string | null; owner: CommitmentOwner };
export type GoalToFollowUp = {
  id: string;
  title: string;
  state: GoalState;
  riskStatus: RiskStatus;
  reasons: readonly RiskFinding[];
  /** The day it became active (YYYY-MM-DD), on the client's calendar. */
  activatedOn: string | null;
  lastReviewOn: string | null;
  /** The due date of its words in force: a goal ending before its review is looked back on at its end. */
  dueOn: string | null;
};

/** An open commitment as an item carried onto a session's agenda. */
export function carriedCommitment(commitment: OpenCommitment): CarriedItem {
  return {
    kind: 'commitment',
    sourceId: commitment.id,
    goalId: commitment.goalId,
    text: commitment.text,
    detail: { kind: 'commitment', owner: commitment.owner, dueOn: commitment.dueOn },
  };
}

/**
 * What a new session's agenda starts with, so that nothing slips between sessions: every
 * commitment still open (the earliest due first, those without a date last), then each active
 * goal at risk with the reasons it is at risk, then each active goal whose review is overdue or
 * falls due within 7 days of the session (or of today, for a session in the past).
 */
export function followUpsForAgenda(input: {
  openCommitments: readonly OpenCommitment[];
  goals: readonly GoalToFollowUp[];
  /** YYYY-MM-DD, on the client's calendar. */
  today: string;
  sessionDay: string;
}): CarriedItem[] {
  const commitments = [...input.openCommitments]
    .map((commitment, index) => ({ commitment, index }))
    .sort((a, b) => (a.commitment.dueOn ?? '9999-12-31').localeCompare(b.commitment.dueOn ?? '9999-12-31') || a.index - b.index)
    .map(({ commitment }) => carriedCommitment(commitment));
  const active = input.goals.filter((goal) => goal.state === 'active');
  const atRisk = active
    .filter((goal) => goal.riskStatus === 'at_risk')
    .map((goal): CarriedItem => {
      const risky = goal.reasons.filter((reason) => reason.severity === 'risk');
      const reasons = (risky.length > 0 ? risky : goal.reasons).map(({ code, severity, params }) => ({ code, severity, params }) as RiskFinding);
      return { kind: 'goal_at_risk', sourceId: goal.id, goalId: goal.id, text: '', detail: { kind: 'goal_at_risk', title: goal.title, reasons } };
    });
  const from = daysBetween(input.today, input.sessionDay) > 0 ? input.sessionDay : input.today;
  const lookAhead = addCalendarDays(from, REVIEW_DUE_WITHIN_DAYS);
  const reviews = active.flatMap((goal): CarriedItem[] => {
    if (!goal.activatedOn) return [];
    const dueOn = nextLookBack(goal.activatedOn, goal.lastReviewOn, goal.dueOn).on;
    if (daysBetween(dueOn, lookAhead) < 0) return [];
    return [{ kind: 'review_due', sourceId: goal.id, goalId: goal.id, text: '', detail: { kind: 'review_due', title: goal.title, dueOn } }];
  });
  return [...commitments, ...atRisk, ...reviews];
}
