import {
  countDaysAgo,
  findBehindPlan,
  findCheckInSilence,
  findLowConfidence,
  findNoMeasure,
  findObstaclesWithoutPlan,
  findOverdue,
  findReviewOverdue,
  type RiskRule,
} from './risk-rules.ts';
import type { RiskAssessment, RiskFinding, RiskInput, RiskOptions, RiskReason, RiskStatus } from './risk.ts';
import { describeRiskReason } from './wording.ts';

/** Every reason looked for, in the order they are listed within one severity. */
const RULES: readonly RiskRule[] = [
  findOverdue,
  findBehindPlan,
  findCheckInSilence,
  findLowConfidence,
  findNoMeasure,
  findReviewOverdue,
  findObstaclesWithoutPlan,
];

/**
 * How an active goal is doing, always with its reasons: behind the plan line, overdue, no
 * check-in within the cadence, low confidence, nothing measured yet, review overdue, an open
 * obstacle without a contingency plan (thresholds in `RISK_THRESHOLDS`, explained in the README).
 * The status is the worst reason: any risk puts the goal `at_risk`, any attention makes it
 * `needs_attention`, none leaves it `on_track`. Reasons come risks first, each with its numbers
 * and its text in the reader's language. Only active goals are judged: a draft, a proposal, an
 * achieved or a dropped goal is `not_judged`, with no reasons.
 * Dates are YYYY-MM-DD; a malformed one throws a RangeError.
 */
export function assessRisk(input: RiskInput, { today, locale }: RiskOptions): RiskAssessment {
  if (input.state !== 'active') return { status: 'not_judged', reasons: [] };
  const ago = countDaysAgo(input, today);
  const findings: RiskFinding[] = [];
  for (const rule of RULES) {
    const finding = rule(input, ago);
    if (finding !== null) findings.push(finding);
  }
  const ordered = [...findings.filter((f) => f.severity === 'risk'), ...findings.filter((f) => f.severity === 'attention')];
  const reasons: RiskReason[] = ordered.map((finding) => ({ ...finding, text: describeRiskReason(finding, locale) }));
  return { status: deriveRiskStatus(reasons), reasons };
}

/** The worst severity among the reasons; no reasons, on track. */
export function deriveRiskStatus(reasons: readonly Pick<RiskFinding, 'severity'>[]): Exclude<RiskStatus, 'not_judged'> {
  if (reasons.some((reason) => reason.severity === 'risk')) return 'at_risk';
  if (reasons.length > 0) return 'needs_attention';
  return 'on_track';
}
