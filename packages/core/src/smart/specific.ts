import { judge, type CriterionInput } from './criterion.ts';
import type { CriterionAssessment } from './types.ts';
import { SPECIFIC } from './wording.ts';

/** Words beyond the verb that make a statement more than "a vague verb and a general object". */
const DETAIL_WORDS_FOR_PARTLY = 3;

/**
 * Specific: the goal names a concrete action with its object ("deliver 5 company presentations"),
 * not only a wish ("improve leadership"). A vague verb is fine when a concrete action says how
 * ("improve public speaking by delivering 5 presentations"), and a number can pin the outcome
 * down on its own ("NPS of 60"). A vague verb with some detail is partly there; a vague verb with
 * a general object, or nothing at all, is missing.
 */
export function assessSpecific({ statement, locale }: CriterionInput): CriterionAssessment {
  const [vague] = statement.vague;
  const [action] = statement.actions;
  const [quantity] = statement.quantities;
  if (action !== undefined) {
    const reason = vague === undefined ? SPECIFIC.action[locale]({ action }) : SPECIFIC.vagueMadeConcrete[locale]({ vague, action });
    return judge('met', reason, SPECIFIC.reflect[locale]);
  }
  if (quantity !== undefined) return judge('met', SPECIFIC.outcomeNumber[locale]({ quantity }), SPECIFIC.reflect[locale]);
  const hasDetail = statement.detailWords >= DETAIL_WORDS_FOR_PARTLY;
  if (vague !== undefined) {
    return hasDetail
      ? judge('partly', SPECIFIC.vagueWithDetail[locale]({ vague }), SPECIFIC.ask[locale])
      : judge('missing', SPECIFIC.onlyVague[locale]({ vague }), SPECIFIC.ask[locale]);
  }
  return hasDetail
    ? judge('partly', SPECIFIC.detailWithoutAction[locale], SPECIFIC.ask[locale])
    : judge('missing', SPECIFIC.nothingNamed[locale], SPECIFIC.ask[locale]);
}
