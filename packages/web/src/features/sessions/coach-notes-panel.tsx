import '../../i18n/sessions-catalog';
import { Box, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { useAddCoachNote, useCoachNotes } from './session-queries';

/**
 * The coach's private notes on a session. Rendered only on the coach's page: the client's page
 * never mounts it, so it never even asks for them (and the server would refuse anyway).
 */
export function CoachNotesPanel({ engagementId, sessionId, clientName }: { engagementId: string; sessionId: string; clientName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
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
              <Box component="li" key={note.id} p="xs" bg="white" style={{ borderRadius: 4 }} data-testid="coach-note">
                <Text size="xs" c="dimmed">
                  {format.instant(note.createdAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="coach-note-body">
                  {note.body}
                </Text>
              </Box>
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
            <Textarea label={t('coachNotes.label')} autosize minRows={3} maxRows={12} maxLength={20000} data-testid="coach-note-text" {...form.getInputProps('body')} />
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
