import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ValueKind } from '../../api/types';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';

export type ValueDraft = { kind: ValueKind; title: string; description: string };

const KINDS: ValueKind[] = ['value', 'aspiration'];

/** The client's form for a new value or aspiration, or for editing one. */
export function ValueForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  testId,
}: {
  initial: ValueDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: ValueDraft, done: () => void, failed: (error: unknown) => void) => void;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const form = useForm<ValueDraft>({ initialValues: initial, validate: { title: rules.required } });

  return (
    <form
      noValidate
      data-testid={testId}
      onSubmit={form.onSubmit((draft) =>
        onSubmit(
          { ...draft, title: draft.title.trim(), description: draft.description.trim() },
          () => form.reset(),
          (failure) => form.setErrors(fieldProblems(failure)),
        ),
      )}
    >
      <Stack gap="sm">
        {error !== null && error !== undefined && <ProblemAlert error={error} />}
        <LabelledSegmentedControl
          label={t('values.form.kind')}
          data-testid="value-kind"
          value={form.values.kind}
          onChange={(kind) => form.setFieldValue('kind', kind === 'aspiration' ? 'aspiration' : 'value')}
          data={KINDS.map((kind) => ({ value: kind, label: t(`values.kind.${kind}`) }))}
        />
        <TextInput
          label={t('values.form.title')}
          placeholder={t('values.form.titlePlaceholder')}
          required
          maxLength={200}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('values.form.description')}
          placeholder={t('values.form.descriptionPlaceholder')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('values.form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
