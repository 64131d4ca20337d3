import '../../i18n/goals-catalog';
import { Alert, Button, Card, Grid, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, useMatches } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/client';
import type { Horizon } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { FieldMessage, fieldProblems } from '../../ui/problem';
import { useValues } from '../values/value-queries';
import { useGoals } from './goal-queries';
import { DayInput } from '../progress/day-input';
import { HORIZONS, isHigherHorizon, parentCandidates, titleWithHorizon, type GoalWords } from './goal-words';
import { LiveSmartPanel } from './live-smart-panel';
import { LimitedTextarea } from '../../ui/limited-textarea';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';

export type GoalEditorValues = GoalWords & { parentId: string | null; reason: string };
export type GoalEditorForm = UseFormReturnType<GoalEditorValues>;

/** The editor's form: a title always, and a reason when the words change after the first draft. */
export function useGoalEditorForm(initial: GoalEditorValues, options: { requiresReason: boolean }) {
  return useForm<GoalEditorValues>({
    initialValues: initial,
    validate: {
      title: (value) => (value.trim() ? null : <FieldMessage name="too_small" />),
      reason: (value) => (!options.requiresReason || value.trim().length >= 3 ? null : <FieldMessage name="reason" />),
      dueOn: (value, values) => (value && values.startsOn && value < values.startsOn ? <FieldMessage name="due_before_start" /> : null),
    },
  });
}

/** The server's field errors on the form's fields; a revision names them under `changes.`. */
export function goalFieldProblems(error: unknown): Record<string, ReactNode> {
  if (!(error instanceof ApiProblem)) return {};
  return Object.fromEntries(Object.entries(fieldProblems(error)).map(([path, message]) => [path.replace(/^changes\./, ''), message]));
}

function HorizonField({
  form,
  parentHorizon,
  onChange,
}: {
  form: GoalEditorForm;
  parentHorizon: Horizon | null;
  onChange: (horizon: Horizon) => void;
}) {
  const { t } = useTranslation();
  // Four choices side by side do not fit a phone's width in Latvian or English: one under another there.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', xs: 'horizontal' });
  return (
    <LabelledSegmentedControl
      label={t('goal.field.horizon')}
      orientation={orientation}
      required
      description={t('goalEditor.horizonHint')}
      error={form.errors.horizon}
      data-testid="goal-horizon-input"
      fullWidth
      value={form.values.horizon}
      onChange={(value) => {
        const horizon = HORIZONS.find((candidate) => candidate === value);
        if (horizon) onChange(horizon);
      }}
      data={HORIZONS.map((horizon) => ({
        value: horizon,
        label: t(`horizon.${horizon}`),
        disabled: parentHorizon !== null && !isHigherHorizon(parentHorizon, horizon),
      }))}
    />
  );
}

