import { describe, expect, it } from 'vitest';
import { changeAuditFilter, isAuditFiltered, NO_FILTER, readAuditFilter, toAuditQuery, writeAuditFilter, type AuditFilter } from './audit-filter';

const PERSON = '0b6c1a52-5d0e-4f3a-9a51-2f6a3c1d7e90';

describe('readAuditFilter', () => {
  it.each<[string, string, AuditFilter]>([
    ['a plain address', '', NO_FILTER],
    ['everything picked', `category=sign_ins&person=${PERSON}&from=2026-03-01&to=2026-03-10`, { category: 'sign_ins', actorId: PERSON, from: '2026-03-01', to: '2026-03-10' }],
    ['a kind it does not know', 'category=logins', NO_FILTER],
    ['a person that is not an id', 'person=olga', NO_FILTER],
    ['no such day', 'from=2026-02-30&to=yesterday', NO_FILTER],
    ['a day the API does not take', 'from=1969-12-31&to=9999-12-31', NO_FILTER],
    ['a last day before the first', 'from=2026-03-10&to=2026-03-01', { ...NO_FILTER, from: '2026-03-10' }],
    ['one day', 'from=2026-03-10&to=2026-03-10', { ...NO_FILTER, from: '2026-03-10', to: '2026-03-10' }],
  ])('%s', (_name, search, expected) => expect(readAuditFilter(new URLSearchParams(search))).toEqual(expected));
});

describe('writeAuditFilter', () => {
  it('leaves "any" out of the address and keeps other parameters', () => {
    expect(writeAuditFilter(new URLSearchParams(`category=agreements&person=${PERSON}&tab=1`), NO_FILTER).toString()).toBe('tab=1');
  });

  it('writes what is picked, and reads back the same filter', () => {
    const filter: AuditFilter = { category: 'exports', actorId: PERSON, from: '2026-01-01', to: '2026-01-31' };
    expect(readAuditFilter(writeAuditFilter(new URLSearchParams(), filter))).toEqual(filter);
  });
});

describe('changeAuditFilter', () => {
  const march = { ...NO_FILTER, from: '2026-03-01', to: '2026-03-10' };

  it('keeps what is not changed', () => {
    expect(changeAuditFilter(march, { category: 'sharing' })).toEqual({ ...march, category: 'sharing' });
  });

  it('moves the other end of the period when a day picked passes it', () => {
    expect(changeAuditFilter(march, { from: '2026-03-20' })).toEqual({ ...NO_FILTER, from: '2026-03-20', to: '2026-03-20' });
    expect(changeAuditFilter(march, { to: '2026-02-20' })).toEqual({ ...NO_FILTER, from: '2026-02-20', to: '2026-02-20' });
  });

  it('clears everything at once', () => {
    expect(changeAuditFilter({ category: 'people', actorId: PERSON, from: '2026-03-01', to: null }, NO_FILTER)).toEqual(NO_FILTER);
  });
});

describe('toAuditQuery', () => {
  it('sends only what is picked', () => {
    expect(toAuditQuery(NO_FILTER)).toEqual({});
    expect(isAuditFiltered(NO_FILTER)).toBe(false);
    const filter: AuditFilter = { category: 'agreements', actorId: PERSON, from: null, to: '2026-03-10' };
    expect(toAuditQuery(filter)).toEqual({ category: 'agreements', actorId: PERSON, to: '2026-03-10' });
    expect(isAuditFiltered(filter)).toBe(true);
  });
});
