import type { Scope } from '../../context.ts';
import { invalidField } from '../../errors.ts';
import { listGoalOutlines } from './service.ts';

/**
 * What other features link to goals with (sessions, commitments, journal entries): each goal named
 * in a request must be one of the engagement's, or the request is refused naming the field.
 */
export async function requireGoalsOfEngagement(scope: Scope, engagementId: string, goalIds: readonly string[], field: string): Promise<void> {
  if (goalIds.length === 0) return;
  const known = new Set((await listGoalOutlines(scope, engagementId)).map((goal) => goal.id));
  const index = goalIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw invalidField(goalIds.length === 1 && !field.endsWith('Ids') ? field : `${field}.${index}`, 'Not a goal of this engagement.', 'unknown_goal');
}
