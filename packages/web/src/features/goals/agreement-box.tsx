import '../../i18n/goals-catalog';
import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isProblem } from '../../api/client';
import type { Goal, RevisionHistoryItem, Side } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';
import { isAwaitingMe } from './goal-order';
import { useDecideOnRevision } from './goal-queries';

export type SideNames = Record<Side, string>;

/** Answers that mean the goal moved on since it was loaded: reloading it shows where it stands. */
const MOVED_ON = ['invalid_transition', 'not_pending_revision', 'already_agreed', 'stale_version'];

function DeclineForm({ onDecline, onCancel, isPending }: { onDecline: (comment: string) => void; onCancel: () => void; isPending: boolean }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      noValidate
      data-testid="decline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (comment.trim().length < 3) setError(true);
        else onDecline(comment.trim());
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('agreement.declineComment')}
          description={t('agreement.declineHint')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setError(false);
          }}
          error={error ? t('errors.field.comment_required') : undefined}
          data-autofocus
        />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('agreement.cancel')}
          </Button>
          <Button type="submit" color="red" loading={isPending} data-testid="confirm-decline">
            {t('agreement.confirmDecline')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Where the two sides meet on a goal's words: agree, decline with a comment or propose a change
 * when the words wait for me; a word on who is asked when they wait for the other side.
 */
export function AgreementBox({
  goal,
  names,
  history,
  onReload,
}: {
  goal: Goal;
  names: SideNames;
  history: readonly RevisionHistoryItem[] | undefined;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const decide = useDecideOnRevision(goal.id);
  const [isDeclining, setDeclining] = useState(false);
  const other: Side = goal.mySide === 'coach' ? 'client' : 'coach';
  const pending = goal.pendingRevision;
  const changeLink = `/goals/${goal.id}/change`;
  const lastDecline = history
    ?.find((revision) => revision.id === pending?.id)
    ?.agreements.filter((agreement) => agreement.decision === 'decline')
    .at(-1);

  const isDeciding = (decision: 'agree' | 'decline') => decide.isPending && decide.variables.decision === decision;
  const decideOn = (decision: 'agree' | 'decline', comment?: string) => {
    if (!pending) return;
    decide.mutate(
      { revisionId: pending.id, decision, ...(comment ? { comment } : {}) },
      { onSuccess: () => setDeclining(false) },
    );
  };
  const problem = decide.isError && (
    <ProblemAlert
      error={decide.error}
      retryLabel={isProblem(decide.error, ...MOVED_ON) ? t('goal.reload') : undefined}
      onRetry={
        isProblem(decide.error, ...MOVED_ON)
          ? () => {
              decide.reset();
              onReload();
            }
          : undefined
      }
    />
  );

  let heading: string;
  let body: ReactNode;
  let actions: ReactNode = null;
  let tone = 'gray';

  if (goal.state === 'achieved' || goal.state === 'dropped') {
    heading = t(`agreement.closed.${goal.state}`);
    body = (
      <Stack gap={4}>
        {goal.closedAt && <Text size="sm">{t('agreement.closedOn', { date: format.instantDate(goal.closedAt) })}</Text>}
        {goal.closingReason && (
          <Text size="sm" data-testid="closing-reason">
            {t('agreement.closingReason', { reason: goal.closingReason })}
          </Text>
        )}
      </Stack>
    );
  } else if (goal.state === 'draft') {
    heading = t('agreement.draft.title');
    body = (
      <Stack gap={4}>
        <Text size="sm">{t('agreement.draft.body', { name: names[other] })}</Text>
        {lastDecline && (
          <Alert color="orange" variant="light" p="xs" data-testid="last-decline">
            {t('agreement.declinedBy', { name: lastDecline.user.name, comment: lastDecline.comment })}
          </Alert>
        )}
      </Stack>
    );
    actions = (
      <>
        <Button onClick={() => decideOn('agree')} loading={isDeciding('agree')} data-testid="propose-goal">
          {t('agreement.propose')}
        </Button>
        <Button component={Link} to={changeLink} variant="default" data-testid="edit-goal">
          {t('agreement.editDraft')}
        </Button>
      </>
    );
  } else if (pending && isAwaitingMe(goal)) {
    tone = 'orange';
    const agreedBy = goal.pendingAgreedBy.map((side) => names[side]).join(', ');
    heading = t('agreement.awaitsYou.title');
    body = (
      <Stack gap={4}>
        <Text size="sm">
          {goal.state === 'active'
            ? t('agreement.awaitsYou.change', { name: agreedBy || pending.author.name })
            : t('agreement.awaitsYou.proposal', { name: agreedBy || pending.author.name })}
        </Text>
        {pending.reason && goal.state !== 'active' && (
          <Text size="sm" c="dimmed" data-testid="pending-reason">
            {t('agreement.reason', { reason: pending.reason })}
          </Text>
        )}
      </Stack>
    );
    actions = isDeclining ? null : (
      <>
        <Button color="teal" onClick={() => decideOn('agree')} loading={isDeciding('agree')} disabled={isDeciding('decline')} data-testid="agree">
          {t('agreement.agree')}
        </Button>
        <Button color="red" variant="light" onClick={() => setDeclining(true)} data-testid="decline">
          {t('agreement.decline')}
        </Button>
        <Button component={Link} to={changeLink} variant="default" data-testid="propose-change">
          {t('agreement.proposeChange')}
        </Button>
      </>
    );
  } else if (pending) {
    heading = t('agreement.awaitsOther.title', { name: names[other] });
    body = <Text size="sm">{goal.state === 'active' ? t('agreement.awaitsOther.change', { name: names[other] }) : t('agreement.awaitsOther.proposal', { name: names[other] })}</Text>;
    actions = (
      <Button component={Link} to={changeLink} variant="default" data-testid="edit-goal">
        {t('agreement.changeProposal')}
      </Button>
    );
  } else {
    tone = 'teal';
    heading = t('agreement.agreed.title');
    body = (
      <Text size="sm">
        {goal.activatedAt ? t('agreement.agreed.since', { date: format.instantDate(goal.activatedAt) }) : t('agreement.agreed.body')}
      </Text>
    );
    actions = (
      <Button component={Link} to={changeLink} variant="default" data-testid="edit-goal">
        {t('agreement.edit')}
      </Button>
    );
  }

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      style={{ borderColor: tone === 'gray' ? undefined : `var(--mantine-color-${tone}-4)` }}
      data-testid="agreement-box"
      data-awaits={isAwaitingMe(goal) ? 'me' : pending && goal.state !== 'draft' ? 'other' : 'nobody'}
    >
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {heading}
        </Title>
        {body}
        {problem}
        {isDeclining && <DeclineForm onDecline={(comment) => decideOn('decline', comment)} onCancel={() => setDeclining(false)} isPending={isDeciding('decline')} />}
        {actions && <Group gap="xs">{actions}</Group>}
      </Stack>
    </Card>
  );
}
