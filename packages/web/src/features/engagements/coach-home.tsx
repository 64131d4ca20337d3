import { Badge, Card, EmptyState, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { AwaitingAgreement } from '../goals/awaiting-agreement';
import { ClientList } from './client-list';
import { useEngagements } from './engagement-queries';
import { InviteClientForm } from './invite-client-form';

export function CoachHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const engagements = useEngagements();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm" align="center">
            <Title order={1}>{t('home.coach.title')}</Title>
            {engagements.data && (
              <Badge variant="light" color="gray" size="lg" data-testid="client-count">
                {t('home.coach.count', { count: engagements.data.length })}
              </Badge>
            )}
          </Group>
          <Text c="dimmed">{t('home.coach.subtitle', { practice: me.practice.name })}</Text>
        </div>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder radius="lg" padding="lg">
            {engagements.isPending && <PageLoader />}
            {engagements.isError && <ProblemAlert error={engagements.error} onRetry={() => void engagements.refetch()} />}
            {engagements.data?.length === 0 && (
              <EmptyState
                py="xl"
                title={t('home.coach.emptyTitle')}
                description={t('home.coach.emptyBody')}
                data-testid="client-list-empty"
              />
            )}
            {engagements.data && engagements.data.length > 0 && <ClientList engagements={engagements.data} />}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <AwaitingAgreement engagements={engagements.data} showClient />
            <InviteClientForm />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
