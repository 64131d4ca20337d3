import '../../i18n/progress-catalog';
import { Badge, Button, Card, EmptyState, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListedEngagement, Me } from '../../api/types';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { MyCommitmentsPanel } from '../commitments/my-commitments-panel';
import { AwaitingAgreement } from '../goals/awaiting-agreement';
import { InboxPanel } from '../inbox/inbox-panel';
import { useInbox } from '../inbox/inbox-queries';
import { sortByRisk, type RiskSummary } from '../progress/risk-summary';
import { ClientList } from './client-list';
import { useEngagements } from './engagement-queries';
import { InviteClientForm } from './invite-client-form';

const NO_ENGAGEMENTS: readonly ListedEngagement[] = [];

/**
 * Where each client stands, from the inbox's client standings (one request for all clients).
 * Until it answers, the list keeps its order.
 */
function useClientRisks(engagements: readonly ListedEngagement[]) {
  const inbox = useInbox();
  const risks = new Map<string, RiskSummary | 'loading'>();
  const standings = new Map((inbox.data?.clients ?? []).map((client) => [client.engagementId, client]));
  for (const engagement of engagements) {
    if (engagement.status === 'invited') continue;
    const standing = standings.get(engagement.id);
    if (standing) risks.set(engagement.id, { worst: standing.status, atRisk: standing.atRisk, needsAttention: standing.needsAttention, onTrack: standing.onTrack });
    else if (inbox.isPending) risks.set(engagement.id, 'loading');
  }
  const summaryOf = (engagement: ListedEngagement) => {
    const risk = risks.get(engagement.id);
    return risk === 'loading' ? undefined : risk;
  };
  const ordered = inbox.isPending ? [...engagements] : sortByRisk(engagements, summaryOf);
  return { risks, ordered };
}

export function CoachHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const isOwner = me.role === 'owner';
  // An owner's home holds the clients they coach themselves; the whole practice has a page of its own.
  const engagements = useEngagements(isOwner ? { coachId: me.user.id } : {});
  const { risks, ordered } = useClientRisks(engagements.data ?? NO_ENGAGEMENTS);

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
        {isOwner && (
          <Button component={Link} to="/practice" variant="light" data-testid="whole-practice">
            {t('home.coach.wholePractice')}
          </Button>
        )}
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
            {engagements.data && engagements.data.length > 0 && <ClientList engagements={ordered} risks={risks} />}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <InboxPanel showClient />
            <MyCommitmentsPanel engagements={engagements.data} showClient />
            <AwaitingAgreement engagements={engagements.data} showClient />
            <InviteClientForm engagements={engagements.data} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
