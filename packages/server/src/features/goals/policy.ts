import type { Side } from '@tandem/core';
import type { Actor } from '../../context.ts';

/**
 * Goals belong to the two people of the engagement: its coach and its client. Anyone else,
 * the practice's owner included, has no side and may not touch them.
 */
export function sideOf(actor: Actor, engagement: { practiceId: string; coachId: string; clientId: string | null }): Side | null {
  if (engagement.practiceId !== actor.practiceId) return null;
  if (engagement.coachId === actor.userId) return 'coach';
  if (engagement.clientId === actor.userId) return 'client';
  return null;
}
