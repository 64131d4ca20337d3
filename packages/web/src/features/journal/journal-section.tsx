import '../../i18n/goals-catalog';
import '../../i18n/sessions-catalog';
import { Badge, Box, Button, Card, Checkbox, EmptyState, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSubmissionKey } from '../../api/idempotency-key';
import type { Engagement, JournalEntry, NewJournalEntry } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { goalChoices } from '../goals/goal-order';
import { useGoals } from '../goals/goal-queries';
import { EditDeleteButtons, EditedMark, RemovalConfirmation, WordsEditor, type WordsMode } from '../sessions/word-edits';
import { useEditJournalEntry, useJournal, useRemoveJournalEntry, useShareJournalEntry, useWriteJournalEntry } from './journal-queries';
import { LimitedTextarea } from '../../ui/limited-textarea';
import { LongText } from '../../ui/long-text';

type EntryValues = { body: string; goalId: string | null; share: boolean };

function NewEntryForm({ engagementId, goalOptions }: { engagementId: string; goalOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const write = useWriteJournalEntry(engagementId);
  const submission = useSubmissionKey();
  const form = useForm<EntryValues>({ initialValues: { body: '', goalId: null, share: false }, validate: { body: rules.required } });

  const submit = (values: EntryValues) => {
    const body: NewJournalEntry = { body: values.body.trim(), ...(values.goalId ? { goalId: values.goalId } : {}) };
    write.mutate(
      { body, share: values.share, idempotencyKey: submission.keyFor(body) },
      {
        onSuccess: () => {
          submission.forget();
          form.reset();
        },
        onError: (error) => form.setErrors(fieldProblems(error)),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} data-testid="journal-form">
      <Stack gap="sm">
        {write.isError && <ProblemAlert error={write.error} />}
        <LimitedTextarea
          label={t('journal.newEntry')}
          placeholder={t('journal.placeholder')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={20000}
          data-testid="journal-body"
          {...form.getInputProps('body')}
        />
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group align="flex-end" gap="md">
            {goalOptions.length > 0 && (
              <Select
                label={t('journal.goal')}
                placeholder={t('journal.goalPlaceholder')}
                data={goalOptions}
                clearable
                comboboxProps={{ withinPortal: true }}
                w={{ base: '100%', xs: 260 }}
                data-testid="journal-goal"
                {...form.getInputProps('goalId')}
              />
            )}
            <Checkbox label={t('journal.shareNow')} mb={8} data-testid="journal-share-now" {...form.getInputProps('share', { type: 'checkbox' })} />
          </Group>
          <Button type="submit" loading={write.isPending} data-testid="journal-submit">
            {t('journal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EntryItem({
  entry,
  goalTitle,
  goalOptions,
  isClient,
  engagementId,
}: {
  entry: JournalEntry;
  goalTitle: string | undefined;
  goalOptions: { value: string; label: string }[];
  isClient: boolean;
  engagementId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = useShareJournalEntry(engagementId);
  const edit = useEditJournalEntry(engagementId);
  const remove = useRemoveJournalEntry(engagementId);
  const [mode, setMode] = useState<WordsMode>('showing');
  const show = () => {
    edit.reset();
    remove.reset();
    setMode('showing');
  };
  return (
    <Box
      component="li"
      py="xs"
      px="sm"
      style={{ borderLeft: `3px solid var(--mantine-color-${entry.shared ? 'indigo' : 'gray'}-4)`, borderRadius: 4 }}
      bg="var(--mantine-color-gray-0)"
      data-testid="journal-entry"
      data-entry-id={entry.id}
      data-shared={entry.shared}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
          <Group gap="xs" style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Text size="xs" c="dimmed">
              {format.instant(entry.createdAt)}
            </Text>
            <EditedMark updatedAt={entry.updatedAt} />
            {isClient && goalOptions.length > 0 ? (
              // The client who wrote the entry can say (again) which goal it is about, or none.
              <Select
                size="xs"
                w={{ base: '100%', xs: 280 }}
                aria-label={t('journal.goal')}
                placeholder={t('journal.noGoal')}
                data={
                  entry.goalId && goalTitle && !goalOptions.some((option) => option.value === entry.goalId)
                    ? [...goalOptions, { value: entry.goalId, label: goalTitle }]
                    : goalOptions
                }
                value={entry.goalId}
                clearable
                searchable
                disabled={edit.isPending}
                onChange={(goalId) => {
                  if (goalId !== entry.goalId) edit.mutate({ id: entry.id, changes: { goalId } });
                }}
                data-testid="journal-entry-goal"
                comboboxProps={{ withinPortal: true }}
              />
            ) : (
              goalTitle && (
                <Badge size="xs" variant="light" color="gray" data-testid="journal-entry-goal-title">
                  {goalTitle}
                </Badge>
              )
            )}
          </Group>
          {isClient ? (
            <Switch
              size="sm"
              // A constant action for a label, so that switching it on can only mean sharing; the
              // line under it says who sees the entry now.
              label={t('journal.shareToggle')}
              description={entry.shared ? t('journal.shared') : t('journal.private')}
              checked={entry.shared}
              disabled={share.isPending}
              onChange={(event) => share.mutate({ id: entry.id, share: event.currentTarget.checked })}
              data-testid="journal-share-toggle"
            />
          ) : (
            <Badge size="xs" variant="light" color="indigo">
              {t('journal.sharedBadge')}
            </Badge>
          )}
        </Group>
        {mode === 'editing' ? (
          <WordsEditor
            initial={entry.body}
            label={t('journal.bodyLabel')}
            field="body"
            maxLength={20000}
            isMultiline
            isPending={edit.isPending}
            error={edit.error}
            onSave={(body) => edit.mutate({ id: entry.id, changes: { body } }, { onSuccess: show })}
            onCancel={show}
            testId="journal-edit-form"
          />
        ) : (
          <LongText testId="journal-entry-body">{entry.body}</LongText>
        )}
        {isClient && mode === 'showing' && (
          <EditDeleteButtons
            editLabel={t('journal.editLabel')}
            deleteLabel={t('journal.deleteLabel')}
            onEdit={() => setMode('editing')}
            onDelete={() => setMode('confirmingRemoval')}
            testIdPrefix="journal"
            justify="flex-end"
          />
        )}
        {mode === 'confirmingRemoval' && (
          <RemovalConfirmation
            question={t('journal.deleteConfirm')}
            confirmLabel={t('wordEdits.delete')}
            isPending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(entry.id)}
            onCancel={show}
            testId="journal-delete-confirmation"
          />
        )}
        {share.isError && <ProblemAlert error={share.error} />}
        {mode === 'showing' && edit.isError && <ProblemAlert error={edit.error} />}
      </Stack>
    </Box>
  );
}

/**
 * The client's journal: theirs to write, edit and delete, and private until they share an entry.
 * The coach reads only the shared entries (the server sends nothing else) and never changes them.
 */
export function JournalSection({ engagement, isClient }: { engagement: Engagement; isClient: boolean }) {
  const { t, i18n } = useTranslation();
  const journal = useJournal(engagement.id);
  const goals = useGoals(engagement.id);
  const goalTitles = new Map((goals.data ?? []).map((goal) => [goal.id, goal.title]));
  const goalOptions = goalChoices(goals.data ?? [], i18n.language, ['active', 'proposed', 'draft', 'achieved'], (horizon) => t(`horizon.${horizon}`));
  // Opened from the inbox ("Open the journal", `#journal`): the page comes to the journal once its entries are in.
  const { hash } = useLocation();
  const section = useRef<HTMLDivElement>(null);
  const isRead = journal.isSuccess;
  useEffect(() => {
    if (hash === '#journal' && isRead) section.current?.scrollIntoView({ block: 'start' });
  }, [hash, isRead]);

  return (
    <Stack gap="md" id="journal" ref={section} style={{ scrollMarginTop: 72 }} data-testid="journal-section">
      <div>
        <Title order={2}>{t('journal.title')}</Title>
        <Text c="dimmed">{isClient ? t('journal.introClient') : t('journal.introCoach', { name: engagement.client.name })}</Text>
      </div>
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="lg">
          {isClient && <NewEntryForm engagementId={engagement.id} goalOptions={goalOptions} />}
          {journal.isPending && <PageLoader />}
          {journal.isError && <ProblemAlert error={journal.error} onRetry={() => void journal.refetch()} />}
          {journal.data?.length === 0 && (
            <EmptyState py="md" title={isClient ? t('journal.emptyClient') : t('journal.emptyCoach')} data-testid="journal-empty" />
          )}
          {journal.data && journal.data.length > 0 && (
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="journal-entries">
              {journal.data.map((entry) => (
                <EntryItem
                  key={entry.id}
                  entry={entry}
                  goalTitle={entry.goalId ? goalTitles.get(entry.goalId) : undefined}
                  goalOptions={goalOptions}
                  isClient={isClient}
                  engagementId={engagement.id}
                />
              ))}
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
