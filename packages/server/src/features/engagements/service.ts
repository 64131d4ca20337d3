import { addDaysToInstant, handedOverEmail, INVITATION_TTL_DAYS } from '@tandem/core';
import { requireActor, type Actor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { hashSecretToken, newSecretToken } from '../accounts/credentials.ts';
import { normalizeEmail } from '../accounts/service.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { emailInvitation } from '../invitations/service.ts';
import { findPersonToTell } from '../outbox/repo.ts';
import { emailStatuses, tellPerson, type EmailStatus } from '../outbox/service.ts';
import { canInviteClient, canReinvite, canViewEngagement } from './policy.ts';
import * as repo from './repo.ts';

export type Engagement = repo.EngagementRow;
export type EngagementParties = repo.EngagementParties;
/** An engagement as its list shows it: until the client joins, what became of the email of their invitation, if one was sent. */
export type ListedEngagement = Engagement & { invitationEmail: EmailStatus | undefined };
/** A new invitation: its single-use link, and its email when the inviter asked for one. */
export type InvitedEngagement = { engagement: Engagement; inviteUrl: string; invitationExpiresAt: Date; invitationEmail: EmailStatus | undefined };

function engagementsOf(scope: Scope, filter: repo.EngagementFilter = {}): Promise<{ rows: Engagement[]; total: number }> {
  const actor = requireActor(scope);
  return repo.listEngagementsFor(scope.tx, { practiceId: actor.practiceId, userId: actor.userId, seesWholePractice: actor.role === 'owner' }, filter);
}

/**
 * The engagements the actor takes part in (an owner: all of the practice's), filtered, a page of
 * them when asked; the invitation emails of those not joined yet are read in one statement.
 */
export async function pageOfEngagements(scope: Scope, filter: repo.EngagementFilter = {}): Promise<{ rows: ListedEngagement[]; total: number }> {
  const page = await engagementsOf(scope, filter);
  const emails = await emailStatuses(scope, page.rows.flatMap((row) => (row.invitationId ? [row.invitationId] : [])));
  return { ...page, rows: page.rows.map((row) => ({ ...row, invitationEmail: row.invitationId ? emails.get(row.invitationId) : undefined })) };
}

/** All the engagements the actor takes part in (an owner: all of the practice's). */
export async function listEngagements(scope: Scope): Promise<Engagement[]> {
  return (await engagementsOf(scope)).rows;
}

/**
 * Loads an engagement the actor may see. Anything else, including another practice's
 * engagement, is "not found": its existence is not revealed.
 */
export async function getEngagement(scope: Scope, engagementId: string): Promise<{ actor: Actor; engagement: Engagement }> {
  const actor = requireActor(scope);
  const engagement = await repo.findEngagement(scope.tx, actor.practiceId, engagementId);
  if (!engagement || !canViewEngagement(actor, engagement)) {
    throw new AppError('engagement_not_found', 'No such engagement.');
  }
  return { actor, engagement };
}

/**
 * The parties of an engagement the actor may see, for access checks of what lives inside it
 * (values, goals): the same rule and the same 404 as `getEngagement`, without the presentation.
 */
export async function getEngagementParties(scope: Scope, engagementId: string): Promise<{ actor: Actor; engagement: EngagementParties }> {
  const actor = requireActor(scope);
  const engagement = await repo.findEngagementParties(scope.tx, actor.practiceId, engagementId);
  if (!engagement || !canViewEngagement(actor, engagement)) throw new AppError('engagement_not_found', 'No such engagement.');
  return { actor, engagement };
}

/**
 * A coach takes on a client: the engagement, and a single-use invitation link for the client,
 * emailed to them when the coach asks.
 */
export async function inviteClient(scope: Scope, input: { clientName: string; clientEmail: string; sendEmail?: boolean | undefined }): Promise<InvitedEngagement> {
  const actor = requireActor(scope);
  if (!canInviteClient(actor)) throw new AppError('forbidden', 'Only coaches invite clients.');
  const engagementId = await repo.insertEngagement(scope.tx, { practiceId: actor.practiceId, coachId: actor.userId });
  const client = { name: input.clientName.trim(), email: normalizeEmail(input.clientEmail) };
  const invitation = await issueInvitation(scope, actor, engagementId, client, { sendEmail: input.sendEmail });
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'client_invited', subjectType: 'engagement', subjectId: engagementId });
  return invitation;
}

/**
 * The practice's owner hands an engagement over to another of its coaches (a coach leaving, a
 * better fit): from then on the new coach works in it and the former one sees nothing of it.
 * Everything the two sides share goes with the engagement; the former coach's private notes stay
 * in it, theirs, shown to nobody (the new coach included) unless it comes back to them.
 */
