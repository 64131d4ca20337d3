import { createHash } from 'node:crypto';
import { requireActor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import * as repo from './repo.ts';

/**
 * Makes a create request safe to retry: the first answer given for an Idempotency-Key is stored
 * with the work it describes, in the same transaction, and a retry with the same key and the same
 * request gets that answer again without doing the work twice. The same key with a different
 * request is refused.
 */
export async function onceForKey<T>(
  scope: Scope,
  request: { key: string | undefined; route: string; body: unknown; status: number },
  work: () => Promise<T>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  if (!request.key) return { status: request.status, body: await work(), replayed: false };
  // Only successful answers are stored: a refused request changed nothing and may be retried.
  const actor = requireActor(scope);
  const requestHash = createHash('sha256').update(request.route).update(JSON.stringify(request.body ?? null)).digest('hex');
  const stored = await repo.findResponse(scope.tx, actor.userId, request.key);
  if (stored) {
    if (stored.requestHash !== requestHash) {
      throw new AppError('conflict', 'This Idempotency-Key was used for a different request.', {
        errors: [{ path: 'Idempotency-Key', message: 'Used for a different request', code: 'idempotency_key_reused' }],
      });
    }
    return { status: stored.status, body: stored.body as T, replayed: true };
  }
  const body = await work();
  await repo.storeResponse(scope.tx, {
    userId: actor.userId,
    practiceId: actor.practiceId,
    key: request.key,
    requestHash,
    status: request.status,
    body,
    at: scope.now,
  });
  return { status: request.status, body, replayed: false };
}

/**
 * Forgets the stored answers that carried a row the person has since changed or removed (a journal
 * entry), so that its old words are not kept there. A retry of the request that created it, with
 * the same key, would then create it again: by then the person has already worked on the row.
 */
export async function forgetAnswersAbout(scope: Scope, rowId: string): Promise<void> {
  await repo.forgetResponsesAbout(scope.tx, requireActor(scope).userId, rowId);
}
