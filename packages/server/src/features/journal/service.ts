import type { Scope } from '../../context.ts';
import { requireActor } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { canViewEngagement } from '../engagements/policy.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { requireGoalsOfEngagement } from '../goals/links.ts';
import { canWriteJournal, journalReadingOf } from './policy.ts';
import * as repo from './repo.ts';

export type JournalEntry = repo.JournalEntryRow;

/** The client reads their whole journal; the coach reads only the entries shared with them. */
export async function listJournal(scope: Scope, engagementId: string): Promise<JournalEntry[]> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  const reading = journalReadingOf(actor, engagement);
  if (!reading) throw new AppError('forbidden', "The journal is the client's; the coach reads only what the client shares.");
  return repo.listEntries(scope.tx, { engagementId: engagement.id, sharedOnly: reading === 'shared' });
}

/** The client writes a private journal entry, optionally about one of their goals. */
export async function writeEntry(scope: Scope, engagementId: string, input: { body: string; goalId?: string | undefined }): Promise<JournalEntry> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  if (!canWriteJournal(actor, engagement)) throw new AppError('forbidden', 'Only the client writes in their journal.');
  if (input.goalId) await requireGoalsOfEngagement(scope, engagement.id, [input.goalId], 'goalId');
  const id = await repo.insertEntry(scope.tx, {
    practiceId: engagement.practiceId,
    engagementId: engagement.id,
    authorId: actor.userId,
    goalId: input.goalId ?? null,
    body: input.body.trim(),
    at: scope.now,
  });
  return loadEntry(scope, id);
}

/**
 * The client shares one entry with their coach, or takes the share back. Each change is
 * recorded in the audit trail; sharing an entry already shared changes nothing.
 */
export async function setEntryShared(scope: Scope, entryId: string, shared: boolean): Promise<JournalEntry> {
  const actor = requireActor(scope);
  const entry = await repo.findEntry(scope.tx, entryId);
  const engagement = entry && { practiceId: entry.practiceId, coachId: entry.coachId, clientId: entry.clientId };
  if (!entry || !engagement || !canViewEngagement(actor, engagement) || !journalReadingOf(actor, engagement)) {
    throw new AppError('journal_entry_not_found', 'No such journal entry.');
  }
  if (entry.authorId !== actor.userId || !canWriteJournal(actor, engagement)) {
    throw new AppError('forbidden', 'Only the client shares or unshares their journal entries.');
  }
  if ((entry.sharedAt !== null) !== shared) {
    await repo.setShared(scope.tx, entry.id, shared ? scope.now : null);
    await recordAuditEvent(scope, {
      actorId: actor.userId,
      practiceId: actor.practiceId,
      action: shared ? 'journal_entry_shared' : 'journal_entry_unshared',
      subjectType: 'journal_entry',
      subjectId: entry.id,
      details: { engagementId: entry.engagementId },
    });
  }
  return loadEntry(scope, entry.id);
}

async function loadEntry(scope: Scope, entryId: string): Promise<JournalEntry> {
  const entry = await repo.findEntry(scope.tx, entryId);
  if (!entry) throw new AppError('journal_entry_not_found', 'No such journal entry.');
  const { coachId: _coach, clientId: _client, ...row } = entry;
  return row;
}
