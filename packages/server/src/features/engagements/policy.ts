import { isCoachingRole } from '@tandem/core';
import type { Actor } from '../../context.ts';

type EngagementParties = { practiceId: string; coachId: string; clientId: string | null };

/** The coach, the client, and the practice's owner see an engagement; nobody else knows it exists. */
export function canViewEngagement(actor: Actor, engagement: EngagementParties): boolean {
  return (
    engagement.practiceId === actor.practiceId &&
    (engagement.coachId === actor.userId || engagement.clientId === actor.userId || actor.role === 'owner')
  );
}

/** Coaches (and owners, who coach too) take on clients; clients do not. */
export function canInviteClient(actor: Actor): boolean {
  return isCoachingRole(actor.role);
}

/** A new invitation link for the client: the engagement's coach, or the practice's owner. */
export function canReinvite(actor: Actor, engagement: EngagementParties): boolean {
  return engagement.coachId === actor.userId || (actor.role === 'owner' && engagement.practiceId === actor.practiceId);
}

export function isClientOf(actor: Actor, engagement: EngagementParties): boolean {
  return engagement.practiceId === actor.practiceId && engagement.clientId === actor.userId;
}
