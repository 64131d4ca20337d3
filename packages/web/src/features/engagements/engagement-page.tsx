import { Alert, Anchor, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client';
import type { Engagement } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { EngagementExportButton } from '../data-export/engagement-export-button';
import { ProblemAlert } from '../../ui/problem';
import { useSignedInMe } from '../session/use-me';
import { CommitmentsSection } from '../commitments/commitments-section';
import { GoalsSection } from '../goals/goals-section';
import { JournalSection } from '../journal/journal-section';
import { SessionsSection } from '../sessions/sessions-section';
import { ValuesPanel } from '../values/values-panel';
import { useEngagement } from './engagement-queries';
import { StatusBadge } from './status-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </div>
  );
}

export function EngagementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useSignedInMe();
  const format = useFormat();
  const engagement = useEngagement(id);
  usePageTitle(engagement.data?.client.name ?? t('engagement.pageTitle'));

  const back = (
    <Anchor component={Link} to="/" size="sm">
      ← {t('engagement.back')}
    </Anchor>
  );
  if (engagement.isPending) return <PageLoader />;
  if (engagement.isError) {
    return (
      <Stack>
        {back}
        <ProblemAlert
          error={engagement.error}
          onRetry={isProblem(engagement.error, 'engagement_not_found', 'not_found') ? undefined : () => void engagement.refetch()}
        />
      </Stack>
    );
  }

  const { data } = engagement;
  const isClient = data.client.id === me.user.id;
  // The practice's owner may open any of its engagements and see who coaches whom; what the two
  // people share is theirs, and the API refuses it to the owner (a side of neither).
  const takesPart = isClient || data.coach.id === me.user.id;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        {back}
        <Card withBorder radius="lg" padding="lg" data-testid="engagement-header">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text size="sm" c="dimmed">
                  {isClient ? t('engagement.yourCoaching') : t('engagement.client')}
                </Text>
                <Title order={1} data-testid="engagement-client-name">
                  {data.client.name}
                </Title>
              </div>
              <Group gap="sm">
                {data.coach.id === me.user.id && <EngagementExportButton engagementId={data.id} />}
                <StatusBadge status={data.status} />
              </Group>
            </Group>
            {/* Each side reads how to reach the other: the client their coach (the API sends no
                coach's email), the coach and the practice's owner the client's name and email. */}
            <SimpleGrid cols={{ base: 1, xs: isClient ? 2 : 3 }}>
              <Fact label={isClient ? t('engagement.yourCoach') : t('engagement.coach')}>
                <span data-testid="engagement-coach-name">{data.coach.name}</span>
              </Fact>
              <Fact label={t('engagement.startedOn')}>
                <span data-testid="engagement-started-on">
                  {data.startedOn ? format.calendarDate(data.startedOn) : t('engagement.notStarted')}
                </span>
              </Fact>
              {!isClient && (
                <Fact label={t('engagement.clientEmail')}>
                  <Anchor href={`mailto:${data.client.email}`} data-testid="engagement-client-email">
                    {data.client.email}
                  </Anchor>
                </Fact>
              )}
            </SimpleGrid>
            {data.status === 'invited' && (
              <Alert color="yellow" variant="light">
                {t('engagement.invitedNote', { name: data.client.name })}
              </Alert>
            )}
          </Stack>
        </Card>
      </Stack>
      {takesPart ? <EngagementWork engagement={data} isClient={isClient} /> : <NotYourCoaching practice={me.practice.name} />}
    </Stack>
  );
}

/**
 * What the owner of a practice sees of an engagement they take no part in: that its goals,
 * sessions and notes belong to its coach and client, and where a client is handed over.
 */
function NotYourCoaching({ practice }: { practice: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" radius="lg" title={t('engagement.notYours.title')} data-testid="engagement-not-yours">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('engagement.notYours.body', { practice })}</Text>
        <Button component={Link} to="/practice" size="xs" variant="light">
          {t('engagement.notYours.practice')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** The work the coach and the client share: goals, sessions, commitments, the journal, values. */
function EngagementWork({ engagement: data, isClient }: { engagement: Engagement; isClient: boolean }) {
  return (
    <>
      <GoalsSection engagement={data} isClient={isClient} />
      {data.status !== 'invited' && (
        <>
          <Grid gap="xl" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <SessionsSection engagement={data} isClient={isClient} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <CommitmentsSection engagement={data} />
            </Grid.Col>
          </Grid>
          <JournalSection engagement={data} isClient={isClient} />
        </>
      )}
      <ValuesPanel engagement={data} canEdit={isClient} />
    </>
  );
}
