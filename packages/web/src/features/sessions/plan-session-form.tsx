import '../../i18n/goals-catalog';
import '../../i18n/sessions-catalog';
import '@mantine/dates/styles.css';
import { Alert, Button, Group, MultiSelect, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { getTimeRange, TimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { localTimeIn, sessionOnClock } from '@tandem/core';
import { useTranslation } from 'react-i18next';
import type { Engagement, Session } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { FieldMessage, fieldProblems, ProblemAlert } from '../../ui/problem';
import { goalChoices } from '../goals/goal-order';
import { useGoals } from '../goals/goal-queries';
import { DayInput } from '../progress/day-input';
import { usePlanSession } from './session-queries';
import { instantOnWallClock, isOtherClock } from './session-time';

const DURATIONS = [30, 45, 60, 90, 120] as const;
/**
 * The start times offered in the time field's list: every half hour of a working day (any other
 * can be typed), as HH:mm, which is what the field hands on for a time picked from its list.
 */
const START_TIMES = getTimeRange({ startTime: '07:00', endTime: '21:00', interval: '00:30' }).map((time) => time.slice(0, 5));

type PlanValues = { date: string | null; time: string; durationMinutes: string; goalIds: string[] };

/**
 * Planning a session: a day and a start time on the reader's own clock (the client reads it on
 * theirs), how long it lasts, and optionally the goals it works on. A time that has passed
 * records a session that took place (held, its agenda left empty), said before it is sent.
 */
export function PlanSessionForm({
  engagement,
  isClient,
  onDone,
  onCancel,
}: {
  engagement: Engagement;
  isClient: boolean;
  onDone: (session: Session) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const goals = useGoals(engagement.id);
  const plan = usePlanSession(engagement.id);
  const form = useForm<PlanValues>({
    initialValues: { date: null, time: '', durationMinutes: '60', goalIds: [] },
    validate: {
      date: (value) => (value ? null : <FieldMessage name="too_small" />),
      time: (value) => (/^\d{1,2}:\d{2}$/.test(value) ? null : t('sessionPlan.timeInvalid')),
    },
  });
  const goalOptions = goalChoices(goals.data ?? [], i18n.language, ['active', 'proposed', 'draft'], (horizon) => t(`horizon.${horizon}`));

  const startOf = (values: PlanValues) => (values.date ? instantOnWallClock(values.date, values.time, format.timeZone) : null);
  const start = startOf(form.values);
  const hasPassed = start !== null && new Date(start).getTime() <= Date.now();
  const other = isClient ? engagement.coach : engagement.client;
  const theirs = start && other.timeZone ? sessionOnClock(new Date(start), Number(form.values.durationMinutes), other.timeZone) : null;
  const theirTime = theirs && {
    name: other.name,
    date: format.calendarDate(theirs.begins.date),
    start: theirs.begins.time,
    end: theirs.ends.time,
    timeZone: theirs.begins.timeZone,
    offset: theirs.begins.offset,
  };

  const submit = (values: PlanValues) => {
    const scheduledAt = startOf(values);
    if (!scheduledAt) {
      form.setFieldError('time', t('sessionPlan.timeInvalid'));
      return;
    }
    plan.mutate(
      {
        scheduledAt,
        durationMinutes: Number(values.durationMinutes),
        ...(values.goalIds.length > 0 ? { goalIds: values.goalIds } : {}),
        ...(new Date(scheduledAt).getTime() <= Date.now() ? { status: 'held' as const } : {}),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          // The server names the start (and, for a session recorded as held, its status) as
          // fields of their own; the form shows both under the time.
          const { scheduledAt: startProblem, status: statusProblem, ...problems } = fieldProblems(error);
          const timeProblem = startProblem ?? statusProblem;
          form.setErrors(timeProblem ? { ...problems, time: timeProblem } : problems);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} data-testid="plan-session-form">
      <Stack gap="sm">
        {plan.isError && <ProblemAlert error={plan.error} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DayInput label={t('sessionPlan.date')} required data-testid="plan-session-date" {...form.getInputProps('date')} />
          {/* Hours and minutes on the 24-hour clock the app writes times in (en-GB, lv-LV), not
              the browser's own, which gives an English-locale browser AM/PM. Each of its two
              inputs is named with the field's label too ("Start time, hours"), since an input's
              own name overrides the label it sits under. */}
          <TimePicker
            label={t('sessionPlan.time')}
            required
            format="24h"
            withDropdown
            presets={START_TIMES}
            closeDropdownOnPresetSelect
            hoursInputLabel={t('sessionPlan.hours')}
            minutesInputLabel={t('sessionPlan.minutes')}
            description={t('sessionPlan.timeHint', { timeZone: format.timeZone, name: isClient ? engagement.coach.name : engagement.client.name })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="plan-session-time"
            {...form.getInputProps('time')}
          />
          <Select
            label={t('sessionPlan.duration')}
            allowDeselect={false}
            data={DURATIONS.map((minutes) => ({ value: String(minutes), label: t('sessionPlan.durationOption', { minutes }) }))}
            comboboxProps={{ withinPortal: true }}
            data-testid="plan-session-duration"
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        {/* The other side's clock, when it reads differently: a warning when the hour falls in their night. */}
        {theirs && theirTime && start && isOtherClock(localTimeIn(new Date(start), format.timeZone), theirs.begins) && (
          theirs.outsideWakingDay ? (
            <Alert color="orange" title={t('sessionPlan.oddHourTitle', theirTime)} data-testid="plan-session-their-time" data-outside-waking-day="true">
              {t('sessionPlan.oddHour', theirTime)}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed" data-testid="plan-session-their-time" data-outside-waking-day="false">
              {t('sessionPlan.theirTime', theirTime)}
            </Text>
          )
        )}
        {goalOptions.length > 0 && (
          <MultiSelect
            label={t('sessionPlan.goals')}
            placeholder={t('sessionPlan.goalsPlaceholder')}
            data={goalOptions}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="plan-session-goals"
            {...form.getInputProps('goalIds')}
          />
        )}
        {hasPassed && (
          <Alert color="blue" title={t('sessionPlan.pastTitle')} data-testid="plan-session-past">
            {t('sessionPlan.pastNotice')}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('sessionPlan.cancel')}
          </Button>
          <Button type="submit" loading={plan.isPending} data-testid="plan-session-submit">
            {hasPassed ? t('sessionPlan.submitPast') : t('sessionPlan.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
