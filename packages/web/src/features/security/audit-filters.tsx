import '../../i18n/security-catalog';
import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { AUDIT_CATEGORIES, AUDIT_DAYS } from '@tandem/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { DayInput } from '../progress/day-input';
import { isAuditFiltered, NO_FILTER, type AuditFilter } from './audit-filter';
import { useAuditActors } from './audit-queries';

/** The option that stands for "any kind" or "anyone"; never a kind or an id. */
const ANY = 'any';
/** A day's clear button as big as a finger needs on a phone (24 pixels at least; Mantine's is 22). */
const CLEAR_BUTTON_SIZE = { width: 28, height: 28, minWidth: 28, minHeight: 28 };

export type AuditFilterChange = (change: Partial<AuditFilter>) => void;

/** The people to narrow the log to, by name; two of the same name are told apart by their email. */
function usePeopleOptions(pickedId: string | null) {
  const { t } = useTranslation();
  const actors = useAuditActors();
  const people = actors.data ?? [];
  const names = people.map((person) => person.name);
  const options = people.map((person) => ({
    value: person.id,
    label: names.indexOf(person.name) === names.lastIndexOf(person.name) ? person.name : `${person.name} (${person.email})`,
  }));
  // A person named in a link whom the log does not name (any more) still shows as picked.
  if (pickedId !== null && actors.isSuccess && !options.some((option) => option.value === pickedId)) {
    options.push({ value: pickedId, label: t('audit.nobody') });
  }
  return options;
}

/**
 * The kind of event, the person and the days (in the owner's time zone, both included) that
 * narrow the audit log; one under another on a phone. Clearing them shows the whole log again.
 */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: AuditFilterChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = format.today();
  const people = usePeopleOptions(filter.actorId);

  return (
    <Stack gap="xs" role="group" aria-label={t('audit.filtersLabel')} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="xs">
        <Select
          label={t('audit.category')}
          value={filter.category ?? ANY}
          onChange={(value) => onChange({ category: AUDIT_CATEGORIES.find((category) => category === value) ?? null })}
          data={[{ value: ANY, label: t('audit.allCategories') }, ...AUDIT_CATEGORIES.map((category) => ({ value: category, label: t(`auditCategory.${category}`) }))]}
          allowDeselect={false}
          data-testid="audit-category-filter"
        />
        <Select
          label={t('audit.person')}
          value={filter.actorId ?? ANY}
          onChange={(value) => onChange({ actorId: value === null || value === ANY ? null : value })}
          data={[{ value: ANY, label: t('audit.everyone') }, ...people]}
          allowDeselect={false}
          searchable
          nothingFoundMessage={t('audit.nobodyFound')}
          data-testid="audit-person-filter"
        />
        <DayInput
          label={t('audit.from')}
          value={filter.from}
          onChange={(from) => onChange({ from: from || null })}
          minDate={AUDIT_DAYS.first}
          maxDate={filter.to ?? today}
          clearable
          clearButtonProps={{ 'aria-label': t('audit.clearFrom'), style: CLEAR_BUTTON_SIZE }}
          data-testid="audit-from-filter"
        />
        <DayInput
          label={t('audit.to')}
          value={filter.to}
          onChange={(to) => onChange({ to: to || null })}
          minDate={filter.from ?? AUDIT_DAYS.first}
          maxDate={today}
          clearable
          clearButtonProps={{ 'aria-label': t('audit.clearTo'), style: CLEAR_BUTTON_SIZE }}
          data-testid="audit-to-filter"
        />
      </SimpleGrid>
      {isAuditFiltered(filter) && (
        <Group justify="flex-end">
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(NO_FILTER)} data-testid="audit-clear-filters">
            {t('audit.clearFilters')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
