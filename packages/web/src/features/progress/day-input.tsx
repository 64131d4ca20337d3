import '../../i18n/goals-catalog';
import '@mantine/dates/styles.css';
import 'dayjs/locale/lv';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { parseTypedDate, typedDayProblem } from '../goals/goal-words';

/** A bound of the picker (`YYYY-MM-DD` or a Date) as the day it names. */
function dayOf(bound: string | Date | undefined): string | null {
  if (bound === undefined) return null;
  if (typeof bound === 'string') return bound.slice(0, 10);
  return `${bound.getFullYear()}-${String(bound.getMonth() + 1).padStart(2, '0')}-${String(bound.getDate()).padStart(2, '0')}`;
}

/**
 * A calendar day (`YYYY-MM-DD`), picked or typed the reader's way (31.03.2026 in Latvian,
 * 31/03/2026 in English), with the week starting on Monday. Each day of the calendar is named to a
 * screen reader as the app writes dates ("2026. gada 10. decembris", not dayjs's "10 decembris
 * 2026"). A day typed that is not taken (no such day, or outside the days allowed) leaves the
 * field as it was, and says why under it.
 */
export function DayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const [refused, setRefused] = useState<string | null>(null);
  const { onBlur, onChange, error, minDate, maxDate } = props;
  const checkTyped = (event: FocusEvent<HTMLInputElement>) => {
    const typed = event.currentTarget.value;
    const min = dayOf(minDate);
    const max = dayOf(maxDate);
    const problem = typedDayProblem(typed, { min, max });
    setRefused(
      problem === null
        ? null
        : t(`dayInput.${problem}`, { typed: typed.trim(), min: min ? format.calendarDate(min) : '', max: max ? format.calendarDate(max) : '' }),
    );
    onBlur?.(event);
  };
  return (
    <DatesProvider settings={{ locale: format.language, firstDayOfWeek: 1 }}>
      <DateInput
        valueFormat={format.language === 'lv' ? 'DD.MM.YYYY' : 'DD/MM/YYYY'}
        dateParser={parseTypedDate}
        placeholder={t('goalEditor.datePlaceholder')}
        getDayAriaLabel={format.calendarDate}
        {...props}
        onBlur={checkTyped}
        onChange={(value) => {
          setRefused(null);
          onChange?.(value);
        }}
        error={refused ?? error}
      />
    </DatesProvider>
  );
}
