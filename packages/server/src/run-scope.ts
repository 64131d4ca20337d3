import { setDatabaseContext, type Scope } from './context.ts';
import type { Database } from './db/database.ts';
import { resolveCredential } from './features/accounts/service.ts';

export type ScopeDeps = { db: Database; clock: () => Date };

/**
 * Runs one unit of work (an HTTP request, a CLI command) in one transaction, as the
 * non-superuser role tandem_app, with row-level security told who is asking (the holder of
 * `token`, or nobody). Everything the work writes commits together or not at all.
 */
export function runInScope<T>(
  deps: ScopeDeps,
  request: { token: string | undefined; publicUrl: string },
  work: (scope: Scope) => Promise<T>,
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    await tx.query('SET LOCAL ROLE tandem_app');
    const anonymous: Scope = { tx, actor: null, now: deps.clock(), publicUrl: request.publicUrl };
    return work(await actAs(anonymous, request.token));
  });
}

/** The same transaction, now acting as the holder of `token` (or as nobody). */
export async function actAs(scope: Scope, token: string | undefined): Promise<Scope> {
  const actor = (token && (await resolveCredential(scope, token))) || null;
  await setDatabaseContext(scope.tx, actor);
  return { ...scope, actor };
}
