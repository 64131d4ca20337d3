import { useEffect } from 'react';
import { followProfileLanguage } from '../features/session/session-cache';
import { useMe } from '../features/session/use-me';

/** Once we know who is signed in, the UI speaks the language of their profile. */
export function LanguageFollowsProfile() {
  const { data: me } = useMe();
  const locale = me?.locale;
  useEffect(() => {
    if (me) followProfileLanguage(me);
    // Only a change of the profile's language switches the UI, not every refetch of /me.
  }, [locale]);
  return null;
}
