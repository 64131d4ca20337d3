import { useQuery } from '@tanstack/react-query';
import { api, isProblem, unwrap } from '../../api/client';
import type { Me } from '../../api/types';

export const meQueryKey = ['me'] as const;

/** Who is signed in, or null when nobody is (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/v1/me'));
  } catch (error) {
    if (isProblem(error, 'unauthenticated')) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in person, for screens inside the signed-in shell (which waits for /me first). */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe is used outside the signed-in shell');
  return data;
}