function ValuesField({ form, engagementId, isClient }: { form: GoalEditorForm; engagementId: string; isClient: boolean }) {
  const { t } = useTranslation();
  const values = useValues(engagementId);
  const offered = (values.data ?? []).filter((value) => value.archivedAt === null || form.values.valueIds.includes(value.id));
  const data = (['value', 'aspiration'] as const)
    .map((kind) => ({
      group: t(`values.group.${kind}`),
      items: offered
        .filter((value) => value.kind === kind)
        .map((value) => ({ value: value.id, label: value.archivedAt ? t('goalEditor.archivedValue', { title: value.title }) : value.title })),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <MultiSelect
      label={t('goal.field.valueIds')}
      description={isClient ? t('goalEditor.valuesHintMine') : t('goalEditor.valuesHint')}
      placeholder={form.values.valueIds.length === 0 ? t('goalEditor.valuesPlaceholder') : undefined}
      nothingFoundMessage={t('goalEditor.noValues')}
      data={data}
      disabled={values.isPending}
      searchable
      clearable
      data-testid="goal-values-input"
      {...form.getInputProps('valueIds')}
    />
  );
}

function ParentField({ form, engagementId, mode, goalId }: { form: GoalEditorForm; engagementId: string; mode: 'draft' | 'change'; goalId?: string }) {
  const { t } = useTranslation();
  const goals = useGoals(engagementId);
  const inForce = goals.data?.find((goal) => goal.id === goalId)?.parentId ?? null;
  const candidates = parentCandidates(goals.data ?? [], { id: goalId ?? null, parentId: inForce, horizon: form.values.horizon });
  return (
    <Select
      label={t('goal.field.parentId')}
      description={mode === 'change' ? t('goalEditor.parentMove') : t('goalEditor.parentHint')}
      placeholder={candidates.length === 0 ? t('goalEditor.noParentCandidates') : t('goalEditor.noParent')}
      data={candidates.map((goal) => ({ value: goal.id, label: titleWithHorizon(goal, (horizon) => t(`horizon.${horizon}`)) }))}
      disabled={goals.isPending || candidates.length === 0}
      clearable
      data-testid="goal-parent-input"
      {...form.getInputProps('parentId')}
    />
  );
}

/**
 * The goal editor, for a new draft and for a change to a goal's words: the statement on the
 * left, the live SMART check beside it. The check advises; saving is always possible.
 */
export function GoalEditor({
  form,
  engagementId,
  isClient,
  mode,
  goalId,
  alert,
  submitLabel,
  isSaving,
  onSubmit,
  cancelTo,
}: {
  form: GoalEditorForm;
  engagementId: string;
  /** The client writes the words: the hints speak to them about their own values and words, and to the coach about the client's. */
  isClient: boolean;
  mode: 'draft' | 'change';
  goalId?: string;
  alert?: ReactNode;
  submitLabel: string;
  isSaving: boolean;
  onSubmit: (values: GoalEditorValues) => void;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const goals = useGoals(engagementId);
  const parent = goals.data?.find((goal) => goal.id === form.values.parentId);
  const parentWords = parent ? (parent.activeRevision ?? parent.pendingRevision) : null;
  const parentHorizon = mode === 'change' ? (parent?.horizon ?? null) : null;

  const changeHorizon = (horizon: Horizon) => {
    form.setFieldValue('horizon', horizon);
    // A parent on the same or a nearer horizon cannot hold the goal any more: let go of it.
    if (mode === 'draft' && parent && !isHigherHorizon(parent.horizon, horizon)) form.setFieldValue('parentId', null);
  };

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder radius="lg" padding="lg">
          <form noValidate data-testid="goal-editor" onSubmit={form.onSubmit(onSubmit)}>
            <Stack gap="md">
              {alert}
              <Textarea
                label={t('goal.field.title')}
                description={t('goalEditor.titleHint')}
                placeholder={t('goalEditor.titlePlaceholder')}
                required
                autosize
                minRows={1}
                maxRows={4}
                maxLength={300}
                {...form.getInputProps('title')}
                // A title is one line: Enter submits, as it would in a text field.
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    event.currentTarget.form?.requestSubmit();
                  }
                }}
                onChange={(event) => form.setFieldValue('title', event.currentTarget.value.replace(/\s*\n\s*/g, ' '))}
              />
              <HorizonField form={form} parentHorizon={parentHorizon} onChange={changeHorizon} />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <DayInput
                  label={t('goal.field.startsOn')}
                  clearable
                  clearButtonProps={{ 'aria-label': t('goalEditor.clearDate') }}
                  data-testid="goal-starts-on"
                  {...form.getInputProps('startsOn')}
                />
                <DayInput
                  label={t('goal.field.dueOn')}
                  clearable
                  clearButtonProps={{ 'aria-label': t('goalEditor.clearDate') }}
                  data-testid="goal-due-on"
                  {...form.getInputProps('dueOn')}
                />
              </SimpleGrid>
              {parentWords && (parentWords.startsOn || parentWords.dueOn) && (
                <Text size="xs" c="dimmed" mt={-8} data-testid="parent-dates">
                  {t('goalEditor.parentDates', {
                    from: parentWords.startsOn ? format.calendarDate(parentWords.startsOn) : '…',
                    to: parentWords.dueOn ? format.calendarDate(parentWords.dueOn) : '…',
                  })}
                </Text>
              )}
              <LimitedTextarea
                label={t('goal.field.description')}
                description={t('goalEditor.descriptionHint')}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={4000}
                {...form.getInputProps('description')}
              />
              <LimitedTextarea
                label={t('goal.field.whyItMatters')}
                description={isClient ? t('goalEditor.whyHintMine') : t('goalEditor.whyHint')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={2000}
                {...form.getInputProps('whyItMatters')}
              />
              <ValuesField form={form} engagementId={engagementId} isClient={isClient} />
              <ParentField form={form} engagementId={engagementId} mode={mode} {...(goalId ? { goalId } : {})} />
              {mode === 'change' && (
                <LimitedTextarea
                  label={t('goal.field.reason')}
                  description={t('goalEditor.reasonHint')}
                  required
                  autosize
                  minRows={2}
                  maxRows={5}
                  maxLength={1000}
                  {...form.getInputProps('reason')}
                />
              )}
              {form.errors.changes && (
                <Alert color="yellow" variant="light" data-testid="no-changes">
                  {form.errors.changes}
                </Alert>
              )}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" component={Link} to={cancelTo}>
                  {t('goalEditor.cancel')}
                </Button>
                <Button type="submit" loading={isSaving} data-testid="goal-editor-submit">
                  {submitLabel}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {mode === 'draft' ? t('goalEditor.draftNote') : t('goalEditor.changeNote')}
              </Text>
            </Stack>
          </form>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }} style={{ position: 'sticky', top: 80 }}>
        <LiveSmartPanel words={form.values} engagementId={engagementId} parentId={form.values.parentId} goalId={goalId} />
      </Grid.Col>
    </Grid>
  );
}
