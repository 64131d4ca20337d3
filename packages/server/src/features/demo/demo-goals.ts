import { addCalendarDays } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { recordCheckIn } from '../check-ins/service.ts';
import * as goals from '../goals/service.ts';
import { addMetric } from '../metrics/service.ts';
import type { DemoStep } from './demo-goal-scripts.ts';

/** Plays each demo goal's history through the same use cases people use. Returns the goals' ids, in script order. */
export async function seedDemoGoals(
  as: (side: 'coach' | 'client') => Promise<Scope>,
  engagementId: string,
  valueIds: string[],
  scripts: DemoStep[][],
  today: string,
): Promise<string[]> {
  const day = (offset: number | undefined) => (offset === undefined ? null : addCalendarDays(today, offset));
  const created: string[] = [];
  for (const script of scripts) {
    let goal: goals.GoalView | undefined;
    const metricIds: string[] = [];
    for (const step of script) {
      const scope = await as(step.by);
      if ('draft' in step) {
        const { startsIn, dueIn, linkValues, parent, ...words } = step.draft;
        goal = await goals.draftGoal(scope, engagementId, {
          ...words,
          startsOn: day(startsIn),
          dueOn: day(dueIn),
          valueIds: linkValues ? valueIds.slice(0, 1) : [],
          parentId: parent === undefined ? null : (created[parent] ?? null),
        });
        created.push(goal.id);
        continue;
      }
      if (!goal) throw new Error('a demo goal script must start with a draft');
      const revisionId = goal.pendingRevision?.id ?? '';
      if ('agree' in step) goal = await goals.decideOnRevision(scope, goal.id, { revisionId, decision: 'agree' });
      else if ('decline' in step) goal = await goals.decideOnRevision(scope, goal.id, { revisionId, decision: 'decline', comment: step.decline });
      else if ('revise' in step) {
        const { dueIn, ...changes } = step.revise;
        goal = await goals.reviseGoal(scope, goal.id, {
          changes: { ...changes, ...(dueIn === undefined ? {} : { dueOn: day(dueIn) }) },
          reason: step.reason,
          version: goal.version,
        });
      } else if ('close' in step) goal = await goals.closeGoal(scope, goal.id, { state: step.close, reason: step.reason, version: goal.version });
      else if ('metric' in step) {
        const { baselineIn, kind, ...metric } = step.metric;
        metricIds.push((await addMetric(scope, goal.id, { ...metric, kind: kind ?? 'number', baselineOn: day(baselineIn) ?? today })).id);
      } else {
        const { on, values, kind, ...rest } = step.checkIn;
        await recordCheckIn(scope, goal.id, {
          ...rest,
          kind: values ? 'metric' : (kind ?? 'observation'),
          effectiveOn: day(on) ?? today,
          values: values?.map((value, index) => ({ metricId: metricIds[index] ?? '', value })),
        });
      }
    }
  }
  return created;
}
