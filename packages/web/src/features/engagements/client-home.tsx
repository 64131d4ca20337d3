import { Button, Card, EmptyState, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { MyCommitmentsPanel } from '../commitments/my-commitments-panel';
import { AwaitingAgreement } from '../goals/awaiting-agreement';
import { InboxPanel } from '../inbox/inbox-panel';
import { useEngagements } from './engagement-queries';
import { StatusBadge } from './status-badge';

export function ClientHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const engagements = useEngagements();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.client.title')}</Title>
        <Text c="dimmed">{t('home.client.subtitle')}</Text>
      </div>
      {engagements.isPending && <PageLoader />}
      {engagements.isError && <ProblemAlert error={engagements.error} onRetry={() => void engagements.refetch()} />}
      {engagements.data?.length === 0 && (
        <EmptyState title={t('home.client.emptyTitle')} description={t('home.client.emptyBody')} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {engagements.data?.map((engagement) => (
          <Card key={engagement.id} withBorder radius="lg" padding="lg" data-testid="engagement-card">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {me.practice.name}
                </Text>
                <StatusBadge status={engagement.status} />
              </Group>
              <div>
                <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                  {t('home.client.coachLabel')}
                </Text>
                <Text fw={600} fz="lg" data-testid="coach-name">
                  {engagement.coach.name}
                </Text>
              </div>
              {engagement.startedOn && (
                <Text size="sm" c="dimmed">
                  {t('home.client.startedOn', { date: format.calendarDate(engagement.startedOn) })}
                </Text>
              )}
              <Button component={Link} to={`/engagements/${engagement.id}`} variant="light">
                {t('home.client.open')}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {engagements.data && engagements.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MyCommitmentsPanel engagements={engagements.data} showClient={false} />
          <InboxPanel showClient={false} />
          <AwaitingAgreement engagements={engagements.data} showClient={false} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
