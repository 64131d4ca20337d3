import type { Locale } from '../locale.ts';
import type { Statement } from './statement.ts';
import type { CriterionAssessment, SmartDraft, SmartVerdict } from './types.ts';

/** What each criterion's rule gets: the draft, its words read once, the reader's language and today. */
export type CriterionInput = { draft: SmartDraft; statement: Statement; locale: Locale; today: string };

/** One criterion's answer: the verdict, why, and the question to ask next. */
export function judge(verdict: SmartVerdict, reason: string, question: string): CriterionAssessment {
  return { verdict, reason, question };
}

/** The first complete metric: one with a baseline and a target that differ. Its unit is '' when it has none. */
export function findCompleteMetric(draft: SmartDraft): { name: string; unit: string; baseline: number; target: number } | null {
  for (const { name, unit = '', baseline, target } of draft.metrics ?? []) {
    if (baseline !== null && target !== null && baseline !== target) return { name, unit, baseline, target };
  }
  return null;
}
