import { describe, expect, it } from 'vitest';
import { changeFilter, isFiltered, pageCount, pickCoach, readFilter, shownRange, toEngagementQuery, writeFilter, type PracticeFilter } from './practice-filter';

const COACH = '0b6c1a52-5d0e-4f3a-9a51-2f6a3c1d7e90';
const ALL: PracticeFilter = { coachId: null, status: null, search: '', page: 1 };

describe('readFilter', () => {
  it.each<[string, string, PracticeFilter]>([
    ['a plain address', '', ALL],
    ['everything picked', `coach=${COACH}&status=paused&q=B%C4%93rzi%C5%86&page=3`, { coachId: COACH, status: 'paused', search: 'Bērziņ', page: 3 }],
    ['a coach that is not an id', 'coach=olga', ALL],
    ['a status it does not know', 'status=archived', ALL],
    ['a page that is not a whole number above 0', 'page=2.5', ALL],
    ['page zero', 'page=0', ALL],
    ['a negative page', 'page=-4', ALL],
    ['a page that is no number', 'page=two', ALL],
  ])('%s', (_name, search, expected) => expect(readFilter(new URLSearchParams(search))).toEqual(expected));

  it('cuts a search to the 200 characters the API takes', () => {
    expect(readFilter(new URLSearchParams({ q: 'a'.repeat(250) })).search).toHaveLength(200);
  });
});

describe('writeFilter', () => {
  it('leaves "all" and page 1 out of the address and keeps other parameters', () => {
    expect(writeFilter(new URLSearchParams('coach=x&page=4&tab=1'), ALL).toString()).toBe('tab=1');
  });

  it('writes what is picked, and reads back the same filter', () => {
    const filter: PracticeFilter = { coachId: COACH, status: 'ended', search: 'ānis ', page: 2 };
    const params = writeFilter(new URLSearchParams(), filter);
    expect(Object.fromEntries(params)).toEqual({ coach: COACH, status: 'ended', q: 'ānis ', page: '2' });
    expect(readFilter(params)).toEqual(filter);
  });
});

describe('changeFilter', () => {
  const onPage3: PracticeFilter = { ...ALL, status: 'active', page: 3 };

  it('goes back to page 1 when the coach, status or search changes', () => {
    expect(changeFilter(onPage3, { coachId: COACH })).toEqual({ coachId: COACH, status: 'active', search: '', page: 1 });
    expect(changeFilter(onPage3, { search: 'anna' }).page).toBe(1);
  });

  it('turns the page when asked to', () => expect(changeFilter(onPage3, { page: 4 })).toEqual({ ...onPage3, page: 4 }));
});

describe('pickCoach', () => {
  const narrowed: PracticeFilter = { coachId: null, status: 'ended', search: 'anna', page: 3 };

  it("shows every one of the coach's clients: the status and search picked before would hide them", () => {
    const picked = changeFilter(narrowed, pickCoach(COACH));
    expect(picked).toEqual({ coachId: COACH, status: null, search: '', page: 1 });
    expect(toEngagementQuery(picked)).toEqual({ limit: 25, offset: 0, coachId: COACH });
  });

  it('shows everyone again when the coach is unpicked, keeping the other filters', () => {
    const later: PracticeFilter = { coachId: COACH, status: 'active', search: '', page: 2 };
    expect(changeFilter(later, pickCoach(null))).toEqual({ coachId: null, status: 'active', search: '', page: 1 });
  });
});

describe('isFiltered', () => {
  it.each<[string, Partial<PracticeFilter>, boolean]>([
    ['nothing picked, on another page', { page: 5 }, false],
    ['a blank search', { search: '   ' }, false],
    ['a search', { search: 'anna' }, true],
    ['a coach', { coachId: COACH }, true],
    ['a status', { status: 'invited' }, true],
  ])('%s', (_name, change, expected) => expect(isFiltered({ ...ALL, ...change })).toBe(expected));
});

describe('toEngagementQuery', () => {
  it('asks for the first page of everyone when nothing is picked', () => {
    expect(toEngagementQuery(ALL)).toEqual({ limit: 25, offset: 0 });
  });

  it('asks for the filter\'s page, the search trimmed and a blank one left out', () => {
    expect(toEngagementQuery({ coachId: COACH, status: 'active', search: '  Bērziņ ', page: 3 })).toEqual({
      limit: 25,
      offset: 50,
      coachId: COACH,
      status: 'active',
      q: 'Bērziņ',
    });
    expect(toEngagementQuery({ ...ALL, search: '  ', page: 2 }, 10)).toEqual({ limit: 10, offset: 10 });
  });
});

describe('shownRange', () => {
  it.each<[number, number, { first: number; last: number } | null]>([
    [1, 30, { first: 1, last: 25 }],
    [2, 30, { first: 26, last: 30 }],
    [2, 50, { first: 26, last: 50 }],
    [40, 1000, { first: 976, last: 1000 }],
    [1, 1, { first: 1, last: 1 }],
    [1, 0, null],
    [3, 50, null],
  ])('page %i of %i rows', (page, total, expected) => expect(shownRange(page, total)).toEqual(expected));
});

describe('pageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [25, 1],
    [26, 2],
    [1000, 40],
  ])('%i rows make %i pages', (total, pages) => expect(pageCount(total)).toBe(pages));
});
