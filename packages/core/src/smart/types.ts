import type { Horizon } from '../horizon.ts';
import type { Locale } from '../locale.ts';

/** A goal as the coach and client are drafting it: everything but the title may still be open. */
export type SmartDraft = {
  title: string;
  description?: string;
  whyItMatters?: string;
  horizon?: Horizon;
  /** YYYY-MM-DD */
  startsOn?: string | null;
  /** YYYY-MM-DD */
  dueOn?: string | null;
  /** How many of the client's values and aspirations the goal is linked to. */
  linkedValueCount?: number;
  /** The bigger goal this one serves, in the cascade. */
  parent?: { title: string; horizon: Horizon; startsOn: string | null; dueOn: string | null } | null;
  /** `unit` ("km", "%", "talks") is what the paces are quoted in; a count without one has none. */
  metrics?: { name: string; unit?: string; baseline: number | null; target: number | null }[];
  /** From check-ins, when there are any: how fast the metric moved so far, units per day. */
  paceSoFar?: number | null;
  /** The metric's latest recorded value, the one the pace so far runs to: what is left counts from it. */
  latestValue?: number | null;
};

export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];
export type SmartVerdict = 'met' | 'partly' | 'missing';
export type CriterionAssessment = { verdict: SmartVerdict; reason: string; question: string };
export type SmartAssessment = Record<SmartCriterion, CriterionAssessment>;

export type SmartOptions = { locale: Locale; /** YYYY-MM-DD */ today: string };
