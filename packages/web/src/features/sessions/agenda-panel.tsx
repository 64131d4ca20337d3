import '../../i18n/sessions-catalog';
import { ActionIcon, Badge, Box, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Session } from '../../api/types';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { useNarrowScreen } from '../../ui/narrow-screen';
import { movedOrder } from './agenda-order';
import { CarriedOverBadge } from './session-badges';
import { useAddAgendaItem, useEditAgendaItem, useRemoveAgendaItem, useReorderAgenda } from './session-queries';
import { EditedMark, RemovalConfirmation, WordsEditor, type WordsMode } from './word-edits';

type GoalOption = { value: string; label: string };

function AgendaRow({
  item,
  index,
  count,
  goalTitle,
  onMove,
  isMoving,
  isChangeable,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  goalTitle: string | undefined;
  onMove: (step: -1 | 1) => void;
  isMoving: boolean;
  /** While the session is planned, either side rewords (unless carried over), removes or moves an item. */
  isChangeable: boolean;
}) {
  const { t } = useTranslation();
  // Mantine's 28 px buttons are too small for a finger: on a phone each is 40 px square, a little apart.
  const isNarrow = useNarrowScreen();
  const buttonSize = isNarrow ? 40 : 'md';
  const [mode, setMode] = useState<WordsMode>('showing');
  const commitmentStatus = item.carriedFrom?.commitmentStatus;
  const settled = commitmentStatus === 'done' || commitmentStatus === 'dropped' ? commitmentStatus : null;
  const edit = useEditAgendaItem(item.sessionId);
  const remove = useRemoveAgendaItem(item.sessionId);
  const show = () => {
    edit.reset();
    remove.reset();
    setMode('showing');
  };
  return (
    <Box
      component="li"
      py="xs"
      px="sm"
      style={{ borderRadius: 4, border: '1px solid var(--mantine-color-gray-2)' }}
      bg={item.carriedFrom ? 'var(--mantine-color-gray-0)' : undefined}
      data-testid="agenda-item"
      data-item-id={item.id}
      data-carried={item.carriedFrom ? item.carriedFrom.kind : undefined}
    >
      {/* On a narrow screen the buttons go under the words, which keep the item's width. */}
      <Group justify="space-between" wrap="wrap" align="flex-start" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Text size="sm" c="dimmed" fw={700} w={20} ta="right">
            {index + 1}.
          </Text>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} c={settled ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }} data-testid="agenda-item-text">
              {item.text}
            </Text>
            <Group gap={6} wrap="wrap">
              {item.carriedFrom && <CarriedOverBadge kind={item.carriedFrom.kind} />}
              {/* A commitment done or dropped since it was carried here (in a session between). */}
              {settled && (
                <Badge size="sm" variant="outline" color={settled === 'done' ? 'teal' : 'gray'} radius="sm" data-testid="carried-commitment-status" data-status={settled}>
                  {t(`commitments.status.${settled}`)}
                </Badge>
              )}
              {goalTitle && (
                <Badge size="sm" variant="outline" color="gray" radius="sm" tt="none" fw={500} styles={{ label: { overflowWrap: 'anywhere', textAlign: 'left' } }}>
                  {goalTitle}
                </Badge>
              )}
              {!item.carriedFrom && (
                <Text size="xs" c="dimmed">
                  {t('agenda.addedBy', { name: item.createdBy.name })}
                </Text>
              )}
              <EditedMark updatedAt={item.updatedAt} />
            </Group>
          </Stack>
        </Group>
        <Group gap={isNarrow ? 6 : 2} wrap="nowrap" ml="auto">
          {isChangeable && !item.carriedFrom && (
            <ActionIcon
              size={buttonSize}
              variant="subtle"
              color="gray"
              disabled={mode !== 'showing'}
              onClick={() => setMode('editing')}
              aria-label={t('agenda.editLabel', { text: item.text })}
              title={t('wordEdits.edit')}
              data-testid="agenda-edit"
            >
              ✎
            </ActionIcon>
          )}
          {isChangeable && (
            <ActionIcon
              size={buttonSize}
              variant="subtle"
              color="red"
              disabled={mode !== 'showing'}
              onClick={() => setMode('confirmingRemoval')}
              aria-label={t('agenda.removeLabel', { text: item.text })}
              title={t('wordEdits.remove')}
              data-testid="agenda-remove"
            >
              ✕
            </ActionIcon>
          )}
          {isChangeable && (
            <>
              <ActionIcon
                size={buttonSize}
                variant="subtle"
                color="gray"
                disabled={index === 0 || isMoving}
                onClick={() => onMove(-1)}
                aria-label={t('agenda.moveUp', { text: item.text })}
                data-testid="agenda-move-up"
              >
                ↑
              </ActionIcon>
              <ActionIcon
                size={buttonSize}
                variant="subtle"
                color="gray"
                disabled={index === count - 1 || isMoving}
                onClick={() => onMove(1)}
                aria-label={t('agenda.moveDown', { text: item.text })}
                data-testid="agenda-move-down"
              >
                ↓
              </ActionIcon>
            </>
          )}
        </Group>
      </Group>
      {mode === 'editing' && (
        <Box mt="xs">
          <WordsEditor
            initial={item.text}
            label={t('agenda.itemText')}
            field="text"
            maxLength={2000}
            isPending={edit.isPending}
            error={edit.error}
            onSave={(text) => edit.mutate({ id: item.id, text }, { onSuccess: show })}
            onCancel={show}
            testId="agenda-edit-form"
          />
        </Box>
      )}
      {mode === 'confirmingRemoval' && (
        <Box mt="xs">
          <RemovalConfirmation
            question={t('agenda.removeConfirm')}
            confirmLabel={t('wordEdits.remove')}
            isPending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate(item.id)}
            onCancel={show}
            testId="agenda-remove-confirmation"
          />
        </Box>
      )}
    </Box>
  );
}

