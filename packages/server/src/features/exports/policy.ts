import type { Actor } from '../../context.ts';

type EngagementParties = { practiceId: string; coachId: string; clientId: string | null };

/** A person's own export holds the engagements they take part in, as coach or as client. */
export function takesPartIn(actor: Actor, engagement: EngagementParties): boolean {
  return engagement.practiceId === actor.practiceId && (engagement.coachId === actor.userId || engagement.clientId === actor.userId);
}

/**
 * A whole engagement is exported by its coach. The client exports their own data through
 * /me/export; the practice's owner, who reads no one else's private notes, through the practice's.
 */
export function canExportEngagement(actor: Actor, engagement: EngagementParties): boolean {
  return engagement.practiceId === actor.practiceId && engagement.coachId === actor.userId;
}

/** Only the owner exports or deletes the whole practice. */
export function canManagePractice(actor: Actor): boolean {
  return actor.role === 'owner';
}
