import type { Scope } from './context.ts';
import type { Database } from './db/database.ts';
import { enterAs } from './features/accounts/service.ts';

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
    const now = deps.clock();
    const actor = (await enterAs(tx, request.token, now)) ?? null;
    return work({ tx, actor, now, publicUrl: request.publicUrl });
  });
}

/** The same transaction, now acting as the holder of `token` (or as nobody). */
export async function actAs(scope: Scope, token: string | undefined): Promise<Scope> {
  return { ...scope, actor: (await enterAs(scope.tx, token, scope.now)) ?? null };
}
