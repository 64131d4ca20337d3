import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../../api/types';
import { i18n, rememberLanguage } from '../../i18n/i18n';
import { meQueryKey } from './use-me';

/** What the person did that signed this browser out, for the sign-in page to say. */
export type SignedOutReason = 'everywhere' | 'practiceDeleted';

// Kept here rather than in the sign-in page's address or history state: the signed-in shell,
// seeing nobody signed in, sends the browser to the sign-in page too, and may get there first.
let signedOutReason: SignedOutReason | undefined;

/** After sign-in, sign-up or accepting an invitation: remember who this is and speak their language. */
export function adoptSession(queryClient: QueryClient, me: Me): void {
  signedOutReason = undefined;
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, me);
  followProfileLanguage(me);
}

/** After sign-out (or a 401): forget everything cached for the previous person. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/**
 * After the person's own action ended this browser's session with the others (signing out
 * everywhere, deleting the practice): forget them, and keep why until someone signs in again.
 */
export function forgetSessionBecause(queryClient: QueryClient, reason: SignedOutReason): void {
  forgetSession(queryClient);
  signedOutReason = reason;
}

/** Why the person's own action signed this browser out, until someone signs in again. */
export function lastSignedOutReason(): SignedOutReason | undefined {
  return signedOutReason;
}

export function followProfileLanguage(me: Me): void {
  rememberLanguage(me.locale);
  if (i18n.resolvedLanguage !== me.locale) void i18n.changeLanguage(me.locale);
}
