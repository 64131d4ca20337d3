import { findCompleteMetric, judge, type CriterionInput } from './criterion.ts';
import type { CriterionAssessment } from './types.ts';
import { MEASURABLE } from './wording.ts';

/** At most this many numbers are quoted back. */
const QUOTED_NUMBERS = 3;

/**
 * Measurable: there is a metric with a baseline and a different target, or the statement has a
 * number tied to a thing ("5 company presentations", "4 out of 5", "vismaz 80%"). A metric still
 * missing its baseline or target, or only "more" with no number, is partly there.
 */
export function assessMeasurable({ draft, statement, locale }: CriterionInput): CriterionAssessment {
  const metric = findCompleteMetric(draft);
  if (metric !== null) return judge('met', MEASURABLE.metric[locale](metric), MEASURABLE.reflect[locale]);
  if (statement.quantities.length > 0) {
    const quantities = statement.quantities.slice(0, QUOTED_NUMBERS);
    return judge('met', MEASURABLE.numbers[locale]({ quantities }), MEASURABLE.reflect[locale]);
  }
  const [unfinished] = draft.metrics ?? [];
  if (unfinished !== undefined) {
    const { name, baseline, target } = unfinished;
    const reason =
      baseline !== null && target !== null
        ? MEASURABLE.sameValue[locale]({ name, value: baseline })
        : baseline !== null
          ? MEASURABLE.noTarget[locale]({ name })
          : target !== null
            ? MEASURABLE.noBaseline[locale]({ name })
            : MEASURABLE.noBaselineNorTarget[locale]({ name });
    return judge('partly', reason, MEASURABLE.askForMetric[locale]({ name }));
  }
  const [word] = statement.comparatives;
  if (word !== undefined) return judge('partly', MEASURABLE.comparative[locale]({ word }), MEASURABLE.askHowMuch[locale]);
  return judge('missing', MEASURABLE.nothingToCount[locale], MEASURABLE.ask[locale]);
}