function AddAgendaItem({ sessionId, goalOptions }: { sessionId: string; goalOptions: GoalOption[] }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem(sessionId);
  const form = useForm<{ text: string; goalId: string | null }>({ initialValues: { text: '', goalId: null }, validate: { text: rules.required } });
  return (
    <form
      noValidate
      data-testid="agenda-form"
      onSubmit={form.onSubmit((values) =>
        add.mutate(
          { text: values.text.trim(), ...(values.goalId ? { goalId: values.goalId } : {}) },
          { onSuccess: () => form.reset(), onError: (error) => form.setErrors(fieldProblems(error)) },
        ),
      )}
    >
      <Stack gap="xs">
        {add.isError && <ProblemAlert error={add.error} />}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('agenda.newItem')}
            placeholder={t('agenda.newItemPlaceholder')}
            maxLength={2000}
            style={{ flex: '1 1 260px' }}
            data-testid="agenda-text"
            {...form.getInputProps('text')}
          />
          {goalOptions.length > 0 && (
            <Select
              label={t('agenda.goal')}
              placeholder={t('agenda.goalPlaceholder')}
              data={goalOptions}
              clearable
              comboboxProps={{ withinPortal: true }}
              style={{ flex: '0 1 220px' }}
              data-testid="agenda-goal"
              {...form.getInputProps('goalId')}
            />
          )}
          <Button type="submit" loading={add.isPending} data-testid="agenda-add">
            {t('agenda.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The session's agenda: what is carried over from before first (marked, with why), then what
 * either side adds. While the session is planned, either side moves an item up or down (the new
 * order shows at once), rewords an item it typed, or removes any item; once held or cancelled,
 * the order stands as it was.
 */
export function AgendaPanel({ session, goalTitles, goalOptions }: { session: Session; goalTitles: Map<string, string>; goalOptions: GoalOption[] }) {
  const { t } = useTranslation();
  const reorder = useReorderAgenda(session.id);
  const agenda = [...session.agenda].sort((a, b) => a.position - b.position);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="agenda">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('agenda.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('agenda.intro')}
          </Text>
        </div>
        {reorder.isError && <ProblemAlert error={reorder.error} />}
        {agenda.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="agenda-empty">
            {t('agenda.empty')}
          </Text>
        ) : (
          <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {agenda.map((item, index) => (
              <AgendaRow
                key={item.id}
                item={item}
                index={index}
                count={agenda.length}
                goalTitle={item.goalId ? goalTitles.get(item.goalId) : undefined}
                isMoving={reorder.isPending}
                isChangeable={session.status === 'planned'}
                onMove={(step) => reorder.mutate(movedOrder(agenda, index, step))}
              />
            ))}
          </Stack>
        )}
        {session.status !== 'cancelled' && <AddAgendaItem sessionId={session.id} goalOptions={goalOptions} />}
      </Stack>
    </Card>
  );
}