export async function handOver(scope: Scope, engagementId: string, input: { coachId: string }): Promise<Engagement> {
  const { actor, engagement } = await getEngagement(scope, engagementId);
  if (actor.role !== 'owner') throw new AppError('forbidden', "Only the practice's owner hands a client over to another coach.");
  if (!(await repo.isCoachOfPractice(scope.tx, actor.practiceId, input.coachId))) {
    throw invalidField('coachId', 'Choose a coach of this practice.', 'not_a_coach');
  }
  if (engagement.coachId === input.coachId) return engagement;
  await repo.setCoach(scope.tx, actor.practiceId, engagement.id, input.coachId);
  await recordAuditEvent(scope, {
    actorId: actor.userId,
    practiceId: actor.practiceId,
    action: 'engagement_handed_over',
    subjectType: 'engagement',
    subjectId: engagement.id,
    details: { from: engagement.coachId, to: input.coachId },
  });
  const handed = await repo.findEngagement(scope.tx, actor.practiceId, engagement.id);
  if (!handed) throw new Error(`engagement ${engagement.id} vanished inside its own transaction`);
  await emailHandOver(scope, actor, handed);
  return handed;
}

/**
 * Tells the two people a hand-over concerns, by email in their own language: the client (once
 * joined) that their coaching goes on with the new coach, and the new coach whom they take over,
 * unless the owner handed the client to themselves.
 */
async function emailHandOver(scope: Scope, actor: Actor, handed: Engagement): Promise<void> {
  const owner = await findPersonToTell(scope.tx, actor.userId);
  const from = { practiceId: handed.practiceId, engagementId: handed.id };
  const about = { type: 'engagement_handed_over', id: handed.id } as const;
  const words = { clientName: handed.clientName, newCoachName: handed.coachName, handedOverByName: owner?.name ?? '' };
  await tellPerson(scope, from, about, handed.clientId, (person) =>
    handedOverEmail(person.locale, { ...words, to: 'client', recipientName: person.name, link: `${scope.publicUrl}/` }),
  );
  if (handed.coachId === actor.userId) return;
  await tellPerson(scope, from, about, handed.coachId, (person) =>
    handedOverEmail(person.locale, { ...words, to: 'coach', recipientName: person.name, link: `${scope.publicUrl}/engagements/${handed.id}` }),
  );
}

/** A fresh link for a client who has not joined yet, emailed to them when asked; any earlier link stops working. */
export async function reinviteClient(scope: Scope, engagementId: string, input: { sendEmail?: boolean | undefined } = {}): Promise<InvitedEngagement> {
  const { actor, engagement } = await getEngagement(scope, engagementId);
  if (!canReinvite(actor, engagement)) throw new AppError('forbidden', 'Only the engagement\'s coach sends its invitation.');
  if (engagement.clientId) throw new AppError('conflict', 'The client has already joined this engagement.');
  await repo.expireOpenInvitations(scope.tx, engagementId, scope.now);
  return issueInvitation(scope, actor, engagementId, { name: engagement.clientName, email: engagement.clientEmail }, input);
}

async function issueInvitation(
  scope: Scope,
  actor: Actor,
  engagementId: string,
  client: { name: string; email: string },
  options: { sendEmail?: boolean | undefined },
): Promise<InvitedEngagement> {
  const token = newSecretToken();
  const expiresAt = addDaysToInstant(scope.now, INVITATION_TTL_DAYS);
  const invitationId = await repo.insertInvitation(scope.tx, {
    practiceId: actor.practiceId,
    engagementId,
    ...client,
    tokenHash: hashSecretToken(token),
    invitedBy: actor.userId,
    expiresAt,
    createdAt: scope.now,
  });
  const engagement = await repo.findEngagement(scope.tx, actor.practiceId, engagementId);
  if (!engagement) throw new Error(`engagement ${engagementId} vanished inside its own transaction`);
  const inviteUrl = `${scope.publicUrl}/invite/${token}`;
  // The owner may make the link for another coach's client: the email names that coach too.
  const invitationEmail = options.sendEmail
    ? await emailInvitation(scope, {
        id: invitationId,
        engagementId,
        role: 'client',
        ...client,
        expiresAt,
        link: inviteUrl,
        coachName: engagement.coachId === actor.userId ? null : engagement.coachName,
      })
    : undefined;
  return { engagement, inviteUrl, invitationExpiresAt: expiresAt, invitationEmail };
}
