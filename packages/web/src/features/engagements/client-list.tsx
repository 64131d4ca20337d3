import '../../i18n/progress-catalog';
import { Anchor, Button, Group, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Engagement, ListedEngagement } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { useNarrowScreen } from '../../ui/narrow-screen';
import { RowBlock, RowBlocks } from '../../ui/row-blocks';
import { RiskBadge } from '../progress/risk-badge';
import type { RiskSummary } from '../progress/risk-summary';
import { InvitationEmailNote } from './invite-link';
import { NewLinkDialog } from './new-link-dialog';
import { StatusBadge } from './status-badge';

/**
 * When the work began; for a client not joined yet, how long their invitation link is good for,
 * and whether Tandem emailed it.
 */
export function StartedOn({ engagement }: { engagement: ListedEngagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (engagement.startedOn) return <>{format.calendarDate(engagement.startedOn)}</>;
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {t('home.coach.notStarted')}
      </Text>
      {engagement.invitationExpiresAt && (
        <Text size="xs" c="dimmed">
          {t('home.coach.invitationUntil', format.linkExpiry(engagement.invitationExpiresAt))}
        </Text>
      )}
      {engagement.invitationEmail && <InvitationEmailNote email={engagement.invitationEmail} />}
    </Stack>
  );
}

/** The client's name (a link to the engagement, for those who work in it) and email. */
export function ClientName({ engagement, linked = true }: { engagement: Engagement; linked?: boolean }) {
  return (
    <Stack gap={0}>
      {linked ? (
        <Anchor component={Link} to={`/engagements/${engagement.id}`} fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="client-name">
          {engagement.client.name}
        </Anchor>
      ) : (
        <Text fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="client-name">
          {engagement.client.name}
        </Text>
      )}
      <Text size="xs" c="dimmed" data-testid="client-email">
        {engagement.client.email}
      </Text>
    </Stack>
  );
}

/** A client's name and email beside the engagement's status: the head of a client's block on a narrow screen. */
export function NameAndStatus({ engagement, linked = true }: { engagement: ListedEngagement; linked?: boolean }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <ClientName engagement={engagement} linked={linked} />
      </div>
      <StatusBadge status={engagement.status} />
    </Group>
  );
}

/** When the work began, as a line of its own ("Started on 4 July 2026"), or the invitation's lines while it has not. */
export function StartedOnLine({ engagement }: { engagement: ListedEngagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div data-testid="client-started-on">
      {engagement.startedOn ? (
        <Text size="sm" c="dimmed">
          {t('home.coach.startedLine', { date: format.calendarDate(engagement.startedOn) })}
        </Text>
      ) : (
        <StartedOn engagement={engagement} />
      )}
    </div>
  );
}

/** How the client's active goals stand: the worst status, and how many goals are at risk. */
function ClientRisk({ risk }: { risk: RiskSummary | 'loading' | undefined }) {
  const { t } = useTranslation();
  if (risk === 'loading') return <Loader size="xs" aria-label={t('app.loading')} />;
  if (risk === undefined) {
    return (
      <Text size="sm" c="dimmed" aria-hidden="true">
        —
      </Text>
    );
  }
  if (risk.worst === 'not_judged') {
    return (
      <Text size="sm" c="dimmed" data-testid="client-risk" data-risk="not_judged">
        {t('clientRisk.noActiveGoals')}
      </Text>
    );
  }
  return (
    <Stack gap={2} align="flex-start" data-testid="client-risk" data-risk={risk.worst} data-at-risk={risk.atRisk}>
      <RiskBadge status={risk.worst} size="sm" />
      <Text size="xs" c={risk.atRisk > 0 ? 'red.8' : 'dimmed'} fw={risk.atRisk > 0 ? 600 : 400} data-testid="client-at-risk-count">
        {risk.atRisk > 0
          ? t('clientRisk.atRisk', { count: risk.atRisk })
          : risk.needsAttention > 0
            ? t('clientRisk.needsAttention', { count: risk.needsAttention })
            : t('clientRisk.onTrack', { count: risk.onTrack })}
      </Text>
    </Stack>
  );
}

