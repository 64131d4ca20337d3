import { AUDIT_CATEGORIES, AUDIT_DAYS, isCalendarDate, isUuid, type AuditCategory } from '@tandem/core';
import type { paths } from '@tandem/contract';

/** The API's query of the audit log, less the page's size and cursor. */
export type AuditEventsFilterQuery = Omit<NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>, 'limit' | 'before'>;

/** Which events the owner looks at: `null` stands for "any". Days are the owner's calendar days. */
export type AuditFilter = {
  category: AuditCategory | null;
  actorId: string | null;
  from: string | null;
  to: string | null;
};

export const NO_FILTER: AuditFilter = { category: null, actorId: null, from: null, to: null };

function readDay(value: string | null): string | null {
  return value !== null && isCalendarDate(value) && value >= AUDIT_DAYS.first && value <= AUDIT_DAYS.last ? value : null;
}

/**
 * The filter the page's address holds (`category`, `person`, `from`, `to`), so that a filtered
 * log can be linked to and survives a reload. What is missing or malformed means "any"; a last
 * day before the first is left out.
 */
export function readAuditFilter(params: URLSearchParams): AuditFilter {
  const category = params.get('category');
  const person = params.get('person');
  const from = readDay(params.get('from'));
  const to = readDay(params.get('to'));
  return {
    category: AUDIT_CATEGORIES.find((known) => known === category) ?? null,
    actorId: person !== null && isUuid(person) ? person.toLowerCase() : null,
    from,
    to: to !== null && from !== null && to < from ? null : to,
  };
}

/** The address's parameters for `filter`, the others kept; "any" leaves its parameter out. */
export function writeAuditFilter(params: URLSearchParams, filter: AuditFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = { category: filter.category, person: filter.actorId, from: filter.from, to: filter.to };
  for (const [name, value] of Object.entries(values)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/**
 * The filter after a change. A first day after the last one moves the last one to it, and a last
 * day before the first moves the first one: the period the owner just picked a day of stays whole.
 */
export function changeAuditFilter(filter: AuditFilter, change: Partial<AuditFilter>): AuditFilter {
  const next = { ...filter, ...change };
  if (next.from !== null && next.to !== null && next.to < next.from) {
    return change.to !== undefined ? { ...next, from: next.to } : { ...next, to: next.from };
  }
  return next;
}

export function isAuditFiltered(filter: AuditFilter): boolean {
  return filter.category !== null || filter.actorId !== null || filter.from !== null || filter.to !== null;
}

/** The API's query for the filter: sent with every page, the first and each older one. */
export function toAuditQuery(filter: AuditFilter): AuditEventsFilterQuery {
  return {
    ...(filter.category === null ? {} : { category: filter.category }),
    ...(filter.actorId === null ? {} : { actorId: filter.actorId }),
    ...(filter.from === null ? {} : { from: filter.from }),
    ...(filter.to === null ? {} : { to: filter.to }),
  };
}
