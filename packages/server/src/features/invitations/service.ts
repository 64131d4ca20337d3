import { randomUUID } from 'node:crypto';
import { calendarDateIn, DEFAULT_TIME_ZONE, formatInstantInFull, invitationEmail, type Locale } from '@tandem/core';
import { requireActor, setDatabaseContext, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { hashSecretToken } from '../accounts/credentials.ts';
import * as accounts from '../accounts/service.ts';
import * as signIn from '../accounts/sign-in.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { queueEmail, type EmailStatus } from '../outbox/service.ts';
import * as repo from './repo.ts';

export type InvitationStatus = 'open' | 'used' | 'expired';
export type InvitationPreview = {
  role: 'client' | 'coach';
  practiceName: string;
  coachName: string;
  clientName: string;
  clientEmail: string;
  expiresAt: Date;
  status: InvitationStatus;
  /** An expired link for which a newer one was made: the person should open the latest email. */
  replaced: boolean;
  returning: boolean;
};

function statusOf(invitation: repo.InvitationRow, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'used';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

async function findInvitation(scope: Scope, token: string): Promise<repo.InvitationRow> {
  const invitation = await repo.findInvitationByTokenHash(scope.tx, hashSecretToken(token));
  if (!invitation) throw new AppError('invitation_not_found', 'This invitation link is not valid.');
  return invitation;
}

/** What the person holding the link sees before accepting: who invites them, and to what. */
export async function previewInvitation(scope: Scope, token: string): Promise<InvitationPreview> {
  const invitation = await findInvitation(scope, token);
  const status = statusOf(invitation, scope.now);
  return {
    role: invitation.role,
    practiceName: invitation.practiceName,
    coachName: invitation.coachName,
    clientName: invitation.name,
    clientEmail: invitation.email,
    expiresAt: invitation.expiresAt,
    status,
    replaced: status === 'expired' && invitation.replaced,
    returning: await isReturning(scope, invitation),
  };
}

/** Whether the invitation brings back a coach whose account is in no practice (decision 036). */
async function isReturning(scope: Scope, invitation: repo.InvitationRow): Promise<boolean> {
  return invitation.role === 'coach' && (await accounts.isFormerMember(scope, invitation.email));
}

type Accepted = accounts.OpenedSession & { engagementId: string | null };

/**
 * The invited person accepts: their account is created and they are signed in, a member of the
 * practice. A client joins as a client, and the engagement becomes theirs and starts today (in
 * their time zone); a coach joins as a coach. The link works once.
 *
 * A coach invited back, whose account is in no practice (decision 036), proves it is them with
 * their password (and their second factor, if they turned it on) instead: their account and its
 * name, language and time zone stay as they were. Such a failure is returned rather than thrown,
 * so that the attempt it records is committed, as a sign-in's is.
 */
export async function acceptInvitation(
  scope: Scope,
  token: string,
  input: { name: string; password: string; code?: string | undefined; locale?: Locale | undefined; timeZone?: string | undefined },
): Promise<{ ok: true; accepted: Accepted } | { ok: false; error: AppError }> {
  const invitation = await findInvitation(scope, token);
  const status = statusOf(invitation, scope.now);
  if (status === 'used') throw new AppError('invitation_used', 'This invitation has already been used. Sign in instead.');
  if (status === 'expired') {
    const whom = invitation.role === 'coach' ? "the practice's owner" : 'your coach';
    if (invitation.replaced) {
      throw new AppError('invitation_expired', `This invitation link was replaced by a newer one. Open the link in the latest invitation email, or ask ${whom} for a new link.`);
    }
    throw new AppError('invitation_expired', `This invitation has expired. Ask ${whom} for a new link.`);
  }

  const membership = { practiceId: invitation.practiceId, role: invitation.role };
  let userId: string;
  if (await isReturning(scope, invitation)) {
    const proven = await signIn.proveFormerMember(scope, { email: invitation.email, password: input.password, code: input.code }, invitation.practiceId);
    if (!proven.ok) return proven;
    userId = proven.userId;
    await setDatabaseContext(scope.tx, { userId, ...membership });
  } else {
    userId = randomUUID();
    await setDatabaseContext(scope.tx, { userId, ...membership });
    await accounts.createAccount(scope, { userId, email: invitation.email, ...input });
  }
  await accounts.joinPractice(scope, { userId, ...membership });
  const claimed = await repo.claimInvitation(scope.tx, {
    tokenHash: hashSecretToken(token),
    userId,
    now: scope.now,
    startedOn: calendarDateIn(input.timeZone ?? DEFAULT_TIME_ZONE, scope.now),
  });
  if (!claimed) throw new AppError('invitation_used', 'This invitation has already been used. Sign in instead.');
  await recordAuditEvent(scope, {
    actorId: userId,
    practiceId: invitation.practiceId,
    action: 'invitation_accepted',
    ...(invitation.engagementId ? { subjectType: 'engagement', subjectId: invitation.engagementId } : { subjectType: 'invitation', subjectId: invitation.id }),
  });
  const session = await accounts.openSession(scope, userId, membership);
  return { ok: true, accepted: { ...session, engagementId: invitation.engagementId } };
}

/**
 * Emails a new invitation's link to the invited person, in the inviter's language: who invites
 * them from which practice, until when the link works (a day of the inviter's calendar) and that it
 * works once. Queued in the request's transaction, it goes out once the invitation is committed
 * (decision 040); what became of it, for the answer.
 */
export async function emailInvitation(
  scope: Scope,
  invitation: { id: string; engagementId: string | null; role: 'client' | 'coach'; name: string; email: string; expiresAt: Date; link: string; coachName: string | null },
): Promise<EmailStatus> {
  const actor = requireActor(scope);
  const inviter = await accounts.getMe(scope);
  const words = invitationEmail(actor.locale, {
    role: invitation.role,
    inviteeName: invitation.name,
    inviterName: inviter.user.name,
    practiceName: inviter.practice.name,
    coachName: invitation.coachName,
    link: invitation.link,
    validUntil: formatInstantInFull(invitation.expiresAt, actor.timeZone, actor.locale),
  });
  return queueEmail(scope, { practiceId: actor.practiceId, engagementId: invitation.engagementId }, { type: 'invitation', id: invitation.id }, { to: invitation.email, ...words });
}
