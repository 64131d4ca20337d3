import {
  calendarDateIn,
  carriedCommitment,
  describeCarriedItem,
  followUpsForAgenda,
  localTimeIn,
  type CarriedItem,
  type GoalToFollowUp,
  type Locale,
  type OpenCommitment,
} from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { openCommitmentsOf } from '../commitments/service.ts';
import { engagementCascade } from '../progress/service.ts';
import type { GoalProgress } from '../progress/compute.ts';
import * as repo from './repo.ts';
import type { NewAgendaItem } from './repo.ts';

const MAX_TEXT = 2000;

function flatten(nodes: readonly GoalProgress[]): GoalProgress[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/**
 * What a new session's agenda starts with (see core's `followUpsForAgenda`): the engagement's
 * open commitments, its goals at risk and its reviews due, each marked as carried over. Dates are
 * the client's: the session's day and today on the client's calendar.
 */
export async function carriedOverItems(
  scope: Scope,
  session: { engagementId: string; scheduledAt: Date; clientTimeZone: string },
): Promise<NewAgendaItem[]> {
  const actor = requireActor(scope);
  const commitments = await openCommitmentsOf(scope, session.engagementId);
  const cascade = flatten(await engagementCascade(scope, session.engagementId));
  const goals = cascade.map(
    (node): GoalToFollowUp => ({
      id: node.goal.id,
      title: node.goal.current.title,
      state: node.goal.state,
      riskStatus: node.risk.status,
      reasons: node.risk.reasons,
      activatedOn: node.goal.activatedAt ? calendarDateIn(session.clientTimeZone, node.goal.activatedAt) : null,
      lastReviewOn: node.lastReviewOn,
      dueOn: node.goal.current.dueOn,
    }),
  );
  const items = followUpsForAgenda({
    openCommitments: commitments.map((commitment) => ({
      id: commitment.id,
      goalId: commitment.goalId,
      text: commitment.text,
      dueOn: commitment.dueOn,
      owner: commitment.owner,
    })),
    goals,
    today: calendarDateIn(session.clientTimeZone, scope.now),
    sessionDay: localTimeIn(session.scheduledAt, session.clientTimeZone).date,
  });
  return items.map((item) => asAgendaItem(item, actor.locale));
}

function asAgendaItem(item: CarriedItem, writerLocale: Locale): NewAgendaItem {
  return {
    // The words are kept in the writer's language too; readers get them in their own (see service).
    text: describeCarriedItem(item.detail, item.text, writerLocale).slice(0, MAX_TEXT),
    goalId: item.goalId,
    carriedFrom: { kind: item.kind, id: item.sourceId, detail: item.detail },
  };
}

/**
 * A commitment made in a session when the next one is already planned (sessions booked ahead)
 * joins that session's agenda at once, carried over as it would have been had the session been
 * planned after it. Later sessions get it when they are planned, if it is still open then.
 */
export async function carryToNextPlannedSession(
  scope: Scope,
  madeIn: { engagementId: string; scheduledAt: Date },
  commitment: OpenCommitment,
): Promise<void> {
  const actor = requireActor(scope);
  const next = await repo.findNextPlannedSession(scope.tx, madeIn.engagementId, madeIn.scheduledAt);
  if (!next) return;
  const carried = asAgendaItem(carriedCommitment(commitment), actor.locale);
  await repo.appendAgendaItems(scope.tx, { practiceId: next.practiceId, engagementId: madeIn.engagementId, sessionId: next.id }, [carried], {
    userId: actor.userId,
    at: scope.now,
  });
}
