import type { CascadeNode, RiskStatus } from '../../api/types';
import { cascadeGoals } from './cascade';

/** From worst to best; goals that are not judged (drafts, proposals, closed goals) come last. */
export const RISK_ORDER: readonly RiskStatus[] = ['at_risk', 'needs_attention', 'on_track', 'not_judged'];

/** How an engagement's active goals stand: the worst status among them, and how many stand where. */
export type RiskSummary = {
  worst: RiskStatus;
  atRisk: number;
  needsAttention: number;
  onTrack: number;
};

export function worseOf(a: RiskStatus, b: RiskStatus): RiskStatus {
  return RISK_ORDER.indexOf(a) <= RISK_ORDER.indexOf(b) ? a : b;
}

/**
 * Where an engagement stands, from its cascade: the worst status among the goals being judged
 * (the active ones) and how many are at risk, need attention or are on track. Without active
 * goals it is `not_judged`.
 */
export function summarizeRisk(roots: readonly CascadeNode[]): RiskSummary {
  const summary: RiskSummary = { worst: 'not_judged', atRisk: 0, needsAttention: 0, onTrack: 0 };
  for (const node of cascadeGoals(roots)) {
    if (node.status === 'not_judged') continue;
    summary.worst = worseOf(summary.worst, node.status);
    if (node.status === 'at_risk') summary.atRisk += 1;
    else if (node.status === 'needs_attention') summary.needsAttention += 1;
    else summary.onTrack += 1;
  }
  return summary;
}

/**
 * Worst first: by the worst status, then more goals at risk, then more needing attention. Not
 * known yet (still loading, or failed) counts as not judged.
 */
export function compareByRisk(a: RiskSummary | undefined, b: RiskSummary | undefined): number {
  const rank = (summary: RiskSummary | undefined) => RISK_ORDER.indexOf(summary?.worst ?? 'not_judged');
  return rank(a) - rank(b) || (b?.atRisk ?? 0) - (a?.atRisk ?? 0) || (b?.needsAttention ?? 0) - (a?.needsAttention ?? 0);
}

/** The items ordered worst first; the order given is kept among equals (a stable sort). */
export function sortByRisk<T>(items: readonly T[], summaryOf: (item: T) => RiskSummary | undefined): T[] {
  return [...items].sort((a, b) => compareByRisk(summaryOf(a), summaryOf(b)));
}
