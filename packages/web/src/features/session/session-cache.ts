import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../../api/types';
import { i18n, rememberLanguage } from '../../i18n/i18n';
import { meQueryKey } from './use-me';

/** After sign-in, sign-up or accepting an invitation: remember who this is and speak their language. */
export function adoptSession(queryClient: QueryClient, me: Me): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, me);
  followProfileLanguage(me);
}

/** After sign-out (or a 401): forget everything cached for the previous person. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

export function followProfileLanguage(me: Me): void {
  rememberLanguage(me.locale);
  if (i18n.resolvedLanguage !== me.locale) void i18n.changeLanguage(me.locale);
}
