import { addDaysToInstant, INVITATION_TTL_DAYS } from '@tandem/core';
import { requireActor, type Actor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { hashSecretToken, newSecretToken } from '../accounts/credentials.ts';
import { normalizeEmail, refuseTakenEmail } from '../accounts/service.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { emailInvitation } from '../invitations/service.ts';
import { emailStatuses, type EmailStatus } from '../outbox/service.ts';
import * as repo from './repo.ts';

export type Coach = repo.CoachRow;
/** An open invitation for a coach, and what became of its email when one was sent. */
export type CoachInvitation = repo.CoachInvitationRow & { invitationEmail: EmailStatus | undefined };

/** The actor, when they own the practice: only the owner manages its coaches. */
function requireOwner(scope: Scope, doing: string): Actor {
  const actor = requireActor(scope);
  if (actor.role !== 'owner') throw new AppError('forbidden', `Only the practice's owner ${doing}.`);
  return actor;
}

/** Who coaches in the practice and how many clients each holds: for the practice's owner only. */
export async function listCoaches(scope: Scope): Promise<Coach[]> {
  const actor = requireOwner(scope, 'sees its coaches and their clients');
  return repo.listCoaches(scope.tx, actor.practiceId);
}

/** The invitations for coaches that can still be accepted, newest first, with their emails read in one statement. */
export async function listCoachInvitations(scope: Scope): Promise<CoachInvitation[]> {
  const actor = requireOwner(scope, 'sees its invitations for coaches');
  const invitations = await repo.listOpenCoachInvitations(scope.tx, actor.practiceId, scope.now);
  const emails = await emailStatuses(scope, invitations.map((invitation) => invitation.id));
  return invitations.map((invitation) => ({ ...invitation, invitationEmail: emails.get(invitation.id) }));
}

/**
 * The owner invites a coach into the practice: a single-use link, valid as long as a client's,
 * that replaces any earlier open link to the same address. A person has one account, in one
 * practice: an address whose account is a member of a practice is refused; a coach who was
 * removed from one may be invited back, and accepts with their own password (decision 036). The
 * link is emailed to the coach when the owner asks.
 */
export async function inviteCoach(
  scope: Scope,
  input: { name: string; email: string; sendEmail?: boolean | undefined },
): Promise<{ invitation: CoachInvitation; inviteUrl: string }> {
  const actor = requireOwner(scope, 'invites coaches');
  const email = normalizeEmail(input.email);
  await refuseTakenEmail(scope, email, { former: 'welcome' });
  await repo.endOpenCoachInvitations(scope.tx, actor.practiceId, { email }, scope.now);
  const token = newSecretToken();
  const invitation = await repo.insertCoachInvitation(scope.tx, {
    practiceId: actor.practiceId,
    email,
    name: input.name.trim(),
    tokenHash: hashSecretToken(token),
    invitedBy: actor.userId,
    expiresAt: addDaysToInstant(scope.now, INVITATION_TTL_DAYS),
    createdAt: scope.now,
  });
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'coach_invited', subjectType: 'invitation', subjectId: invitation.id });
  const inviteUrl = `${scope.publicUrl}/invite/${token}`;
  const invitationEmail = input.sendEmail
    ? await emailInvitation(scope, { ...invitation, engagementId: null, role: 'coach', link: inviteUrl, coachName: null })
    : undefined;
  return { invitation: { ...invitation, invitationEmail }, inviteUrl };
}

/** The owner takes back an open invitation for a coach: its link stops working. */
export async function withdrawCoachInvitation(scope: Scope, invitationId: string): Promise<void> {
  const actor = requireOwner(scope, 'withdraws invitations for coaches');
  const ended = await repo.endOpenCoachInvitations(scope.tx, actor.practiceId, { id: invitationId }, scope.now);
  if (ended.length === 0) throw new AppError('invitation_not_found', 'No open invitation for a coach has this id.');
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'coach_invitation_withdrawn', subjectType: 'invitation', subjectId: invitationId });
}

/**
 * The owner removes a coach from the practice once no engagement of it is theirs, ended ones
 * included (the owner hands those over first, so that every engagement has a coach of the
 * practice): they can no longer sign in to it, every session and API token they hold in it ends
 * at once, and their account stays named on what they wrote (decisions 033, 034).
 */
export async function removeCoach(scope: Scope, coachId: string): Promise<void> {
  const actor = requireOwner(scope, 'removes coaches');
  const coach = (await repo.listCoaches(scope.tx, actor.practiceId)).find((candidate) => candidate.id === coachId);
  if (!coach) throw new AppError('not_found', 'No coach of this practice has this id.');
  if (coach.role === 'owner') throw new AppError('owner_stays', "The practice's owner stays in the practice.");
  const held = coach.invited + coach.active + coach.paused + coach.ended;
  if (held > 0) {
    throw new AppError('coach_has_engagements', `${coach.name} still holds ${held} engagement(s) of the practice, ended ones included: hand them over first.`, {
      extensions: { engagements: held },
    });
  }
  const ended = await repo.removeCoach(scope.tx, coach.id, scope.now);
  await recordAuditEvent(scope, {
    actorId: actor.userId,
    practiceId: actor.practiceId,
    action: 'coach_removed',
    subjectType: 'user',
    subjectId: coach.id,
    details: ended,
  });
}
