import '../../i18n/practice-catalog';
import { Group, Input, SegmentedControl, Select, TextInput, useMatches } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coach } from '../../api/types';
import { SEARCH_MAX, STATUSES, type PracticeFilter } from './practice-filter';

/** How long typing pauses before the list asks the server again. */
const SEARCH_PAUSE_MS = 300;
/** The option that stands for "no coach or status picked"; never an id or a status. */
const ALL = 'all';

export type FilterChange = (change: Partial<PracticeFilter>, options?: { replace?: boolean }) => void;

/**
 * The search box. What is typed reaches the filter once typing pauses; a search changed elsewhere
 * (back and forward, clearing the filters) shows in the box.
 */
function SearchBox({ search, onSearch }: { search: string; onSearch: (search: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(search);
  const [settled] = useDebouncedValue(typed, SEARCH_PAUSE_MS);
  // Only a pause in typing sends the search: a search changed elsewhere must not be overwritten
  // by the old words still settled in the box.
  useEffect(() => {
    if (settled !== search) onSearch(settled);
  }, [settled]);
  useEffect(() => setTyped(search), [search]);

  return (
    <TextInput
      label={t('practice.clients.search')}
      placeholder={t('practice.clients.searchPlaceholder')}
      type="search"
      maxLength={SEARCH_MAX}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      style={{ flex: '1 1 16rem' }}
      data-testid="client-search"
    />
  );
}

/** The search, the coach and the status that pick which of the practice's clients the list shows. */
export function ClientFilters({ filter, coaches, onChange }: { filter: PracticeFilter; coaches: readonly Coach[]; onChange: FilterChange }) {
  const { t } = useTranslation();
  // Five statuses side by side are wider than a phone (in Latvian most of all): one under another there.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  const statusLabelId = useId();

  return (
    <Group align="flex-end" gap="md">
      {/* Each pause in typing replaces the address rather than adding a step to go back through. */}
      <SearchBox search={filter.search} onSearch={(search) => onChange({ search }, { replace: true })} />
      <Select
        label={t('practice.clients.coach')}
        value={filter.coachId ?? ALL}
        onChange={(value) => onChange({ coachId: value === null || value === ALL ? null : value })}
        data={[{ value: ALL, label: t('practice.clients.allCoaches') }, ...coaches.map((coach) => ({ value: coach.id, label: coach.name }))]}
        allowDeselect={false}
        w={220}
        data-testid="coach-filter"
      />
      {/* Wrapped as the other fields are, so that its label lines up with theirs. */}
      <Input.Wrapper label={t('practice.clients.status')} labelElement="div" labelProps={{ id: statusLabelId }}>
        {/* A block of its own: the control is inline, and would sit beside its label. */}
        <div>
          <SegmentedControl
            aria-labelledby={statusLabelId}
            orientation={orientation}
            value={filter.status ?? ALL}
            onChange={(value) => onChange({ status: STATUSES.find((status) => status === value) ?? null })}
            data={[{ value: ALL, label: t('practice.clients.allStatuses') }, ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
            data-testid="status-filter"
          />
        </div>
      </Input.Wrapper>
    </Group>
  );
}
