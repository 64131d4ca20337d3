import { calendarDateIn, EXPORT_LEFT_OUT } from '@tandem/core';
import { requireActor, type Actor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { getMe } from '../accounts/service.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { listCommitments } from '../commitments/service.ts';
import { getEngagement, listEngagements, type Engagement } from '../engagements/service.ts';
import { engagementCascade } from '../progress/service.ts';
import { listValues } from '../values/service.ts';
import { gatherEngagement } from './dossier.ts';
import { canExportEngagement, canManagePractice, takesPartIn } from './policy.ts';
import { renderReport } from './report.ts';
import * as repo from './repo.ts';
import type { EngagementDossier } from './schemas.ts';

type LeftOut = keyof typeof EXPORT_LEFT_OUT;

function headerOf(scope: Scope, actor: Actor, name: string, leftOut: LeftOut[]) {
  return {
    format: 'tandem-export' as const,
    version: 1 as const,
    exportedAt: scope.now.toISOString(),
    exportedOn: calendarDateIn(actor.timeZone, scope.now),
    exportedBy: { id: actor.userId, name },
    excluded: leftOut.map((what) => EXPORT_LEFT_OUT[what][actor.locale]),
  };
}

/** The engagements a person takes part in (an owner's export holds only their own, not the practice's). */
async function myEngagements(scope: Scope, actor: Actor): Promise<Engagement[]> {
  return (await listEngagements(scope)).filter((engagement) => takesPartIn(actor, engagement));
}

/**
 * Everything that is mine: my profile and, for each engagement I take part in, everything I may
 * read there (a client's own journal, a coach's own private notes; nothing private of the other side).
 */
export async function exportMyData(scope: Scope) {
  const actor = requireActor(scope);
  const profile = await getMe(scope);
  const engagements: EngagementDossier[] = [];
  for (const engagement of await myEngagements(scope, actor)) engagements.push(await gatherEngagement(scope, engagement));
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'export.me', subjectType: 'user', subjectId: actor.userId });
  return {
    ...headerOf(scope, actor, profile.user.name, ['secrets', 'othersNotes', 'unsharedJournal']),
    kind: 'me' as const,
    profile,
    engagements,
  };
}

/** The engagement's coach exports all of it: their own private notes in, unshared journal entries out. */
export async function exportEngagement(scope: Scope, engagementId: string) {
  const { actor, engagement } = await getEngagement(scope, engagementId);
  if (!canExportEngagement(actor, engagement)) {
    throw new AppError('forbidden', "Only the engagement's coach exports it; everyone can download their own data from their profile.");
  }
  const dossier = await gatherEngagement(scope, engagement);
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'export.engagement', subjectType: 'engagement', subjectId: engagement.id });
  return {
    ...headerOf(scope, actor, engagement.coachName, ['secrets', 'unsharedJournal']),
    kind: 'engagement' as const,
    engagement: dossier,
  };
}

/**
 * The owner exports the whole practice, table by table. The database leaves out secrets, other
 * coaches' private notes and every journal entry not shared with the owner as its coach (0012).
 */
export async function exportPractice(scope: Scope) {
  const actor = requireOwner(scope);
  const profile = await getMe(scope);
  const tables = await repo.exportPracticeRows(scope.tx);
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'export.practice', subjectType: 'practice', subjectId: actor.practiceId });
  return {
    ...headerOf(scope, actor, profile.user.name, ['secrets', 'othersNotes', 'ownerJournal', 'derived']),
    kind: 'practice' as const,
    practice: profile.practice,
    tables,
  };
}

/**
 * The owner deletes the practice and everything in it, once they have typed its name: every row
 * of every table, the accounts whose only practice it was, and every sign-in session. Nothing of
 * another practice changes. A wrong name changes nothing (422 naming `confirm`).
 */
export async function deletePractice(scope: Scope, input: { confirm: string }): Promise<Record<string, number>> {
  const actor = requireOwner(scope);
  const name = await repo.findPracticeName(scope.tx, actor.practiceId);
  if (name === undefined || input.confirm.trim() !== name) {
    throw new AppError('confirmation_mismatch', "confirm: type the practice's name exactly to delete it.", {
      errors: [{ path: 'confirm', message: "Type the practice's name exactly to delete it.", code: 'confirmation_mismatch' }],
    });
  }
  return repo.erasePractice(scope.tx, scope.now);
}

/** The printable report of my goals and progress, in my language. */
export async function myReport(scope: Scope): Promise<string> {
  const actor = requireActor(scope);
  const profile = await getMe(scope);
  const engagements = [];
  for (const engagement of await myEngagements(scope, actor)) {
    const commitments = engagement.clientId ? await listCommitments(scope, engagement.id, { status: 'open' }) : [];
    engagements.push({
      practiceName: profile.practice.name,
      coachName: engagement.coachName,
      clientName: engagement.clientName,
      values: await listValues(scope, engagement.id, { includeArchived: false }),
      goals: await engagementCascade(scope, engagement.id),
      commitments: commitments.map((commitment) => ({ text: commitment.text, status: commitment.status, dueOn: commitment.dueOn })),
    });
  }
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'export.report', subjectType: 'user', subjectId: actor.userId });
  return renderReport({ personName: profile.user.name, locale: actor.locale, asOf: calendarDateIn(actor.timeZone, scope.now), engagements });
}

function requireOwner(scope: Scope): Actor {
  const actor = requireActor(scope);
  if (!canManagePractice(actor)) throw new AppError('forbidden', "Only the practice's owner exports or deletes the whole practice.");
  return actor;
}
