import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { JournalEntry, JournalEntryChanges, NewJournalEntry } from '../../api/types';
import { inboxKeys } from '../inbox/inbox-queries';

export const journalKeys = {
  of: (engagementId: string) => ['engagements', engagementId, 'journal'] as const,
};

/** The journal, the latest first: all of it for the client, only what they shared for the coach. */
export function useJournal(engagementId: string) {
  return useQuery({
    queryKey: journalKeys.of(engagementId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/engagements/{id}/journal', { params: { path: { id: engagementId } } }))).items,
  });
}

/** Writes a private entry; with `share`, shares it with the coach right after. */
export function useWriteJournalEntry(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey, share }: { body: NewJournalEntry; idempotencyKey: string; share: boolean }): Promise<JournalEntry> => {
      const entry = await unwrap(
        api.POST('/api/v1/engagements/{id}/journal', { params: { path: { id: engagementId }, header: { 'idempotency-key': idempotencyKey } }, body }),
      );
      if (!share || entry.shared) return entry;
      return unwrap(api.POST('/api/v1/journal/{id}/share', { params: { path: { id: entry.id } } }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: journalKeys.of(engagementId) }),
  });
}

/** Shares an entry with the coach, or stops sharing it. */
export function useShareJournalEntry(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, share }: { id: string; share: boolean }) =>
      unwrap(share ? api.POST('/api/v1/journal/{id}/share', { params: { path: { id } } }) : api.DELETE('/api/v1/journal/{id}/share', { params: { path: { id } } })),
    onSuccess: (entry) => {
      queryClient.setQueryData<JournalEntry[]>(journalKeys.of(engagementId), (entries) => entries?.map((candidate) => (candidate.id === entry.id ? entry : candidate)));
      void queryClient.invalidateQueries({ queryKey: inboxKeys.inbox });
    },
  });
}

/** Rewords an entry, or changes its goal (the client who wrote it). */
export function useEditJournalEntry(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: JournalEntryChanges }) => unwrap(api.PATCH('/api/v1/journal/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (entry) => {
      queryClient.setQueryData<JournalEntry[]>(journalKeys.of(engagementId), (entries) => entries?.map((candidate) => (candidate.id === entry.id ? entry : candidate)));
    },
  });
}

/** Deletes an entry; a shared one also leaves the coach's view and inbox. */
export function useRemoveJournalEntry(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/journal/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => {
      queryClient.setQueryData<JournalEntry[]>(journalKeys.of(engagementId), (entries) => entries?.filter((candidate) => candidate.id !== id));
      void queryClient.invalidateQueries({ queryKey: journalKeys.of(engagementId) });
      void queryClient.invalidateQueries({ queryKey: inboxKeys.inbox });
    },
  });
}
