import type { ValueKind } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { canReadValues, canWriteValues } from './policy.ts';
import * as repo from './repo.ts';

export type Value = repo.ValueRow;
export type ValueChanges = { kind?: ValueKind | undefined; title?: string | undefined; description?: string | undefined; archived?: boolean | undefined };

export async function listValues(scope: Scope, engagementId: string, options: { includeArchived: boolean }): Promise<Value[]> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  if (!canReadValues(actor, engagement)) throw new AppError('forbidden', 'Only the coach and the client of this engagement read its values and aspirations.');
  return repo.listValues(scope.tx, engagement.id, options.includeArchived);
}

export async function addValue(
  scope: Scope,
  engagementId: string,
  input: { kind: ValueKind; title: string; description?: string | undefined },
): Promise<Value> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  if (!canWriteValues(actor, engagement)) throw new AppError('forbidden', 'Only the client records their values and aspirations.');
  const id = await repo.insertValue(scope.tx, {
    practiceId: engagement.practiceId,
    engagementId: engagement.id,
    kind: input.kind,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    createdBy: actor.userId,
    at: scope.now,
  });
  return loadValue(scope, engagement.id, id);
}

/** Edits, archives (`archived: true`) or restores a value. Archived values stay in the record. */
export async function changeValue(scope: Scope, engagementId: string, valueId: string, changes: ValueChanges): Promise<Value> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  await loadValue(scope, engagement.id, valueId);
  if (!canWriteValues(actor, engagement)) throw new AppError('forbidden', 'Only the client changes their values and aspirations.');
  await repo.updateValue(
    scope.tx,
    valueId,
    { ...changes, title: changes.title?.trim(), description: changes.description?.trim() },
    scope.now,
  );
  return loadValue(scope, engagement.id, valueId);
}

async function loadValue(scope: Scope, engagementId: string, valueId: string): Promise<Value> {
  const value = await repo.findValue(scope.tx, engagementId, valueId);
  if (!value) throw new AppError('value_not_found', 'No such value in this engagement.');
  return value;
}
