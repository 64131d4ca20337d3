import { isUuid } from '@tandem/core';
import type { EngagementQuery, EngagementStatus } from '../../api/types';

export const PAGE_SIZE = 25;
export const STATUSES = ['invited', 'active', 'paused', 'ended'] as const satisfies readonly EngagementStatus[];
/** The longest search the API takes. */
export const SEARCH_MAX = 200;

/** Which of the practice's clients the owner looks at: `null` and `''` stand for "all". */
export type PracticeFilter = {
  coachId: string | null;
  status: EngagementStatus | null;
  search: string;
  page: number;
};

/**
 * The filter the page's address holds (`coach`, `status`, `q`, `page`), so that a page can be
 * linked to and back and forward work. What is missing or malformed means "all" and page 1.
 */
export function readFilter(params: URLSearchParams): PracticeFilter {
  const coach = params.get('coach');
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    coachId: coach !== null && isUuid(coach) ? coach : null,
    status: STATUSES.find((known) => known === status) ?? null,
    search: (params.get('q') ?? '').slice(0, SEARCH_MAX),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's parameters for `filter`, the others kept; "all" and page 1 leave theirs out. */
export function writeFilter(params: URLSearchParams, filter: PracticeFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = {
    coach: filter.coachId,
    status: filter.status,
    q: filter.search === '' ? null : filter.search,
    page: filter.page > 1 ? String(filter.page) : null,
  };
  for (const [name, value] of Object.entries(values)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** The filter after a change: another coach, status or search starts again at page 1. */
export function changeFilter(filter: PracticeFilter, change: Partial<PracticeFilter>): PracticeFilter {
  return { ...filter, page: 1, ...change };
}

/**
 * The change that shows a coach's clients, picked in the coaches' table: all of them, whatever
 * status or search the list was narrowed to before, which would hide some of them or leave "No
 * clients match". Unpicking the coach shows everyone's again and keeps the other filters.
 */
export function pickCoach(coachId: string | null): Partial<PracticeFilter> {
  return coachId === null ? { coachId } : { coachId, status: null, search: '' };
}

export function isFiltered(filter: PracticeFilter): boolean {
  return filter.coachId !== null || filter.status !== null || filter.search.trim() !== '';
}

/** The API's query for the filter's page; a blank search asks for everyone. */
export function toEngagementQuery(filter: PracticeFilter, pageSize = PAGE_SIZE): EngagementQuery {
  const search = filter.search.trim();
  return {
    limit: pageSize,
    offset: (filter.page - 1) * pageSize,
    ...(filter.coachId === null ? {} : { coachId: filter.coachId }),
    ...(filter.status === null ? {} : { status: filter.status }),
    ...(search === '' ? {} : { q: search }),
  };
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The rows a page shows, counted from 1: page 2 of 30 by 25 shows 26 to 30. `null` when the page
 * shows none (no rows at all, or a page past the end).
 */
export function shownRange(page: number, total: number, pageSize = PAGE_SIZE): { first: number; last: number } | null {
  const first = (page - 1) * pageSize + 1;
  if (first > total) return null;
  return { first, last: Math.min(page * pageSize, total) };
}
