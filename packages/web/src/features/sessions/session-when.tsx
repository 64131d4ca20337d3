import '../../i18n/sessions-catalog';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { isOtherClock } from './session-time';

/**
 * When a session starts on the reader's clock and, when the client's clock reads differently
 * (another time zone), on the client's too: each side plans their day by their own clock.
 * Under a heading that already names the day, `withDate={false}` leaves the reader's day out
 * (the client's stays: on their clock it can be another day).
 */
export function SessionWhen({
  session,
  clientName,
  withDate = true,
}: {
  session: Pick<SessionSummary, 'readerTime' | 'clientTime'>;
  clientName: string;
  withDate?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { readerTime, clientTime } = session;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} data-testid="session-reader-time" data-time-zone={readerTime.timeZone}>
        {withDate ? t('sessionTime.at', { date: format.calendarDate(readerTime.date), time: readerTime.time }) : t('sessionTime.startsAt', { time: readerTime.time })}
      </Text>
      {isOtherClock(readerTime, clientTime) && (
        <Text size="xs" c="dimmed" data-testid="session-client-time" data-time-zone={clientTime.timeZone}>
          {t('sessionTime.forClient', { name: clientName, date: format.calendarDate(clientTime.date), time: clientTime.time, timeZone: clientTime.timeZone, offset: clientTime.offset })}
        </Text>
      )}
    </Stack>
  );
}
