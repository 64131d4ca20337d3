import { Anchor, Badge, Button, Card, EmptyState, Group, Stack, Table, Text, Title, useMatches } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditEvent } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import '../../i18n/security-catalog';
import securityEn from '../../i18n/security.en.json';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { OwnersOnly } from '../../ui/owners-only';
import { ProblemAlert } from '../../ui/problem';
import { useSignedInMe } from '../session/use-me';
import { changeAuditFilter, isAuditFiltered, readAuditFilter, writeAuditFilter } from './audit-filter';
import { AuditFilters, type AuditFilterChange } from './audit-filters';
import { handOverText } from './audit-hand-over';
import { useAuditEvents } from './audit-queries';

type ActionTexts = typeof securityEn.auditAction;
/** An action's key in the catalog: its name, a dotted one (export.me) as a path. */
type KnownAction = { [Name in keyof ActionTexts]: ActionTexts[Name] extends string ? Name : `${Name}.${keyof ActionTexts[Name] & string}` }[keyof ActionTexts];
type KnownSubject = keyof typeof securityEn.auditSubject;
const KNOWN_ACTIONS: ReadonlySet<string> = new Set(
  Object.entries(securityEn.auditAction).flatMap(([name, text]) => (typeof text === 'string' ? [name] : Object.keys(text).map((part) => `${name}.${part}`))),
);
const KNOWN_SUBJECTS: ReadonlySet<string> = new Set(Object.keys(securityEn.auditSubject));

/** An action in the reader's language; one this version of the app does not know yet keeps its name. */
function actionText(t: TFunction, action: string): string {
  return KNOWN_ACTIONS.has(action) ? t(`auditAction.${action as KnownAction}`) : action;
}

function detailText(t: TFunction, event: AuditEvent): string {
  if (event.action === 'sign_in_failed') return event.details.failed === 'second_factor' ? t('audit.failedSecondFactor') : t('audit.failedPassword');
  return KNOWN_SUBJECTS.has(event.subjectType) ? t(`auditSubject.${event.subjectType as KnownSubject}`) : event.subjectType;
}

/** The engagement an event is about (its own, a goal's or a journal entry's), opened from the log. */
function engagementOf(event: AuditEvent): string | null {
  if (event.subjectType === 'engagement') return event.subjectId;
  return typeof event.details.engagementId === 'string' ? event.details.engagementId : null;
}

/**
 * What an event is about: its kind, and whom: the client of an engagement, a goal or an entry,
 * linked to the engagement; an account's holder or the person invited, unless they did it. A
 * hand-over says from which coach to which.
 */
function Subject({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const engagementId = engagementOf(event);
  const name = event.subjectName !== null && (engagementId !== null || event.subjectName !== event.actor?.name) ? event.subjectName : null;
  const handOver = handOverText(t, event);
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {detailText(t, event)}
      </Text>
      {name !== null &&
        (engagementId ? (
          <Anchor component={Link} to={`/engagements/${engagementId}`} size="sm" data-testid="audit-subject">
            {name}
          </Anchor>
        ) : (
          <Text size="sm" data-testid="audit-subject">
            {name}
          </Text>
        ))}
      {handOver !== null && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="audit-hand-over">
          {handOver}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The practice's audit log for its owner: newest first, older pages on request, narrowed by kind
 * of event, person and days. The filter lives in the address, so that a filtered log can be
 * linked to and survives a reload; older pages keep it.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.pageTitle'));
  const me = useSignedInMe();
  if (me.role !== 'owner') return <OwnersOnly me={me} title={t('audit.title')} />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readAuditFilter(params);
  const change: AuditFilterChange = (next) => setParams((current) => writeAuditFilter(current, changeAuditFilter(readAuditFilter(current), next)));
  const events = useAuditEvents(filter);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.subtitle')}</Text>
      </div>
      <AuditFilters filter={filter} onChange={change} />
      {events.isError && <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.isPending && <PageLoader />}
      {events.data && (
        <Stack gap="lg" style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }} aria-busy={events.isPlaceholderData} data-testid="audit-results">
          <Card withBorder radius="lg" padding={0}>
            {items.length > 0 ? (
              <EventTable events={items} />
            ) : isAuditFiltered(filter) ? (
              <EmptyState py="xl" title={t('audit.noMatchesTitle')} description={t('audit.noMatchesBody')} data-testid="audit-no-matches" />
            ) : (
              <Text p="lg" c="dimmed" data-testid="audit-empty">
                {t('audit.empty')}
              </Text>
            )}
          </Card>
          {events.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={events.isFetchingNextPage}
                disabled={events.isPlaceholderData}
                onClick={() => void events.fetchNextPage()}
                data-testid="audit-load-older"
              >
                {t('audit.loadOlder')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actor) return <Text size="sm">{t('audit.nobody')}</Text>;
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {event.actor.name}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {event.actor.email}
      </Text>
    </Stack>
  );
}

function Action({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={event.action === 'sign_in_failed' ? 'red' : 'teal'} style={{ minWidth: 'max-content' }} data-testid="audit-action">
      {actionText(t, event.action)}
    </Badge>
  );
}

/**
 * The events: a table of when, who, what and about whom; on a phone, where four columns do not
 * fit, one card an event, with what happened and when first.
 */
function EventTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useMatches({ base: true, sm: false });
  if (isPhone) {
    return (
      <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="audit-table">
        {events.map((event) => (
          <Stack
            key={event.id}
            component="li"
            gap={4}
            px="md"
            py="sm"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            data-testid="audit-row"
            data-action={event.action}
            data-actor={event.actor?.id ?? ''}
          >
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Action event={event} />
              <Text size="xs" c="dimmed">
                {format.instant(event.at)}
              </Text>
            </Group>
            <Actor event={event} />
            <Subject event={event} />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" horizontalSpacing="md" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.when')}</Table.Th>
            <Table.Th>{t('audit.who')}</Table.Th>
            <Table.Th>{t('audit.what')}</Table.Th>
            <Table.Th>{t('audit.subject')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id} data-testid="audit-row" data-action={event.action} data-actor={event.actor?.id ?? ''}>
              <Table.Td>{format.instant(event.at)}</Table.Td>
              <Table.Td>
                <Actor event={event} />
              </Table.Td>
              <Table.Td>
                <Action event={event} />
              </Table.Td>
              <Table.Td>
                <Subject event={event} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
