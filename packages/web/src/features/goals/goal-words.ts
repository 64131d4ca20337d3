import type { GoalChanges, Horizon, Revision, SmartDraft } from '../../api/types';

/** The words of a goal as the editor holds them: what a draft or a revision says. */
export type GoalWords = {
  title: string;
  description: string;
  whyItMatters: string;
  horizon: Horizon;
  startsOn: string | null;
  dueOn: string | null;
  valueIds: string[];
};

/** The cascade from the farthest horizon to the nearest. */
export const HORIZONS: readonly Horizon[] = ['vision', 'year', 'quarter', 'month'];

export const EMPTY_WORDS: GoalWords = {
  title: '',
  description: '',
  whyItMatters: '',
  horizon: 'quarter',
  startsOn: null,
  dueOn: null,
  valueIds: [],
};

/** A goal named with its horizon, where goals of several horizons are offered together: "Lead the team (12 months)". */
export function titleWithHorizon(goal: { title: string; horizon: Horizon }, horizonName: (horizon: Horizon) => string): string {
  return `${goal.title} (${horizonName(goal.horizon)})`;
}

/** A goal may only serve a goal on a farther horizon: a quarter goal sits under a year goal or a vision. */
export function isHigherHorizon(parent: Horizon, child: Horizon): boolean {
  return HORIZONS.indexOf(parent) < HORIZONS.indexOf(child);
}

/**
 * The goals this one may serve: open goals on a farther horizon, never the goal itself or one of
 * its own steps (that would make a loop). The goal's present parent stays offered even if closed.
 */
export function parentCandidates<G extends { id: string; parentId: string | null; horizon: Horizon; state: string }>(
  goals: readonly G[],
  goal: { id: string | null; parentId: string | null; horizon: Horizon },
): G[] {
  const below = new Set<string>(goal.id ? [goal.id] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const candidate of goals) {
      if (candidate.parentId && below.has(candidate.parentId) && !below.has(candidate.id)) {
        below.add(candidate.id);
        grew = true;
      }
    }
  }
  const isOpen = (candidate: G) => candidate.state !== 'achieved' && candidate.state !== 'dropped';
  return goals.filter(
    (candidate) => candidate.id === goal.parentId || (!below.has(candidate.id) && isOpen(candidate) && isHigherHorizon(candidate.horizon, goal.horizon)),
  );
}

export function wordsOf(revision: Revision): GoalWords {
  return {
    title: revision.title,
    description: revision.description,
    whyItMatters: revision.whyItMatters,
    horizon: revision.horizon,
    startsOn: revision.startsOn,
    dueOn: revision.dueOn,
    valueIds: [...revision.valueIds],
  };
}

/** The words as they will be saved: text trimmed, each value once. */
export function tidyWords(words: GoalWords): GoalWords {
  return {
    ...words,
    title: words.title.trim(),
    description: words.description.trim(),
    whyItMatters: words.whyItMatters.trim(),
    valueIds: [...new Set(words.valueIds)],
  };
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * Only the fields the person changed from the words they started with. Sent as a revision, the
 * server lays them over the words pending now: if the other side changed something else
 * meanwhile, their change is kept.
 */
export function changedWords(from: GoalWords, to: GoalWords): GoalChanges {
  const before = tidyWords(from);
  const after = tidyWords(to);
  const changes: GoalChanges = {};
  if (after.title !== before.title) changes.title = after.title;
  if (after.description !== before.description) changes.description = after.description;
  if (after.whyItMatters !== before.whyItMatters) changes.whyItMatters = after.whyItMatters;
  if (after.horizon !== before.horizon) changes.horizon = after.horizon;
  if (after.startsOn !== before.startsOn) changes.startsOn = after.startsOn;
  if (after.dueOn !== before.dueOn) changes.dueOn = after.dueOn;
  if (!sameValues(after.valueIds, before.valueIds)) changes.valueIds = after.valueIds;
  return changes;
}

/** What the live SMART check is asked about: the words, in the engagement's context. */
export function draftToAssess(
  words: GoalWords,
  context: { engagementId: string; parentId: string | null; goalId?: string | undefined; locale: 'en' | 'lv' },
): SmartDraft {
  const tidy = tidyWords(words);
  return {
    title: tidy.title,
    description: tidy.description,
    whyItMatters: tidy.whyItMatters,
    horizon: tidy.horizon,
    startsOn: tidy.startsOn,
    dueOn: tidy.dueOn,
    valueIds: tidy.valueIds,
    engagementId: context.engagementId,
    ...(context.parentId ? { parentId: context.parentId } : {}),
    ...(context.goalId ? { goalId: context.goalId } : {}),
    locale: context.locale,
  };
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date typed by hand, as `YYYY-MM-DD` or day first (31.03.2026, 31/03/2026, 31-3-2026, as
 * written in Latvia and Britain), to `YYYY-MM-DD`; null when it is not a real date.
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim().replace(/\.$/, '');
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (isoMatch) return isoDate(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(typed);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** Why a day typed (not picked) was not taken, or null when it was: not a date, or past a bound. */
export function typedDayProblem(typed: string, bounds: { min: string | null; max: string | null }): 'notADate' | 'beforeMin' | 'afterMax' | null {
  if (typed.trim() === '') return null;
  const day = parseTypedDate(typed);
  if (day === null) return 'notADate';
  if (bounds.min !== null && day < bounds.min) return 'beforeMin';
  if (bounds.max !== null && day > bounds.max) return 'afterMax';
  return null;
}

/**
 * After reloading a goal someone else changed: the fields the person edited keep their text,
 * the fields they left alone take the goal's new words.
 */
export function rebaseWords(startedFrom: GoalWords, reloaded: GoalWords, typed: GoalWords): GoalWords {
  const edited = changedWords(startedFrom, typed);
  return {
    title: edited.title !== undefined ? typed.title : reloaded.title,
    description: edited.description !== undefined ? typed.description : reloaded.description,
    whyItMatters: edited.whyItMatters !== undefined ? typed.whyItMatters : reloaded.whyItMatters,
    horizon: edited.horizon !== undefined ? typed.horizon : reloaded.horizon,
    startsOn: edited.startsOn !== undefined ? typed.startsOn : reloaded.startsOn,
    dueOn: edited.dueOn !== undefined ? typed.dueOn : reloaded.dueOn,
    valueIds: edited.valueIds !== undefined ? typed.valueIds : reloaded.valueIds,
  };
}
