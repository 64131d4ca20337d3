import { daysBetween, HORIZON_SPANS } from '../horizon.ts';
import { judge, type CriterionInput } from './criterion.ts';
import type { CriterionAssessment } from './types.ts';
import { TIME_BOUND, type DateProblem } from './wording.ts';

/** A due date may be this many days after the timeframe the statement names. */
const TIMEFRAME_SLACK_DAYS = 7;

/**
 * Time-bound: a due date after the start (or after today when there is no start), inside the
 * bigger goal's dates, and a span the horizon allows (a quarter goal runs at most 92 days, a
 * vision at least a year). A due date that breaks any of these, or disagrees with a timeframe in
 * the statement, is partly there. Without dates, a timeframe in the words ("over the next 3
 * months", "līdz jūnijam") is enough, unless it runs past the bigger goal's due date.
 */
export function assessTimeBound({ draft, statement, locale, today }: CriterionInput): CriterionAssessment {
  const { dueOn, startsOn, parent, horizon } = draft;
  const timeframe = statement.timeframe;
  const parentTitle = parent?.title ?? null;

  if (dueOn !== undefined && dueOn !== null) {
    const start = startsOn ?? today;
    const days = daysBetween(start, dueOn);
    const problems: DateProblem[] = [];
    if (days <= 0) problems.push({ kind: 'dueNotAfterStart', dueOn, startsOn: start, isToday: startsOn === undefined || startsOn === null });
    const ownStart = startsOn ?? dueOn;
    if (parent?.startsOn && parentTitle !== null && daysBetween(parent.startsOn, ownStart) < 0) {
      problems.push({ kind: 'startsBeforeParent', startsOn: ownStart, parent: parentTitle, parentStartsOn: parent.startsOn });
    }
    if (parent?.dueOn && parentTitle !== null && daysBetween(parent.dueOn, dueOn) > 0) {
      problems.push({ kind: 'dueAfterParent', dueOn, parent: parentTitle, parentDueOn: parent.dueOn });
    }
    if (horizon !== undefined && days > 0) {
      const { minDays, maxDays } = HORIZON_SPANS[horizon];
      if (days > maxDays) problems.push({ kind: 'tooLong', days, horizon, maxDays });
      if (days < minDays) problems.push({ kind: 'tooShort', days, horizon, minDays });
    }
    if (timeframe !== null) {
      const textDays = daysBetween(start, timeframe.dueOn);
      const isLater = daysBetween(timeframe.dueOn, dueOn) > TIMEFRAME_SLACK_DAYS;
      const isMuchShorter = timeframe.isDuration && days > 0 && days < textDays / 2;
      if (isLater || isMuchShorter) problems.push({ kind: 'disagreesWithText', phrase: timeframe.phrase, textDueOn: timeframe.dueOn, dueOn });
    }
    const [first] = problems;
    if (first === undefined) {
      const isInsideParent = parentTitle !== null && Boolean(parent?.startsOn || parent?.dueOn);
      const reason = TIME_BOUND.fits[locale]({ dueOn, days, horizon: horizon ?? null, parent: isInsideParent ? parentTitle : null });
      return judge('met', reason, TIME_BOUND.reflect[locale]);
    }
    return judge('partly', TIME_BOUND.dateProblems[locale]({ problems }), askAbout(first, locale));
  }

  if (timeframe !== null) {
    const { phrase, dueOn: textDueOn } = timeframe;
    if (parent?.dueOn && parentTitle !== null && daysBetween(parent.dueOn, textDueOn) > 0) {
      const reason = TIME_BOUND.timeframeOutsideDates[locale]({ phrase, textDueOn, limit: parent.dueOn, parent: parentTitle });
      return judge('partly', reason, TIME_BOUND.askParentDates[locale]({ parent: parentTitle }));
    }
    if (startsOn && daysBetween(startsOn, textDueOn) <= 0) {
      const reason = TIME_BOUND.timeframeOutsideDates[locale]({ phrase, textDueOn, limit: startsOn, parent: null });
      return judge('partly', reason, TIME_BOUND.askWhichDate[locale]);
    }
    return judge('met', TIME_BOUND.timeframeNamed[locale]({ phrase, dueOn: textDueOn }), TIME_BOUND.reflect[locale]);
  }
  return judge('missing', TIME_BOUND.none[locale], TIME_BOUND.ask[locale]);
}

function askAbout(problem: DateProblem, locale: CriterionInput['locale']): string {
  switch (problem.kind) {
    case 'dueNotAfterStart': return TIME_BOUND.askStart[locale];
    case 'startsBeforeParent':
    case 'dueAfterParent': return TIME_BOUND.askParentDates[locale]({ parent: problem.parent });
    case 'tooLong': return TIME_BOUND.askSplit[locale];
    case 'tooShort': return TIME_BOUND.askHorizon[locale];
    case 'disagreesWithText': return TIME_BOUND.askWhichDate[locale];
  }
}
