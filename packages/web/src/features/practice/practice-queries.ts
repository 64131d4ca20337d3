import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { EngagementQuery } from '../../api/types';
import { engagementKeys, fetchEngagements } from '../engagements/engagement-queries';

/** The practice's coaches with their clients counted by status; under the engagements' key, as the counts change with them. */
const coachesKey = [...engagementKeys.all, 'coaches'] as const;

/** The practice's coaches, the owner first: the owner's to read (anyone else gets a 403). */
export function useCoaches() {
  return useQuery({
    queryKey: coachesKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/practice/coaches'))).items,
  });
}

/**
 * A page of the practice's engagements, with how many pass the filter in all. While the next
 * page loads, the one on screen stays, so that turning pages does not flash an empty table.
 */
export function useEngagementPage(query: EngagementQuery) {
  return useQuery({
    queryKey: engagementKeys.list(query),
    queryFn: () => fetchEngagements(query),
    placeholderData: keepPreviousData,
  });
}
