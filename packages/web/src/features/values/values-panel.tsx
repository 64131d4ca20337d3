import { Alert, Badge, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement, Value, ValueKind } from '../../api/types';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { useAddValue, useValues } from './value-queries';
import { ValueForm } from './value-form';
import { ValueItem } from './value-item';

function ValueGroup({ kind, values, canEdit }: { kind: ValueKind; values: Value[]; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="lg" data-testid={`value-group-${kind}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="lg">
            {t(`values.group.${kind}`)}
          </Title>
          <Badge variant="light" color={kind === 'value' ? 'teal' : 'indigo'}>
            {values.length}
          </Badge>
        </Group>
        {values.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="value-group-empty">
            {t(`values.empty.${kind}`)}
          </Text>
        ) : (
          values.map((value) => <ValueItem key={value.id} value={value} canEdit={canEdit} />)
        )}
      </Stack>
    </Card>
  );
}

function AddValue({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const add = useAddValue(engagementId);
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={3} fz="lg">
          {t('values.form.addTitle')}
        </Title>
        <ValueForm
          testId="value-form"
          initial={{ kind: 'value', title: '', description: '' }}
          submitLabel={t('values.form.add')}
          pending={add.isPending}
          error={add.error}
          onSubmit={(draft, done, failed) => add.mutate(draft, { onSuccess: done, onError: failed })}
        />
      </Stack>
    </Card>
  );
}

function ArchivedValues({ values, canEdit }: { values: Value[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <Stack gap="sm">
      <Group>
        <Button variant="subtle" color="gray" onClick={() => setOpen((open) => !open)} aria-expanded={isOpen} data-testid="toggle-archived">
          {isOpen ? t('values.archived.hide') : t('values.archived.show', { count: values.length })}
        </Button>
      </Group>
      {/* No height animation: a click landing while the list slides open could miss its button. */}
      <Collapse expanded={isOpen} transitionDuration={0}>
        <Stack gap="sm" data-testid="archived-values">
          <Title order={3} fz="md" c="dimmed">
            {t('values.archived.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {values.map((value) => (
              <ValueItem key={value.id} value={value} canEdit={canEdit} />
            ))}
          </SimpleGrid>
        </Stack>
      </Collapse>
    </Stack>
  );
}

/** The client's values and aspirations: theirs to write, the coach's to read. */
export function ValuesPanel({ engagement, canEdit }: { engagement: Engagement; canEdit: boolean }) {
  const { t } = useTranslation();
  const values = useValues(engagement.id);
  const current = values.data?.filter((value) => value.archivedAt === null) ?? [];
  const archived = values.data?.filter((value) => value.archivedAt !== null) ?? [];

  return (
    <Stack gap="md" data-testid="values-panel">
      <div>
        <Title order={2}>{t('values.title')}</Title>
        {/* The client reads about their own values; the coach about the client's. */}
        <Text c="dimmed">{canEdit ? t('values.introMine') : t('values.intro')}</Text>
      </div>
      {!canEdit && (
        <Alert variant="light" color="indigo" data-testid="coach-read-only-note">
          {t('values.coachNote', { name: engagement.client.name })}
        </Alert>
      )}
      {values.isPending && <PageLoader />}
      {values.isError && <ProblemAlert error={values.error} onRetry={() => void values.refetch()} />}
      {values.data && (
        <>
          {canEdit && <AddValue engagementId={engagement.id} />}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <ValueGroup kind="value" values={current.filter((value) => value.kind === 'value')} canEdit={canEdit} />
            <ValueGroup
              kind="aspiration"
              values={current.filter((value) => value.kind === 'aspiration')}
              canEdit={canEdit}
            />
          </SimpleGrid>
          {archived.length > 0 && <ArchivedValues values={archived} canEdit={canEdit} />}
        </>
      )}
    </Stack>
  );
}
