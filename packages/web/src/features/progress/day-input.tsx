import '../../i18n/goals-catalog';
import '@mantine/dates/styles.css';
import 'dayjs/locale/lv';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { parseTypedDate } from '../goals/goal-words';

/**
 * A calendar day (`YYYY-MM-DD`), picked or typed the reader's way (31.03.2026 in Latvian,
 * 31/03/2026 in English), with the week starting on Monday.
 */
export function DayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <DateInput
        valueFormat={language === 'lv' ? 'DD.MM.YYYY' : 'DD/MM/YYYY'}
        dateParser={parseTypedDate}
        placeholder={t('goalEditor.datePlaceholder')}
        {...props}
      />
    </DatesProvider>
  );
}
