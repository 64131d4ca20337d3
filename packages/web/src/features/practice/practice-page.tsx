import '../../i18n/practice-catalog';
import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { OwnersOnly } from '../../ui/owners-only';
import { ProblemAlert } from '../../ui/problem';
import { useSignedInMe } from '../session/use-me';
import type { FilterChange } from './client-filters';
import { CoachInvitationsCard } from './coach-invitations-card';
import { CoachesCard } from './coaches-card';
import { PracticeClientsCard } from './practice-clients-card';
import { changeFilter, pickCoach, readFilter, writeFilter } from './practice-filter';
import { useCoaches } from './practice-queries';

/**
 * The owner's view of the whole practice: its coaches, the invitations that bring in more, and
 * all of its clients a page at a time.
 * Which clients are shown lives in the address, so that it can be linked to and back and forward
 * work. Anyone but the owner is told whose page this is (the API would refuse them).
 */
export function PracticePage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.pageTitle'));
  const me = useSignedInMe();
  if (me.role !== 'owner') return <OwnersOnly me={me} title={t('practice.title')} />;
  return <WholePractice />;
}

function WholePractice() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const coaches = useCoaches();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const change: FilterChange = (next, options) => setParams((current) => writeFilter(current, changeFilter(readFilter(current), next)), options);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('practice.title')}</Title>
        <Text c="dimmed">{t('practice.subtitle', { practice: me.practice.name })}</Text>
      </div>
      {coaches.isPending && <PageLoader />}
      {coaches.isError && <ProblemAlert error={coaches.error} onRetry={() => void coaches.refetch()} />}
      {coaches.data && (
        <>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <CoachesCard coaches={coaches.data} pickedId={filter.coachId} onPick={(coachId) => change(pickCoach(coachId))} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <CoachInvitationsCard />
            </Grid.Col>
          </Grid>
          <PracticeClientsCard filter={filter} coaches={coaches.data} onChange={change} />
        </>
      )}
    </Stack>
  );
}
