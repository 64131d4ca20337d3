import type { Side } from '@tandem/core';
import type { Actor } from '../../context.ts';
import { sideOf } from '../goals/policy.ts';

type EngagementParties = { practiceId: string; coachId: string; clientId: string | null };

/**
 * Sessions, their agendas, shared notes and commitments belong to the two people of the
 * engagement, who both read and write them. Anyone else, the practice's owner included, has no
 * side in them.
 */
export function sessionSideOf(actor: Actor, engagement: EngagementParties): Side | null {
  return sideOf(actor, engagement);
}
