import { assessSmart, calendarDateIn, LOCALES, type Horizon, type Locale, type SmartAssessment } from '@tandem/core';
import type { StoredSmart } from './repo.ts';

export type GoalContent = {
  title: string;
  description: string;
  whyItMatters: string;
  horizon: Horizon;
  startsOn: string | null;
  dueOn: string | null;
  valueIds: string[];
};

export type AssessmentContext = {
  linkedValueCount: number;
  /** The goal's metrics: one with a baseline and a target makes it measurable; paces are quoted in its unit. */
  metrics: { name: string; unit?: string; baseline: number | null; target: number | null }[];
  parent: { title: string; horizon: Horizon; startsOn: string | null; dueOn: string | null } | null;
  /** How fast the first measurable metric has moved a day so far (from its baseline to its current value); null before a value. */
  paceSoFar?: number | null;
  /** That metric's value in force, which the pace so far runs to: what is left counts from it. */
  latestValue?: number | null;
};

/** The SMART assessment of a goal's words in its context, in one language. */
export function assessGoal(content: GoalContent, context: AssessmentContext, options: { locale: Locale; now: Date; timeZone: string }): SmartAssessment {
  return assessSmart(
    {
      title: content.title,
      description: content.description,
      whyItMatters: content.whyItMatters,
      horizon: content.horizon,
      startsOn: content.startsOn,
      dueOn: content.dueOn,
      linkedValueCount: context.linkedValueCount,
      parent: context.parent,
      metrics: context.metrics,
      paceSoFar: context.paceSoFar ?? null,
      latestValue: context.latestValue ?? null,
    },
    { locale: options.locale, today: calendarDateIn(options.timeZone, options.now) },
  );
}

/** What a revision stores: its assessment when saved, in every language, so readers get their own. */
export function assessForStorage(content: GoalContent, context: AssessmentContext, options: { now: Date; timeZone: string }): StoredSmart {
  const [en, lv] = LOCALES.map((locale) => assessGoal(content, context, { ...options, locale }));
  if (!en || !lv) throw new Error('Tandem speaks English and Latvian');
  return { en, lv };
}
