import { addCalendarDays, type Horizon } from '@tandem/core';
import type { Scope } from '../../context.ts';
import * as goals from '../goals/service.ts';

/** One step in a goal's demo history: who did what. */
type Step =
  | { by: 'coach' | 'client'; draft: { title: string; horizon: Horizon; whyItMatters?: string; description?: string; startsIn?: number; dueIn?: number; linkValues?: boolean } }
  | { by: 'coach' | 'client'; agree: true }
  | { by: 'coach' | 'client'; decline: string }
  | { by: 'coach' | 'client'; revise: { title?: string; dueIn?: number; description?: string }; reason: string }
  | { by: 'coach' | 'client'; close: 'achieved' | 'dropped'; reason: string };

/** Demo goals per client (by email), in every state, with revision histories, in the client's language. */
export const DEMO_GOALS: Record<string, Step[][]> = {
  'marta@demo.tandem.lv': [
    [
      { by: 'client', draft: { title: 'Nolasīt 5 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā un saņemt vidējo vērtējumu vismaz 4 no 5', horizon: 'quarter', whyItMatters: 'Gribu pierādīt, ka varu vadīt komandu', startsIn: 0, dueIn: 88, linkValues: true } },
      { by: 'client', agree: true },
      { by: 'coach', revise: { title: 'Nolasīt 4 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā un saņemt vidējo vērtējumu vismaz 4 no 5' }, reason: 'Piecas prezentācijas līdztekus produkta izlaidei neatstāj rezervi' },
      { by: 'client', agree: true },
    ],
    [
      { by: 'client', draft: { title: 'Divu gadu laikā kļūt par produktu komandas vadītāju', horizon: 'vision', whyItMatters: 'Tas ir mans lielākais profesionālais mērķis', startsIn: 0, dueIn: 720, linkValues: true } },
      { by: 'client', agree: true },
    ],
    [{ by: 'client', draft: { title: 'Uzlabot līderību', horizon: 'year' } }],
  ],
  'james@demo.tandem.lv': [
    [
      { by: 'coach', draft: { title: 'Hold 3 discovery calls a week with prospective clients', horizon: 'quarter', whyItMatters: 'Three steady clients make independence possible', startsIn: 0, dueIn: 84, linkValues: true } },
      { by: 'coach', agree: true },
      { by: 'client', agree: true },
      { by: 'client', revise: { title: 'Hold 2 discovery calls a week with prospective clients' }, reason: 'December is quiet; two a week is honest' },
    ],
    [
      { by: 'client', draft: { title: 'Complete the AWS Solutions Architect certification', horizon: 'month', whyItMatters: 'Clients ask for it in every proposal', startsIn: -40, dueIn: -5, linkValues: true } },
      { by: 'client', agree: true },
      { by: 'coach', agree: true },
      { by: 'client', close: 'achieved', reason: 'Passed with 86%' },
    ],
    [
      { by: 'client', draft: { title: 'Launch a weekly newsletter', horizon: 'month', dueIn: 30 } },
      { by: 'client', agree: true },
      { by: 'coach', decline: 'What would make this measurable: subscribers, issues sent?' },
      { by: 'client', close: 'dropped', reason: 'Focusing on discovery calls instead' },
    ],
  ],
  'anna@demo.tandem.lv': [
    [
      { by: 'client', draft: { title: 'Iesniegt referāta pieteikumu 2 starptautiskām konferencēm līdz marta beigām', horizon: 'quarter', whyItMatters: 'Lai uzstātos konferencē angļu valodā', startsIn: 0, dueIn: 80, linkValues: true } },
      { by: 'client', agree: true },
    ],
  ],
};

/** Plays each demo goal's history through the same use cases people use. */
export async function seedDemoGoals(
  as: (side: 'coach' | 'client') => Promise<Scope>,
  engagementId: string,
  valueIds: string[],
  scripts: Step[][],
  today: string,
): Promise<void> {
  for (const script of scripts) {
    let goal: goals.GoalView | undefined;
    for (const step of script) {
      const scope = await as(step.by);
      if ('draft' in step) {
        const { startsIn, dueIn, linkValues, ...words } = step.draft;
        goal = await goals.draftGoal(scope, engagementId, {
          ...words,
          startsOn: startsIn === undefined ? null : addCalendarDays(today, startsIn),
          dueOn: dueIn === undefined ? null : addCalendarDays(today, dueIn),
          valueIds: linkValues ? valueIds.slice(0, 1) : [],
        });
        continue;
      }
      if (!goal) throw new Error('a demo goal script must start with a draft');
      const revisionId = goal.pendingRevision?.id ?? '';
      if ('agree' in step) goal = await goals.decideOnRevision(scope, goal.id, { revisionId, decision: 'agree' });
      else if ('decline' in step) goal = await goals.decideOnRevision(scope, goal.id, { revisionId, decision: 'decline', comment: step.decline });
      else if ('revise' in step) {
        const { dueIn, ...changes } = step.revise;
        goal = await goals.reviseGoal(scope, goal.id, {
          changes: { ...changes, ...(dueIn === undefined ? {} : { dueOn: addCalendarDays(today, dueIn) }) },
          reason: step.reason,
          version: goal.version,
        });
      } else goal = await goals.closeGoal(scope, goal.id, { state: step.close, reason: step.reason, version: goal.version });
    }
  }
}
