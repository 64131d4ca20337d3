import type { Locale, Role } from '@tandem/core';
import type { Sql } from './db/database.ts';
import { AppError } from './errors.ts';

/** Someone signed in: who, in which practice, in which role, through which credential. */
export type Actor = {
  userId: string;
  practiceId: string;
  role: Role;
  credentialId: string;
  credentialKind: 'session' | 'api_token';
  /** The language the person reads Tandem in, and the time zone their calendar days are in. */
  locale: Locale;
  timeZone: string;
};

/**
 * What a service works with for one request: the request's transaction (already running as
 * tandem_app under row-level security), who is asking, and the time the request arrived.
 */
export type Scope = {
  readonly tx: Sql;
  readonly actor: Actor | null;
  readonly now: Date;
  /** Where links in e-mails and responses point, e.g. https://app.tandem.example */
  readonly publicUrl: string;
  /** Emails no one of what happens in it: the demo practice's seeded history, which happened "before". */
  readonly tellsNobody?: boolean;
};

export type DatabaseContext = { userId: string; practiceId: string | null; role: Role | null };

/**
 * Tells row-level security who is asking, for the rest of the transaction. Called by the
 * request pipeline, and by the few use cases that create the person (sign-up, invitation).
 */
export async function setDatabaseContext(tx: Sql, context: DatabaseContext | null): Promise<void> {
  await tx.query(
    `SELECT set_config('tandem.user_id', $1, true), set_config('tandem.practice_id', $2, true),
            set_config('tandem.role', $3, true)`,
    [context?.userId ?? '', context?.practiceId ?? '', context?.role ?? ''],
  );
}

export function requireActor(scope: Scope): Actor {
  if (!scope.actor) throw new AppError('unauthenticated', 'Sign in to continue.');
  return scope.actor;
}
