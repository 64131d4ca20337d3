import '../../i18n/progress-catalog';
import { Alert, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/client';
import { useSubmissionKey } from '../../api/idempotency-key';
import type { CheckIn, CheckInKind, Metric, NewCheckIn, Side } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { metricLabel } from './metric-label';
import { FieldMessage, fieldProblems, ProblemAlert } from '../../ui/problem';
import { useEngagement } from '../engagements/engagement-queries';
import { DayInput } from './day-input';
import { useRecordCheckIn } from './progress-queries';
import { LimitedTextarea } from '../../ui/limited-textarea';
import { useNumberSeparators } from '../../ui/number-separators';

export const CHECK_IN_KINDS: readonly CheckInKind[] = ['metric', 'observation', 'self_report', 'stakeholder_feedback', 'mindset_shift'];

type CheckInFormValues = {
  kind: CheckInKind;
  effectiveOn: string | null;
  /** A value per metric id; empty for the metrics not measured this time. */
  values: Record<string, number | ''>;
  text: string;
  hasConfidence: boolean;
  confidence: number;
  stakeholderName: string;
};

function isCheckInKind(value: string | null): value is CheckInKind {
  return value !== null && (CHECK_IN_KINDS as readonly string[]).includes(value);
}

function initialValues(metrics: readonly Metric[], today: string, correcting: CheckIn | undefined): CheckInFormValues {
  const values = Object.fromEntries(
    metrics.map((metric) => [metric.id, correcting?.values.find((entry) => entry.metricId === metric.id)?.value ?? ''] as const),
  );
  if (correcting) {
    return {
      kind: correcting.kind,
      effectiveOn: correcting.effectiveOn,
      values,
      text: correcting.text,
      hasConfidence: correcting.confidence !== null,
      confidence: correcting.confidence ?? 5,
      stakeholderName: correcting.stakeholderName ?? '',
    };
  }
  return { kind: metrics.length > 0 ? 'metric' : 'observation', effectiveOn: today, values, text: '', hasConfidence: false, confidence: 5, stakeholderName: '' };
}

/**
 * Values below zero for metrics that run between figures of zero or more (calls made, hours
 * slept): most likely a slip of the keyboard, which would drag the goal's progress below its
 * baseline and put it at risk. Asked about once before saving; a metric can run below zero (a
 * balance), so the value is taken when saved again.
 */
function belowZeroSlips(metrics: readonly Metric[], values: CheckInFormValues['values']): Metric[] {
  return metrics.filter((metric) => {
    const value = values[metric.id];
    return typeof value === 'number' && value < 0 && metric.baseline >= 0 && metric.target >= 0;
  });
}

/**
 * The server names a metric's value by its place in the list sent (`values.2.value`); the form
 * holds values by metric id. Each field error lands on the input it is about.
 */
function checkInFieldProblems(error: unknown, sent: NewCheckIn): Record<string, ReactNode> {
  if (!(error instanceof ApiProblem)) return {};
  return Object.fromEntries(
    Object.entries(fieldProblems(error)).map(([path, message]) => {
      const place = /^values\.(\d+)\./.exec(path);
      const metricId = place ? sent.values?.[Number(place[1])]?.metricId : undefined;
      return [metricId ? `values.${metricId}` : path, message];
    }),
  );
}

/**
 * Recording a check-in: numbers for the goal's metrics (every item of a scorecard at once), or
 * words (an observation, a self-report, what a stakeholder said, a shift in mindset), for a day
 * up to today, with how confident the client feels. Given `correcting`, it writes a correction
 * that supersedes that check-in; the old one stays in the history, struck through.
 */
export function CheckInForm({
  goal,
  metrics,
  correcting,
  onDone,
  onCancel,
}: {
  goal: { id: string; engagementId: string; mySide: Side };
  metrics: readonly Metric[];
  correcting?: CheckIn;
  onDone: (checkIn: CheckIn) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const separators = useNumberSeparators();
  const today = format.today();
  const record = useRecordCheckIn(goal);
  const submission = useSubmissionKey();
  const engagement = useEngagement(goal.engagementId);
  // The values below zero already asked about, as typed then: saving them again records them.
  const [askedAbout, setAskedAbout] = useState('');
  const form = useForm<CheckInFormValues>({
    initialValues: initialValues(metrics, today, correcting),
    validate: {
      effectiveOn: (value) => (!value ? <FieldMessage name="too_small" /> : value > today ? <FieldMessage name="future_date" /> : null),
      text: (value, values) => (values.kind !== 'metric' && !value.trim() ? <FieldMessage name="text_required" /> : null),
    },
  });
  const { kind } = form.values;
  const measured = metrics.filter((metric) => typeof form.values.values[metric.id] === 'number');

  const submit = (values: CheckInFormValues) => {
    if (!values.effectiveOn) return;
    if (values.kind === 'metric' && measured.length === 0) {
      form.setFieldError('values', <FieldMessage name="values_required" />);
      return;
    }
    const slips = values.kind === 'metric' ? belowZeroSlips(measured, values.values) : [];
    const slipsTyped = slips.map((metric) => `${metric.id}=${values.values[metric.id]}`).join();
    if (slips.length > 0 && slipsTyped !== askedAbout) {
      setAskedAbout(slipsTyped);
      for (const metric of slips) {
        form.setFieldError(
          `values.${metric.id}`,
          t('checkInForm.belowZero', { baseline: format.number(metric.baseline), target: format.number(metric.target) }),
        );
      }
      return;
    }
    const body: NewCheckIn = {
      kind: values.kind,
      effectiveOn: values.effectiveOn,
      ...(values.text.trim() ? { text: values.text.trim() } : {}),
      ...(values.hasConfidence ? { confidence: values.confidence } : {}),
      ...(values.kind === 'metric' ? { values: measured.map((metric) => ({ metricId: metric.id, value: Number(values.values[metric.id]) })) } : {}),
      ...(values.kind === 'stakeholder_feedback' && values.stakeholderName.trim() ? { stakeholderName: values.stakeholderName.trim() } : {}),
      ...(correcting ? { supersedesId: correcting.id } : {}),
    };
    record.mutate(
      { body, idempotencyKey: submission.keyFor(body) },
      {
        onSuccess: (created) => {
          submission.forget();
          notifications.show({ color: 'teal', message: t('checkInForm.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
          onDone(created);
        },
        onError: (error) => form.setErrors(checkInFieldProblems(error, body)),
      },
    );
  };

  return (
    <form noValidate data-testid="check-in-form" onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        {record.isError && <ProblemAlert error={record.error} />}
        {correcting && (
          <Alert color="gray" variant="light" p="xs" data-testid="correcting-note">
            {t('checkInForm.correctingNote', { date: format.calendarDate(correcting.effectiveOn) })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('checkInForm.kind')}
            required
            allowDeselect={false}
            disabled={correcting !== undefined}
            data={CHECK_IN_KINDS.map((option) => ({
              value: option,
              label: t(`checkIn.kind.${option}`),
              disabled: option === 'metric' && metrics.length === 0,
            }))}
            value={kind}
            onChange={(value) => {
              if (isCheckInKind(value)) form.setFieldValue('kind', value);
              form.clearErrors();
            }}
            comboboxProps={{ withinPortal: true }}
            data-testid="check-in-kind"
          />
          <DayInput
            label={t('checkInForm.effectiveOn')}
            description={t('checkInForm.effectiveOnHint')}
            required
            maxDate={today}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="check-in-date"
            {...form.getInputProps('effectiveOn')}
          />
        </SimpleGrid>
        {kind === 'metric' && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('checkInForm.values')}
            </Text>
            <Text size="xs" c="dimmed" mt={-6}>
              {metrics.length > 1 ? t('checkInForm.valuesHintMany') : t('checkInForm.valuesHintOne')}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: metrics.length > 1 ? 2 : 1 }} data-testid="check-in-values">
              {metrics.map((metric) => (
                <NumberInput
                  key={metric.id}
                  label={metricLabel(metric)}
                  description={
                    metric.kind === 'scale' && metric.min !== null && metric.max !== null
                      ? t('checkInForm.scaleHint', { min: format.number(metric.min), max: format.number(metric.max), target: format.number(metric.target) })
                      : t('checkInForm.numberHint', { target: format.number(metric.target) })
                  }
                  decimalScale={4}
                  {...separators}
                  // A value off the scale stays as typed and is refused with the scale's ends: never
                  // changed to fit without a word, and saved as a figure nobody gave.
                  clampBehavior="none"
                  {...(metric.kind === 'scale' && metric.min !== null ? { min: metric.min } : {})}
                  {...(metric.kind === 'scale' && metric.max !== null ? { max: metric.max } : {})}
                  data-testid="check-in-value"
                  data-metric-id={metric.id}
                  {...form.getInputProps(`values.${metric.id}`)}
                />
              ))}
            </SimpleGrid>
            {form.errors.values && (
              <Text size="sm" c="red.7" role="alert">
                {form.errors.values}
              </Text>
            )}
          </Stack>
        )}
        {kind === 'stakeholder_feedback' && (
          <TextInput label={t('checkInForm.stakeholderName')} description={t('checkInForm.stakeholderNameHint')} maxLength={200} {...form.getInputProps('stakeholderName')} />
        )}
        <LimitedTextarea
          label={t(`checkInForm.text.${kind}`)}
          required={kind !== 'metric'}
          autosize
          minRows={kind === 'metric' ? 2 : 3}
          maxRows={8}
          maxLength={4000}
          data-testid="check-in-text"
          {...form.getInputProps('text')}
        />
        <Stack gap={8}>
          <Checkbox
            label={
              // The coach records how confident the client says they are, not their own confidence.
              goal.mySide === 'coach'
                ? t('checkInForm.withClientConfidence', { name: engagement.data?.client.name ?? t('role.client') })
                : t('checkInForm.withConfidence')
            }
            {...form.getInputProps('hasConfidence', { type: 'checkbox' })}
            data-testid="check-in-with-confidence"
          />
          {form.values.hasConfidence && (
            <div>
              <Slider
                min={0}
                max={10}
                step={1}
                marks={[0, 5, 10].map((value) => ({ value, label: String(value) }))}
                thumbLabel={t('checkInForm.confidence')}
                label={(value) => t('checkInForm.confidenceValue', { value })}
                mx="xs"
                data-testid="check-in-confidence"
                {...form.getInputProps('confidence')}
              />
              {/* The ends' words under the marks, inside the form's edges (as mark labels they were centred on the ends and cut off). */}
              <Group justify="space-between" mt="lg" gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t('checkInForm.confidenceLow')}
                </Text>
                <Text size="xs" c="dimmed" ta="right">
                  {t('checkInForm.confidenceHigh')}
                </Text>
              </Group>
            </div>
          )}
        </Stack>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('progress.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="check-in-submit">
            {correcting ? t('checkInForm.submitCorrection') : t('checkInForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
