import '../../i18n/sessions-catalog';
import { Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachNote } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { useAddCoachNote, useCoachNotes, useEditCoachNote, useRemoveCoachNote } from './session-queries';
import { EditDeleteButtons, EditedMark, RemovalConfirmation, WordsEditor, type WordsMode } from './word-edits';
import { LimitedTextarea } from '../../ui/limited-textarea';
import { LongText } from '../../ui/long-text';

/** One private note: its author rewords it in place, or deletes it after confirming. */
function CoachNoteItem({ note, engagementId, sessionId }: { note: CoachNote; engagementId: string; sessionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [mode, setMode] = useState<WordsMode>('showing');
  const edit = useEditCoachNote(engagementId, sessionId);
  const remove = useRemoveCoachNote(engagementId, sessionId);
  const show = () => {
    edit.reset();
    remove.reset();
    setMode('showing');
  };
  return (
    <Box component="li" p="xs" bg="white" style={{ borderRadius: 4 }} data-testid="coach-note" data-note-id={note.id}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {format.instant(note.createdAt)}
          </Text>
          <EditedMark updatedAt={note.updatedAt} />
        </Group>
        {mode === 'showing' && (
          <EditDeleteButtons
            editLabel={t('coachNotes.editLabel')}
            deleteLabel={t('coachNotes.deleteLabel')}
            onEdit={() => setMode('editing')}
            onDelete={() => setMode('confirmingRemoval')}
            testIdPrefix="coach-note"
          />
        )}
      </Group>
      {mode === 'editing' ? (
        <WordsEditor
          initial={note.body}
          label={t('coachNotes.bodyLabel')}
          field="body"
          maxLength={20000}
          isMultiline
          isPending={edit.isPending}
          error={edit.error}
          onSave={(body) => edit.mutate({ id: note.id, body }, { onSuccess: show })}
          onCancel={show}
          testId="coach-note-edit-form"
        />
      ) : (
        <LongText testId="coach-note-body">{note.body}</LongText>
      )}
      {mode === 'confirmingRemoval' && (
        <RemovalConfirmation
          question={t('coachNotes.deleteConfirm')}
          confirmLabel={t('wordEdits.delete')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(note.id)}
          onCancel={show}
          testId="coach-note-delete-confirmation"
        />
      )}
    </Box>
  );
}

/**
 * The coach's private notes on a session. Rendered only on the coach's page: the client's page
 * never mounts it, so it never even asks for them (and the server would refuse anyway). The coach
 * rewords or deletes their own notes here.
 */
export function CoachNotesPanel({ engagementId, sessionId, clientName }: { engagementId: string; sessionId: string; clientName: string }) {
  const { t } = useTranslation();
  const notes = useCoachNotes(engagementId, sessionId);
  const add = useAddCoachNote(engagementId, sessionId);
  const form = useForm({ initialValues: { body: '' }, validate: { body: rules.required } });

  return (
    <Card withBorder radius="lg" padding="lg" bg="var(--mantine-color-yellow-0)" data-testid="coach-private-notes">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('coachNotes.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('coachNotes.intro', { name: clientName })}
          </Text>
        </div>
        {notes.isPending && <PageLoader />}
        {notes.isError && <ProblemAlert error={notes.error} onRetry={() => void notes.refetch()} />}
        {notes.data?.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="coach-notes-empty">
            {t('coachNotes.empty')}
          </Text>
        )}
        {notes.data && notes.data.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {notes.data.map((note) => (
              <CoachNoteItem key={note.id} note={note} engagementId={engagementId} sessionId={sessionId} />
            ))}
          </Stack>
        )}
        <form
          noValidate
          data-testid="coach-note-form"
          onSubmit={form.onSubmit((values) =>
            add.mutate({ body: values.body.trim(), sessionId }, { onSuccess: () => form.reset(), onError: (error) => form.setErrors(fieldProblems(error)) }),
          )}
        >
          <Stack gap="xs">
            {add.isError && <ProblemAlert error={add.error} />}
            <LimitedTextarea label={t('coachNotes.label')} autosize minRows={3} maxRows={12} maxLength={20000} data-testid="coach-note-text" {...form.getInputProps('body')} />
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={add.isPending} data-testid="coach-note-add">
                {t('coachNotes.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
