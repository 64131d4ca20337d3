import type { Actor } from '../../context.ts';

type EngagementParties = { practiceId: string; coachId: string; clientId: string | null };

/**
 * A coach's private notes on an engagement are theirs alone: only the engagement's coach writes
 * them, and each note is read only by its author. Not the client, not another coach of the
 * practice, not the practice's owner.
 */
export function canKeepCoachNotes(actor: Actor, engagement: EngagementParties): boolean {
  return engagement.practiceId === actor.practiceId && engagement.coachId === actor.userId;
}
