import '../../i18n/goals-catalog';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal, Horizon, Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { HORIZONS, titleWithHorizon } from './goal-words';

/** The words of a goal that a revision can change, in the order the statement reads. */
export const REVISION_FIELDS = ['title', 'description', 'whyItMatters', 'horizon', 'parentId', 'startsOn', 'dueOn', 'valueIds'] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

export function isRevisionField(field: string): field is RevisionField {
  return (REVISION_FIELDS as readonly string[]).includes(field);
}

function isHorizon(value: unknown): value is Horizon {
  return typeof value === 'string' && (HORIZONS as readonly string[]).includes(value);
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="dimmed" fs="italic">
      {t('goal.empty')}
    </Text>
  );
}

/**
 * One field's value as a person reads it: horizons and dates in words, linked values by their
 * titles. Used wherever two versions of a goal's words are set side by side.
 */
export function FieldValue({
  field,
  value,
  values,
  goals,
}: {
  field: RevisionField;
  value: unknown;
  values: readonly Value[] | undefined;
  goals?: readonly Pick<Goal, 'id' | 'title' | 'horizon'>[] | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (field === 'parentId' && value === null) return <>{t('goalEditor.noParent')}</>;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <Empty />;
  switch (field) {
    case 'parentId': {
      if (goals === undefined) return <>…</>;
      const parent = goals.find((goal) => goal.id === value);
      return <>{parent ? titleWithHorizon(parent, (horizon) => t(`horizon.${horizon}`)) : t('goal.unknownGoal')}</>;
    }
    case 'horizon':
      return <>{isHorizon(value) ? t(`horizon.${value}`) : String(value)}</>;
    case 'startsOn':
    case 'dueOn':
      return <>{typeof value === 'string' ? format.calendarDate(value) : String(value)}</>;
    case 'valueIds': {
      const ids = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
      const titles = ids.map((id) => values?.find((candidate) => candidate.id === id)?.title ?? t('goal.unknownValue'));
      return <>{titles.join(', ')}</>;
    }
    default:
      return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
  }
}
