import '../../i18n/practice-catalog';
import { Button, Card, EmptyState, Group, Pagination, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coach, ListedEngagement } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { useNarrowScreen } from '../../ui/narrow-screen';
import { ProblemAlert } from '../../ui/problem';
import { RowBlock, RowBlocks } from '../../ui/row-blocks';
import { ClientName, NameAndStatus, StartedOn, StartedOnLine } from '../engagements/client-list';
import { StatusBadge } from '../engagements/status-badge';
import { useSignedInMe } from '../session/use-me';
import { ClientFilters, type FilterChange } from './client-filters';
import { HandOverButton } from './hand-over-button';
import { isFiltered, pageCount, shownRange, toEngagementQuery, type PracticeFilter } from './practice-filter';
import { useEngagementPage } from './practice-queries';

/**
 * One row per engagement. Only the owner's own clients link to their engagement: the others'
 * goals, sessions and journal are between them and their coach, so their pages would show the
 * owner nothing but refusals.
 */
function ClientRows({ engagements, ownerId, coaches }: { engagements: readonly ListedEngagement[]; ownerId: string; coaches: readonly Coach[] }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (narrow) {
    return (
      <RowBlocks label={t('practice.clients.listLabel')} data-testid="practice-client-list">
        {engagements.map((engagement, index) => (
          <RowBlock key={engagement.id} first={index === 0} data-testid="practice-client-row" data-status={engagement.status}>
            <NameAndStatus engagement={engagement} linked={engagement.coach.id === ownerId} />
            <Text size="sm" data-testid="client-coach">
              {t('practice.clients.coachLine', { name: engagement.coach.name })}
            </Text>
            <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
              <StartedOnLine engagement={engagement} />
              <div style={{ flexShrink: 0 }}>
                <HandOverButton engagement={engagement} coaches={coaches} />
              </div>
            </Group>
          </RowBlock>
        ))}
      </RowBlocks>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('practice.clients.listLabel')} data-testid="practice-client-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('home.coach.columns.name')}</Table.Th>
            <Table.Th>{t('practice.clients.coachColumn')}</Table.Th>
            <Table.Th>{t('home.coach.columns.status')}</Table.Th>
            <Table.Th>{t('home.coach.columns.startedOn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('home.coach.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {engagements.map((engagement) => (
            <Table.Tr key={engagement.id} data-testid="practice-client-row" data-status={engagement.status}>
              <Table.Td>
                <ClientName engagement={engagement} linked={engagement.coach.id === ownerId} />
              </Table.Td>
              <Table.Td data-testid="client-coach">{engagement.coach.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={engagement.status} />
              </Table.Td>
              <Table.Td>
                <StartedOn engagement={engagement} />
              </Table.Td>
              <Table.Td ta="right">
                <HandOverButton engagement={engagement} coaches={coaches} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Showing 26–50 of 1,000 clients" under the list, and the pages to turn to. */
function PageFooter({ page, total, onPage }: { page: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const range = shownRange(page, total);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" data-testid="client-range">
        {range && t('practice.clients.range', { count: total, first: format.number(range.first), last: format.number(range.last), total: format.number(total) })}
      </Text>
      <Pagination
        total={pageCount(total)}
        value={page}
        onChange={onPage}
        hideWithOnePage
        aria-label={t('practice.clients.pages')}
        getItemProps={(number) => ({ 'aria-label': t('practice.clients.page', { page: format.number(number) }) })}
        getControlProps={(control) =>
          control === 'previous' ? { 'aria-label': t('practice.clients.previousPage') } : control === 'next' ? { 'aria-label': t('practice.clients.nextPage') } : {}
        }
        data-testid="client-pages"
      />
    </Group>
  );
}

/**
 * The whole practice's clients, a page at a time, picked by search, coach and status. An owner
 * sees who works with whom, never a client's goals: those stay between the client and their coach.
 */
export function PracticeClientsCard({ filter, coaches, onChange }: { filter: PracticeFilter; coaches: readonly Coach[]; onChange: FilterChange }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const clients = useEngagementPage(toEngagementQuery(filter));
  const total = clients.isPlaceholderData ? undefined : clients.data?.total;
  const lastPage = pageCount(total ?? 0);
  // A link to a page the list no longer reaches (clients have left since) opens its last page.
  useEffect(() => {
    if (total !== undefined && total > 0 && filter.page > lastPage) onChange({ page: lastPage }, { replace: true });
  }, [total, filter.page]);

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            {t('practice.clients.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="confidentiality-note">
            {t('practice.clients.confidential')}
          </Text>
        </div>
        <ClientFilters filter={filter} coaches={coaches} onChange={onChange} />
        {clients.isPending && <PageLoader />}
        {clients.isError && <ProblemAlert error={clients.error} onRetry={() => void clients.refetch()} />}
        {clients.data?.items.length === 0 &&
          (isFiltered(filter) ? (
            <EmptyState py="xl" title={t('practice.clients.emptyTitle')} description={t('practice.clients.emptyBody')} data-testid="no-client-matches">
              <EmptyState.Actions>
                <Button variant="light" onClick={() => onChange({ coachId: null, status: null, search: '' })} data-testid="clear-filters">
                  {t('practice.clients.clearFilters')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <EmptyState py="xl" title={t('practice.clients.noneTitle')} description={t('practice.clients.noneBody')} data-testid="no-clients" />
          ))}
        {clients.data && clients.data.items.length > 0 && (
          <Stack gap="md" style={{ opacity: clients.isPlaceholderData ? 0.6 : 1 }} aria-busy={clients.isPlaceholderData} data-testid="client-results">
            <ClientRows engagements={clients.data.items} ownerId={me.user.id} coaches={coaches} />
            <PageFooter page={filter.page} total={clients.data.total} onPage={(page) => onChange({ page })} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
