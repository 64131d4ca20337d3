import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { followProfileLanguage } from '../features/session/session-cache';
import { meQueryKey, useMe } from '../features/session/use-me';

/**
 * Once we know who is signed in, the UI speaks the language of their profile. When that language
 * changes, what the server worded in the old one (SMART reasons and questions) is asked again.
 */
export function LanguageFollowsProfile() {
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const locale = me?.locale;
  const previous = useRef(locale);
  useEffect(() => {
    if (me) followProfileLanguage(me);
    if (previous.current && locale && previous.current !== locale) {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    }
    previous.current = locale;
    // Only a change of the profile's language switches the UI, not every refetch of /me.
  }, [locale]);
  return null;
}
