import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';
import { useArchiveValue, useChangeValue } from './value-queries';
import { ValueForm } from './value-form';

/** One value or aspiration; the client can edit and archive it, or restore it once archived. */
export function ValueItem({ value, canEdit }: { value: Value; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isEditing, setEditing] = useState(false);
  const change = useChangeValue(value.engagementId);
  const archive = useArchiveValue(value.engagementId);
  const isArchived = value.archivedAt !== null;

  if (isEditing) {
    return (
      <Paper withBorder radius="md" p="md" data-testid="value-item" data-kind={value.kind}>
        <ValueForm
          testId="value-edit-form"
          initial={{ kind: value.kind, title: value.title, description: value.description }}
          submitLabel={t('values.form.save')}
          pending={change.isPending}
          error={change.error}
          onCancel={() => setEditing(false)}
          onSubmit={(changes, _done, failed) =>
            change.mutate({ valueId: value.id, changes }, { onSuccess: () => setEditing(false), onError: failed })
          }
        />
      </Paper>
    );
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg={isArchived ? 'gray.0' : undefined}
      data-testid={isArchived ? 'archived-value-item' : 'value-item'}
      data-kind={value.kind}
    >
      <Stack gap={6}>
        <Text fw={600} data-testid="value-title" c={isArchived ? 'dimmed' : undefined}>
          {value.title}
        </Text>
        {value.description && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="value-description">
            {value.description}
          </Text>
        )}
        <Group justify="space-between" gap="xs" mt={4}>
          <Text size="xs" c="dimmed">
            {value.archivedAt
              ? t('values.archived.on', { date: format.instantDate(value.archivedAt) })
              : t('values.updatedOn', { date: format.instantDate(value.updatedAt) })}
          </Text>
          {canEdit && (
            <Group gap={4}>
              {isArchived ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('values.restoreAria', { title: value.title })}
                  loading={change.isPending}
                  onClick={() => change.mutate({ valueId: value.id, changes: { archived: false } })}
                >
                  {t('values.restore')}
                </Button>
              ) : (
                <>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('values.editAria', { title: value.title })}
                    onClick={() => setEditing(true)}
                  >
                    {t('values.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="gray"
                    aria-label={t('values.archiveAria', { title: value.title })}
                    loading={archive.isPending}
                    onClick={() => archive.mutate(value.id)}
                  >
                    {t('values.archive')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
        {(archive.isError || (change.isError && isArchived)) && <ProblemAlert error={archive.error ?? change.error} />}
      </Stack>
    </Paper>
  );
}
