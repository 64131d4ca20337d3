import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NewValue, ValueChanges } from '../../api/types';

export const valueKeys = {
  list: (engagementId: string) => ['engagements', engagementId, 'values'] as const,
};

/** All of an engagement's values and aspirations, archived ones included (the page splits them). */
export function useValues(engagementId: string) {
  return useQuery({
    queryKey: valueKeys.list(engagementId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/engagements/{id}/values', {
            params: { path: { id: engagementId }, query: { includeArchived: 'true' } },
          }),
        )
      ).items,
  });
}

export function useAddValue(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewValue) =>
      unwrap(api.POST('/api/v1/engagements/{id}/values', { params: { path: { id: engagementId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: valueKeys.list(engagementId) }),
  });
}

/** Edits a value; `{ archived: false }` restores an archived one. */
export function useChangeValue(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ valueId, changes }: { valueId: string; changes: ValueChanges }) =>
      unwrap(
        api.PATCH('/api/v1/engagements/{id}/values/{valueId}', {
          params: { path: { id: engagementId, valueId } },
          body: changes,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: valueKeys.list(engagementId) }),
  });
}

export function useArchiveValue(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (valueId: string) =>
      unwrap(
        api.POST('/api/v1/engagements/{id}/values/{valueId}/archive', { params: { path: { id: engagementId, valueId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: valueKeys.list(engagementId) }),
  });
}
