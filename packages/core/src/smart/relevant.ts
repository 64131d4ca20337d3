import { judge, type CriterionInput } from './criterion.ts';
import type { CriterionAssessment } from './types.ts';
import { RELEVANT } from './wording.ts';

/** A "why it matters" shorter than this ("Career") says too little to count. */
const WHY_MIN_WORDS = 3;

/**
 * Relevant: the goal is the client's own. It is linked to one of their values or aspirations, or
 * serves a bigger goal, and it says why it matters. Either one alone, or a purpose inside the
 * statement ("so that …", "lai …"), is partly there.
 */
export function assessRelevant({ draft, statement, locale }: CriterionInput): CriterionAssessment {
  const values = Math.max(0, draft.linkedValueCount ?? 0);
  const parent = draft.parent?.title ?? null;
  const isLinked = values > 0 || parent !== null;
  const why = (draft.whyItMatters ?? '').trim();
  const hasWhy = why.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= WHY_MIN_WORDS;
  const shortWhy = why !== '' && !hasWhy ? why : null;

  if (isLinked && hasWhy) return judge('met', RELEVANT.linkedWithWhy[locale]({ values, parent, why }), RELEVANT.reflect[locale]);
  if (isLinked) return judge('partly', RELEVANT.linkedWithoutWhy[locale]({ values, parent, shortWhy }), RELEVANT.askWhy[locale]);
  if (hasWhy) return judge('partly', RELEVANT.whyWithoutLink[locale]({ why }), RELEVANT.askLink[locale]);
  if (statement.purpose !== null) {
    return judge('partly', RELEVANT.purposeOnly[locale]({ purpose: statement.purpose, shortWhy }), RELEVANT.ask[locale]);
  }
  return judge('missing', RELEVANT.unlinked[locale]({ shortWhy }), RELEVANT.ask[locale]);
}
