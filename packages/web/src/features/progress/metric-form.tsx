import '../../i18n/progress-catalog';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Metric, NewMetric } from '../../api/types';
import { FieldMessage, fieldProblems, ProblemAlert } from '../../ui/problem';
import { DayInput } from './day-input';
import { useAddMetric } from './progress-queries';
import { LabelledSegmentedControl } from '../../ui/labelled-segmented-control';
import { useNumberSeparators } from '../../ui/number-separators';

type MetricKind = NewMetric['kind'];
type MetricFormValues = {
  name: string;
  kind: MetricKind;
  unit: string;
  min: number | '';
  max: number | '';
  baseline: number | '';
  baselineOn: string | null;
  target: number | '';
  weight: number | '';
};

const KINDS: readonly MetricKind[] = ['number', 'scale'];

function isNumber(value: number | ''): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A new metric for the goal: a number (hours a week, presentations held) or an item of a
 * scorecard rated on a scale (1-5), with where it starts, on which day, and where it should get.
 * The server checks the rules (a target apart from the baseline, both on the scale) by field.
 * When the goal already has metrics, a note says its progress is worked out again with this one.
 */
export function MetricForm({
  goal,
  hasMetrics,
  defaultBaselineOn,
  onDone,
  onCancel,
}: {
  goal: { id: string; engagementId: string };
  hasMetrics: boolean;
  defaultBaselineOn: string;
  onDone: (metric: Metric) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const addMetric = useAddMetric(goal);
  const separators = useNumberSeparators();
  const requiredNumber = (value: number | '') => (isNumber(value) ? null : <FieldMessage name="too_small" />);
  const form = useForm<MetricFormValues>({
    initialValues: { name: '', kind: 'number', unit: '', min: 1, max: 5, baseline: '', baselineOn: defaultBaselineOn, target: '', weight: 1 },
    validate: {
      name: (value) => (value.trim() ? null : <FieldMessage name="too_small" />),
      baseline: requiredNumber,
      target: requiredNumber,
      baselineOn: (value) => (value ? null : <FieldMessage name="too_small" />),
    },
  });
  const isScale = form.values.kind === 'scale';

  return (
    <form
      noValidate
      data-testid="metric-form"
      onSubmit={form.onSubmit((values) => {
        if (!isNumber(values.baseline) || !isNumber(values.target) || !values.baselineOn) return;
        const body: NewMetric = {
          name: values.name.trim(),
          kind: values.kind,
          baseline: values.baseline,
          baselineOn: values.baselineOn,
          target: values.target,
          ...(values.unit.trim() ? { unit: values.unit.trim() } : {}),
          ...(values.kind === 'scale' && isNumber(values.min) ? { min: values.min } : {}),
          ...(values.kind === 'scale' && isNumber(values.max) ? { max: values.max } : {}),
          ...(isNumber(values.weight) ? { weight: values.weight } : {}),
        };
        addMetric.mutate(body, { onSuccess: onDone, onError: (error) => form.setErrors(fieldProblems(error)) });
      })}
    >
      <Stack gap="sm">
        {addMetric.isError && <ProblemAlert error={addMetric.error} />}
        <TextInput label={t('metricForm.name')} description={t('metricForm.nameHint')} required maxLength={200} data-autofocus {...form.getInputProps('name')} />
        <LabelledSegmentedControl
          label={t('metricForm.kind')}
          required
          hint={t(`metricForm.kindHint.${form.values.kind}`)}
          fullWidth
          data={KINDS.map((kind) => ({ value: kind, label: t(`metricForm.kinds.${kind}`) }))}
          data-testid="metric-kind"
          {...form.getInputProps('kind')}
        />
        {isScale ? (
          <SimpleGrid cols={2}>
            <NumberInput label={t('metricForm.min')} required {...separators} {...form.getInputProps('min')} />
            <NumberInput label={t('metricForm.max')} required {...separators} {...form.getInputProps('max')} />
          </SimpleGrid>
        ) : (
          <TextInput label={t('metricForm.unit')} description={t('metricForm.unitHint')} maxLength={40} {...form.getInputProps('unit')} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput label={t('metricForm.baseline')} description={t('metricForm.baselineHint')} required decimalScale={4} {...separators} {...form.getInputProps('baseline')} />
          <DayInput label={t('metricForm.baselineOn')} description={t('metricForm.baselineOnHint')} required {...form.getInputProps('baselineOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput label={t('metricForm.target')} description={t('metricForm.targetHint')} required decimalScale={4} {...separators} {...form.getInputProps('target')} />
          <NumberInput label={t('metricForm.weight')} description={t('metricForm.weightHint')} min={0} decimalScale={2} {...separators} {...form.getInputProps('weight')} />
        </SimpleGrid>
        {hasMetrics && (
          <Text size="xs" c="dimmed" data-testid="metric-recount-note">
            {t('metricForm.recountNote')}
          </Text>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('progress.cancel')}
          </Button>
          <Button type="submit" loading={addMetric.isPending} data-testid="metric-submit">
            {t('metricForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
