import '../../i18n/sessions-catalog';
import { Box, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';

/**
 * What one piece of words (an agenda item, a private note, a journal entry) is doing on the
 * screen: shown, edited in place, or waiting for the removal to be confirmed.
 */
export type WordsMode = 'showing' | 'editing' | 'confirmingRemoval';

/** "Edited …" under words changed after they were written; nothing for words never edited. */
export function EditedMark({ updatedAt }: { updatedAt: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!updatedAt) return null;
  return (
    <Text size="xs" c="dimmed" fs="italic" data-testid="edited-mark">
      {t('wordEdits.edited', { when: format.instant(updatedAt) })}
    </Text>
  );
}

/** The two small buttons beside someone's own words: edit them in place, or delete them. */
export function EditDeleteButtons({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  testIdPrefix,
  justify,
}: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  testIdPrefix: string;
  justify?: 'flex-end';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" justify={justify}>
      <Button size="compact-xs" variant="subtle" color="gray" onClick={onEdit} aria-label={editLabel} data-testid={`${testIdPrefix}-edit`}>
        {t('wordEdits.edit')}
      </Button>
      <Button size="compact-xs" variant="subtle" color="red" onClick={onDelete} aria-label={deleteLabel} data-testid={`${testIdPrefix}-delete`}>
        {t('wordEdits.delete')}
      </Button>
    </Group>
  );
}

/**
 * Words edited in place: the field starts with them; Save sends them trimmed, Cancel leaves them
 * as they were. `field` is the name the server gives the words, so that its refusal shows here.
 */
export function WordsEditor({
  initial,
  label,
  field,
  maxLength,
  isMultiline = false,
  isPending,
  error,
  onSave,
  onCancel,
  testId,
}: {
  initial: string;
  label: string;
  field: string;
  maxLength: number;
  isMultiline?: boolean;
  isPending: boolean;
  error: unknown;
  onSave: (words: string) => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { words: initial }, validate: { words: rules.required } });
  const serverProblem = error ? fieldProblems(error)[field] : undefined;
  const input = {
    label,
    maxLength,
    'data-autofocus': true,
    'data-testid': `${testId}-input`,
    ...form.getInputProps('words'),
    error: form.errors.words ?? serverProblem,
  };
  return (
    <form noValidate data-testid={testId} onSubmit={form.onSubmit((values) => onSave(values.words.trim()))}>
      <Stack gap="xs">
        {Boolean(error) && !serverProblem && <ProblemAlert error={error} />}
        {isMultiline ? <Textarea autosize minRows={2} maxRows={12} {...input} /> : <TextInput {...input} />}
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onCancel} data-testid={`${testId}-cancel`}>
            {t('wordEdits.cancel')}
          </Button>
          <Button size="xs" type="submit" loading={isPending} data-testid={`${testId}-save`}>
            {t('wordEdits.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Asks once more before words are removed for good: Keep it, or remove them. */
export function RemovalConfirmation({
  question,
  confirmLabel,
  isPending,
  error,
  onConfirm,
  onCancel,
  testId,
}: {
  question: string;
  confirmLabel: string;
  isPending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Box p="xs" bg="var(--mantine-color-red-0)" style={{ borderRadius: 4 }} role="alertdialog" aria-label={question} data-testid={testId}>
      <Stack gap="xs">
        {Boolean(error) && <ProblemAlert error={error} />}
        <Text size="sm">{question}</Text>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onCancel} data-autofocus data-testid={`${testId}-keep`}>
            {t('wordEdits.keep')}
          </Button>
          <Button size="xs" color="red" loading={isPending} onClick={onConfirm} data-testid={`${testId}-confirm`}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