/** What can be done from a client's row: a new invitation link while they have not joined, and opening the engagement. */
function ClientActions({ engagement, onNewLink }: { engagement: ListedEngagement; onNewLink: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      {engagement.status === 'invited' && (
        <Button
          size="xs"
          variant="subtle"
          aria-label={t('home.coach.newLinkAria', { name: engagement.client.name })}
          onClick={onNewLink}
          style={{ flexShrink: 0 }}
          data-testid="new-invite-link"
        >
          {t('home.coach.newLink')}
        </Button>
      )}
      <Button
        component={Link}
        to={`/engagements/${engagement.id}`}
        size="xs"
        variant="light"
        aria-label={t('home.coach.openAria', { name: engagement.client.name })}
        style={{ flexShrink: 0 }}
      >
        {t('home.coach.open')}
      </Button>
    </Group>
  );
}

/** The table's columns, one row per client, where the screen is wide enough for them side by side. */
function ClientTable({ engagements, risks, onNewLink }: ClientListProps & { onNewLink: (engagement: ListedEngagement) => void }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label={t('home.coach.listLabel')} data-testid="client-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('home.coach.columns.name')}</Table.Th>
          <Table.Th>{t('home.coach.columns.status')}</Table.Th>
          <Table.Th>{t('clientRisk.column')}</Table.Th>
          <Table.Th>{t('home.coach.columns.startedOn')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('home.coach.columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {engagements.map((engagement) => (
          <Table.Tr key={engagement.id} data-testid="client-row" data-status={engagement.status}>
            <Table.Td>
              <ClientName engagement={engagement} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <StatusBadge status={engagement.status} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <ClientRisk risk={risks.get(engagement.id)} />
            </Table.Td>
            <Table.Td data-testid="client-started-on">
              <StartedOn engagement={engagement} />
            </Table.Td>
            {/* As wide as its buttons: a long line beside them wraps instead of squeezing them. */}
            <Table.Td style={{ whiteSpace: 'nowrap', width: '1%' }}>
              <ClientActions engagement={engagement} onNewLink={() => onNewLink(engagement)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * On a phone, each client a block of its own (name and status, where their goals stand, when the
 * work began, the buttons), read top to bottom instead of a table scrolled sideways.
 */
function ClientBlocks({ engagements, risks, onNewLink }: ClientListProps & { onNewLink: (engagement: ListedEngagement) => void }) {
  const { t } = useTranslation();
  return (
    <RowBlocks label={t('home.coach.listLabel')} data-testid="client-list">
      {engagements.map((engagement, index) => (
        <RowBlock key={engagement.id} first={index === 0} data-testid="client-row" data-status={engagement.status}>
          <NameAndStatus engagement={engagement} />
          <ClientRisk risk={risks.get(engagement.id)} />
          <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
            <StartedOnLine engagement={engagement} />
            <ClientActions engagement={engagement} onNewLink={() => onNewLink(engagement)} />
          </Group>
        </RowBlock>
      ))}
    </RowBlocks>
  );
}

type ClientListProps = { engagements: ListedEngagement[]; risks: ReadonlyMap<string, RiskSummary | 'loading'> };

/** The coach's clients with where their goals stand: a table, or on a narrow screen one block per client. */
export function ClientList({ engagements, risks }: ClientListProps) {
  const [renewing, setRenewing] = useState<ListedEngagement | null>(null);
  const narrow = useNarrowScreen();

  return (
    <>
      {narrow ? (
        <ClientBlocks engagements={engagements} risks={risks} onNewLink={setRenewing} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <ClientTable engagements={engagements} risks={risks} onNewLink={setRenewing} />
        </Table.ScrollContainer>
      )}
      {/* The list's own row, read again while the new link is being emailed, so that the dialog says when it went. */}
      <NewLinkDialog engagement={renewing && (engagements.find((listed) => listed.id === renewing.id) ?? renewing)} onClose={() => setRenewing(null)} />
    </>
  );
}
