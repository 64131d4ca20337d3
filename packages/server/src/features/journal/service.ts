import type { Scope } from '../../context.ts';
import { requireActor } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { canViewEngagement } from '../engagements/policy.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { requireGoalsOfEngagement } from '../goals/links.ts';
import { forgetAnswersAbout } from '../idempotency/service.ts';
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
  const { actor, entry } = await accessOwnEntry(scope, entryId, 'Only the client shares or unshares their journal entries.');
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

/**
 * The client rewords an entry, or changes the goal it is about (null: none); when it was edited
 * is kept. A shared entry stays shared, with its new words.
 */
export async function editEntry(scope: Scope, entryId: string, changes: { body?: string | undefined; goalId?: string | null | undefined }): Promise<JournalEntry> {
  const { entry } = await accessOwnEntry(scope, entryId, 'Only the client edits their journal entries.');
  if (changes.goalId) await requireGoalsOfEngagement(scope, entry.engagementId, [changes.goalId], 'goalId');
  const body = changes.body?.trim();
  const isChanged = (body !== undefined && body !== entry.body) || (changes.goalId !== undefined && changes.goalId !== entry.goalId);
  if (isChanged) {
    await repo.updateEntry(scope.tx, entry.id, { body, goalId: changes.goalId }, scope.now);
    await forgetAnswersAbout(scope, entry.id);
  }
  return loadEntry(scope, entry.id);
}

/** The client removes an entry: gone from their journal, and from the coach's view if it was shared. */
export async function removeEntry(scope: Scope, entryId: string): Promise<void> {
  const { entry } = await accessOwnEntry(scope, entryId, 'Only the client removes their journal entries.');
  await repo.deleteEntry(scope.tx, entry.id);
  await forgetAnswersAbout(scope, entry.id);
}

/**
 * An entry its client changes. One the actor cannot read is 404 (it does not exist for them);
 * one they read without having written it (the coach, a shared entry) is 403 with `refusal`.
 */
async function accessOwnEntry(scope: Scope, entryId: string, refusal: string) {
  const actor = requireActor(scope);
  const entry = await repo.findEntry(scope.tx, entryId);
  const engagement = entry && { practiceId: entry.practiceId, coachId: entry.coachId, clientId: entry.clientId };
  if (!entry || !engagement || !canViewEngagement(actor, engagement) || !journalReadingOf(actor, engagement)) {
    throw new AppError('journal_entry_not_found', 'No such journal entry.');
  }
  if (entry.authorId !== actor.userId || !canWriteJournal(actor, engagement)) throw new AppError('forbidden', refusal);
  // Locked only now: the lock is the author's to take (row-level security), and what was read
  // before it may have changed meanwhile.
  const locked = await repo.findEntry(scope.tx, entry.id, { forUpdate: true });
  if (!locked) throw new AppError('journal_entry_not_found', 'No such journal entry.');
  return { actor, entry: locked };
}

async function loadEntry(scope: Scope, entryId: string): Promise<JournalEntry> {
  const entry = await repo.findEntry(scope.tx, entryId);
  if (!entry) throw new AppError('journal_entry_not_found', 'No such journal entry.');
  const { coachId: _coach, clientId: _client, ...row } = entry;
  return row;
}
