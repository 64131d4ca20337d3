import { describe, expect, it } from 'vitest';
import { changedWords, draftToAssess, EMPTY_WORDS, isHigherHorizon, parseTypedDate, rebaseWords, typedDayProblem, type GoalWords } from './goal-words';

const words: GoalWords = {
  title: 'Hold 2 discovery calls a week',
  description: 'With prospective clients',
  whyItMatters: 'Independence',
  horizon: 'quarter',
  startsOn: '2026-01-05',
  dueOn: '2026-03-31',
  valueIds: ['v1', 'v2'],
};

describe('changedWords', () => {
  it('is empty when nothing changed but spacing and the order of values', () => {
    expect(changedWords(words, { ...words, title: `  ${words.title} `, valueIds: ['v2', 'v1'] })).toEqual({});
  });

  it.each<[string, Partial<GoalWords>, object]>([
    ['a new title, trimmed', { title: ' Hold 3 discovery calls a week ' }, { title: 'Hold 3 discovery calls a week' }],
    ['a cleared description', { description: '' }, { description: '' }],
    ['another horizon', { horizon: 'month' }, { horizon: 'month' }],
    ['a removed start date', { startsOn: null }, { startsOn: null }],
    ['a later due date', { dueOn: '2026-04-15' }, { dueOn: '2026-04-15' }],
    ['one value less', { valueIds: ['v1'] }, { valueIds: ['v1'] }],
  ])('names only %s', (_name, edit, expected) => {
    expect(changedWords(words, { ...words, ...edit })).toEqual(expected);
  });
});

describe('draftToAssess', () => {
  it('asks in the engagement, with the parent only when there is one', () => {
    expect(draftToAssess({ ...EMPTY_WORDS, title: ' Improve leadership ' }, { engagementId: 'e1', parentId: null, locale: 'lv' })).toEqual({
      title: 'Improve leadership',
      description: '',
      whyItMatters: '',
      horizon: 'quarter',
      startsOn: null,
      dueOn: null,
      valueIds: [],
      engagementId: 'e1',
      locale: 'lv',
    });
    expect(draftToAssess(words, { engagementId: 'e1', parentId: 'g1', locale: 'en' })).toMatchObject({ parentId: 'g1' });
    // A goal's new words are weighed with its metrics and their pace.
    expect(draftToAssess(words, { engagementId: 'e1', parentId: null, goalId: 'g2', locale: 'en' })).toMatchObject({ goalId: 'g2' });
  });
});

describe('isHigherHorizon', () => {
  it.each([
    ['vision', 'year', true],
    ['year', 'month', true],
    ['quarter', 'quarter', false],
    ['month', 'quarter', false],
  ] as const)('%s above %s: %s', (parent, child, expected) => expect(isHigherHorizon(parent, child)).toBe(expected));
});

describe('parseTypedDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['31.03.2026.', '2026-03-31'],
    ['1.3.2026', '2026-03-01'],
    ['31/03/2026', '2026-03-31'],
    [' 05-01-2026 ', '2026-01-05'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %j as %s', (typed, expected) => expect(parseTypedDate(typed)).toBe(expected));

  it.each(['', '31.02.2026', '2026-13-01', '03/31/2026', 'tomorrow', '31.03.26'])('refuses %j', (typed) => {
    expect(parseTypedDate(typed)).toBeNull();
  });

  it('says why a day typed is not taken: no such day, or outside the days allowed', () => {
    const bounds = { min: '2026-12-01', max: '2026-12-07' };
    expect(['', '07.12.2026', '01/12/2026', '31.02.2026', '08.12.2026', '30/11/2026'].map((typed) => typedDayProblem(typed, bounds))).toEqual([
      null,
      null,
      null,
      'notADate',
      'afterMax',
      'beforeMin',
    ]);
    expect(typedDayProblem('01.01.2030', { min: null, max: null })).toBeNull();
  });
});

describe('rebaseWords', () => {
  it('keeps what the person typed and takes the rest from the reloaded goal', () => {
    const typed = { ...words, title: 'Hold 3 discovery calls a week', valueIds: ['v1'] };
    const reloaded = { ...words, description: 'With warm leads', dueOn: '2026-04-30' };
    expect(rebaseWords(words, reloaded, typed)).toEqual({
      ...words,
      title: 'Hold 3 discovery calls a week',
      valueIds: ['v1'],
      description: 'With warm leads',
      dueOn: '2026-04-30',
    });
  });

  it('leaves the typed change in place when the other side changed the same field', () => {
    const typed = { ...words, dueOn: '2026-05-15' };
    expect(rebaseWords(words, { ...words, dueOn: '2026-04-30' }, typed).dueOn).toBe('2026-05-15');
  });
});
