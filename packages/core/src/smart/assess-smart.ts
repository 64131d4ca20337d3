import { assessAchievable } from './achievable.ts';
import { assessMeasurable } from './measurable.ts';
import { assessRelevant } from './relevant.ts';
import { assessSpecific } from './specific.ts';
import { readStatement } from './statement.ts';
import { assessTimeBound } from './time-bound.ts';
import { SMART_CRITERIA, type SmartAssessment, type SmartCriterion, type SmartDraft, type SmartOptions } from './types.ts';

/**
 * Weighs a draft goal against the five SMART criteria. Each gets a verdict (met, partly,
 * missing), the reason in the reader's language, and a question: the one that would close the
 * gap, or a short reflective one when it is met. The words are judged in English and Latvian
 * whatever the reader's language; `locale` only picks the language of the answer.
 * Dates are YYYY-MM-DD; a malformed one throws a RangeError.
 */
export function assessSmart(draft: SmartDraft, options: SmartOptions): SmartAssessment {
  const statement = readStatement(draft.title, draft.description ?? '', draft.startsOn ?? options.today);
  const input = { draft, statement, locale: options.locale, today: options.today };
  return {
    specific: assessSpecific(input),
    measurable: assessMeasurable(input),
    achievable: assessAchievable(input),
    relevant: assessRelevant(input),
    timeBound: assessTimeBound(input),
  };
}

/** A goal is SMART when all five criteria are met. */
export function isSmart(assessment: SmartAssessment): boolean {
  return SMART_CRITERIA.every((criterion) => assessment[criterion].verdict === 'met');
}

/** The criteria that still need work (partly there or missing), in SMART order. */
export function missingCriteria(assessment: SmartAssessment): SmartCriterion[] {
  return SMART_CRITERIA.filter((criterion) => assessment[criterion].verdict !== 'met');
}
