import '../../i18n/sessions-catalog';
import { Alert, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../api/client';
import type { Session } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';
import { useChangeSession } from './session-queries';
import { followSavedNotes, isDirty, keepDraft, startDraft, type NotesDraft, type SavedNotes } from './shared-notes-draft';
import { LimitedTextarea } from '../../ui/limited-textarea';

/**
 * The notes both sides read and edit. A save carries the version the text started from: when
 * someone else saved other notes meanwhile, nothing is overwritten and the typed text stays.
 * A session changed in other ways (its status) is no conflict: the save goes through.
 */
export function SharedNotesEditor({ session, onReload }: { session: Session; onReload: () => Promise<Session | undefined> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeSession(session.id);
  const savedNow = { notes: session.sharedNotes, version: session.version };
  const [state, setState] = useState<NotesDraft>(() => startDraft(savedNow));
  const [seen, setSeen] = useState(savedNow);
  const [isJustSaved, setJustSaved] = useState(false);

  // The session arrived anew (a reload, a refetch on focus, the answer to a save).
  if (seen.version !== savedNow.version || seen.notes !== savedNow.notes) {
    setSeen(savedNow);
    setState(followSavedNotes(state, savedNow));
  }

  const { draft, base, conflict } = state;
  const save = (text: string, startedFrom: SavedNotes) => {
    setJustSaved(false);
    change.mutate(
      { sharedNotes: text, version: startedFrom.version },
      {
        onSuccess: (saved) => {
          setState((current) => ({ ...current, base: { notes: saved.sharedNotes, version: saved.version } }));
          setJustSaved(true);
        },
        onError: async (error) => {
          if (!isProblem(error, 'stale_version')) return;
          const fresh = await onReload();
          // Only the status or the time changed: the notes the text started from are still the saved ones.
          if (fresh && fresh.sharedNotes === startedFrom.notes) save(text, { notes: fresh.sharedNotes, version: fresh.version });
          else setState((current) => ({ ...current, conflict: 'stale' }));
        },
      },
    );
  };
  const reload = async () => {
    await onReload();
    setState((current) => ({ ...current, conflict: 'reloaded' }));
  };
  const keepMine = () => {
    setState(keepDraft(state, savedNow));
    save(draft, savedNow);
  };
  const takeSaved = () => setState(startDraft(savedNow));
  const savedBy = session.sharedNotesUpdatedBy;
  const savedAt = session.sharedNotesUpdatedAt;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="shared-notes">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('sharedNotes.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('sharedNotes.intro')}
          </Text>
        </div>
        {conflict !== 'none' && (
          <Alert color="orange" variant="light" title={t('sharedNotes.conflictTitle')} data-testid="shared-notes-conflict" data-phase={conflict}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('sharedNotes.conflictBody')}</Text>
              {conflict === 'stale' ? (
                <Button size="xs" variant="white" color="orange" onClick={() => void reload()} data-testid="shared-notes-reload">
                  {t('sharedNotes.reload')}
                </Button>
              ) : (
                <>
                  <Text size="xs" fw={700}>
                    {t('sharedNotes.savedVersion', { name: savedBy?.name ?? '', when: savedAt ? format.instant(savedAt) : '' })}
                  </Text>
                  <Box
                    p="xs"
                    bg="white"
                    style={{ borderRadius: 4, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', width: '100%' }}
                    data-testid="shared-notes-saved-version"
                  >
                    <Text size="sm">{session.sharedNotes}</Text>
                  </Box>
                  <Group gap="xs">
                    <Button size="xs" color="orange" onClick={keepMine} data-testid="shared-notes-keep-mine">
                      {t('sharedNotes.keepMine')}
                    </Button>
                    <Button size="xs" variant="white" color="orange" onClick={takeSaved} data-testid="shared-notes-take-saved">
                      {t('sharedNotes.takeSaved')}
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          </Alert>
        )}
        {change.isError && !isProblem(change.error, 'stale_version') && <ProblemAlert error={change.error} />}
        <LimitedTextarea
          label={t('sharedNotes.label')}
          placeholder={t('sharedNotes.placeholder')}
          autosize
          minRows={6}
          maxRows={24}
          maxLength={20000}
          value={draft}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            setState((current) => ({ ...current, draft: typed }));
            setJustSaved(false);
          }}
          data-testid="shared-notes-text"
        />
        <Group justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed" data-testid="shared-notes-state">
            {isDirty(state)
              ? t('sharedNotes.unsaved')
              : isJustSaved
                ? t('sharedNotes.saved')
                : savedBy && savedAt
                  ? t('sharedNotes.lastChanged', { name: savedBy.name, when: format.instant(savedAt) })
                  : ''}
          </Text>
          <Button
            onClick={() => save(draft, base)}
            disabled={!isDirty(state) || conflict !== 'none'}
            loading={change.isPending}
            data-testid="shared-notes-save"
          >
            {t('sharedNotes.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A cancelled session's shared notes, read only: they stay as they were unless it is put back. */
export function CancelledSessionNotes({ session }: { session: Session }) {
  const { t } = useTranslation();
  const format = useFormat();
  const savedBy = session.sharedNotesUpdatedBy;
  const savedAt = session.sharedNotesUpdatedAt;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="shared-notes" data-readonly="true">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('sharedNotes.title')}
          </Title>
          <Text size="xs" c="dimmed" data-testid="shared-notes-closed">
            {t('sharedNotes.closedWhileCancelled')}
          </Text>
        </div>
        {session.sharedNotes === '' ? (
          <Text size="sm" c="dimmed">
            {t('sharedNotes.noneWritten')}
          </Text>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="shared-notes-read">
            {session.sharedNotes}
          </Text>
        )}
        {savedBy && savedAt && (
          <Text size="xs" c="dimmed">
            {t('sharedNotes.lastChanged', { name: savedBy.name, when: format.instant(savedAt) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
