import { requireActor, type Scope } from '../../context.ts';
import { listCheckIns } from '../check-ins/service.ts';
import { presentCheckIn } from '../check-ins/schemas.ts';
import { canKeepCoachNotes } from '../coach-notes/policy.ts';
import { presentCoachNote } from '../coach-notes/schemas.ts';
import { listCoachNotes } from '../coach-notes/service.ts';
import { presentCommitment } from '../commitments/schemas.ts';
import { listCommitments } from '../commitments/service.ts';
import { presentEngagement } from '../engagements/schemas.ts';
import type { Engagement } from '../engagements/service.ts';
import { presentFeedbackRequest } from '../feedback/schemas.ts';
import { listFeedbackRequests } from '../feedback/service.ts';
import { presentGoal, presentHistory } from '../goals/schemas.ts';
import { getRevisionHistory, listGoals } from '../goals/service.ts';
import { journalReadingOf } from '../journal/policy.ts';
import { presentJournalEntry } from '../journal/schemas.ts';
import { listJournal } from '../journal/service.ts';
import { presentMetric } from '../metrics/schemas.ts';
import { listMetrics } from '../metrics/service.ts';
import { presentObstacle } from '../obstacles/schemas.ts';
import { listObstacles } from '../obstacles/service.ts';
import { presentCascadeNode } from '../progress/schemas.ts';
import { engagementCascade } from '../progress/service.ts';
import { presentReview } from '../reviews/schemas.ts';
import { listReviews } from '../reviews/service.ts';
import { presentSession } from '../sessions/schemas.ts';
import { getSession, listSessions } from '../sessions/service.ts';
import { presentValue } from '../values/schemas.ts';
import { listValues } from '../values/service.ts';
import type { EngagementDossier } from './schemas.ts';

/**
 * Everything of one engagement that the person exporting may read, gathered through the same
 * services (and so the same access checks and row-level security) as the pages that show it:
 * the coach's private notes only for their author, the journal whole for the client and only its
 * shared entries for the coach.
 */
export async function gatherEngagement(scope: Scope, engagement: Engagement): Promise<EngagementDossier> {
  const id = engagement.id;
  const goals = await listGoals(scope, id);
  const goalRecords = [];
  for (const goal of goals) {
    const reviews = await listReviews(scope, goal.id);
    goalRecords.push({
      goal: presentGoal(goal),
      revisions: presentHistory(await getRevisionHistory(scope, goal.id)).items,
      metrics: (await listMetrics(scope, goal.id)).map(presentMetric),
      checkIns: (await listCheckIns(scope, goal.id)).map(presentCheckIn),
      feedbackRequests: (await listFeedbackRequests(scope, goal.id)).map(({ request, status, email }) => presentFeedbackRequest(request, status, email)),
      reviews: reviews.items.map(presentReview),
      obstacles: (await listObstacles(scope, goal.id)).map(presentObstacle),
    });
  }
  const sessions = [];
  if (engagement.clientId) {
    for (const session of await listSessions(scope, id)) sessions.push(presentSession(await getSession(scope, session.id)));
  }
  const actor = requireActor(scope);
  return {
    engagement: presentEngagement(engagement),
    values: (await listValues(scope, id, { includeArchived: true })).map(presentValue),
    goals: goalRecords,
    progress: (await engagementCascade(scope, id)).map(presentCascadeNode),
    sessions,
    commitments: engagement.clientId ? (await listCommitments(scope, id, {})).map(presentCommitment) : [],
    coachNotes: canKeepCoachNotes(actor, engagement) ? (await listCoachNotes(scope, id, {})).map(presentCoachNote) : [],
    journal: journalReadingOf(actor, engagement) !== null ? (await listJournal(scope, id)).map(presentJournalEntry) : [],
  };
}
