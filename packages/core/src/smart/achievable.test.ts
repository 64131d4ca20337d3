import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../horizon.ts';
import type { Locale } from '../locale.ts';
import { assessSmart } from './assess-smart.ts';
import type { SmartDraft } from './types.ts';

const today = '2026-03-10';
const inDays = (days: number) => addCalendarDays(today, days);
const assess = (draft: SmartDraft, locale: Locale = 'en') => assessSmart(draft, { locale, today });

describe('assessSmart: achievable weighs what is left from the latest recorded value', () => {
  // 2 of 4 recorded, 0.05 a day so far, 28 days left: 2 more take 0.071 a day, 1.43× the pace so far,
  // less than one talk a week either way, quoted a month at a time: 2.14 against 1.50.
  const halfway: SmartDraft = {
    title: 'Give 4 talks',
    metrics: [{ name: 'Talks', baseline: 0, target: 4 }],
    paceSoFar: 0.05,
    latestValue: 2,
    startsOn: inDays(-58),
    dueOn: inDays(28),
  };

  it('does not take the pace so far as progress made since the last value', () => {
    const { achievable } = assess(halfway);
    expect(achievable.verdict).toBe('partly');
    expect(achievable.reason).toContain('“Talks” would have to move 2.14 a month to reach the target in time: 1.43× the pace so far (1.50 a month).');
  });

  it('quotes a pace needed that follows from the days it quotes, both rates alike, in clauses that read', () => {
    // 21.6 left of 40 in 54 days: 0.40 a day, under one a day: 2.80 a week.
    const draft: SmartDraft = { title: 'Give 40 talks', horizon: 'quarter', metrics: [{ name: 'Talks', baseline: 0, target: 40 }], paceSoFar: 0.48, latestValue: 18.4, startsOn: inDays(-40), dueOn: inDays(54) };
    expect(assess(draft).achievable.reason).toBe(
      'Checked: 54 days are left until the deadline; the pace needed (2.80 a week) is within reach of the pace so far (3.36 a week); the dates leave room for setbacks.',
    );
    expect(assess(draft, 'lv').achievable.reason).toBe(
      'Pārbaudīts: līdz termiņam atlikušas 54 dienas; vajadzīgais temps (2,80 nedēļā) ir sasniedzams, ņemot vērā līdzšinējo tempu (3,36 nedēļā); datumi atstāj ceturkšņa mērķim rezervi neveiksmēm.',
    );
  });

  it('says so when the latest value already reaches the target', () => {
    const { achievable } = assess({ ...halfway, latestValue: 4, paceSoFar: -0.01 });
    expect(achievable.verdict).toBe('met');
    expect(achievable.reason).toContain('the latest value of “Talks” already reaches the target');
  });
});

describe('assessSmart: achievable quotes paces in the metric\'s unit, a period they read in, and the same figures in both languages', () => {
  // From 0 to `target` over 100 days, due in 50, at `perDay` so far: the pace needed is (target - 50 × perDay) / 50.
  const paced = (unit: string | undefined, perDay: number, target: number): SmartDraft => ({
    title: 'Run further',
    metrics: [{ name: 'Distance', ...(unit === undefined ? {} : { unit }), baseline: 0, target }],
    paceSoFar: perDay,
    startsOn: inDays(-50),
    dueOn: inDays(50),
  });

  it.each<[string, SmartDraft, string, string]>([
    // Under one a day, a pace is quoted a week at a time; under one a week, a month at a time.
    ['a pace under one a day, per week, in km', paced('km', 0.3, 50), 'would have to move 4.9 km a week to reach the target in time: 2.33× the pace so far (2.1 km a week)', 'jāmainās par 4,9 km nedēļā — 2,33 reizes ātrāk nekā līdz šim (2,1 km nedēļā)'],
    ['a slow pace, per month, in km', paced('km', 0.05, 6), 'would have to move 2.1 km a month to reach the target in time: 1.4× the pace so far (1.5 km a month)', 'jāmainās par 2,1 km mēnesī — 1,4 reizes ātrāk nekā līdz šim (1,5 km mēnesī)'],
    ['a pace of whole units, per day', paced('km', 2, 300), 'would have to move 4 km a day to reach the target in time: 2× the pace so far (2 km a day)', 'jāmainās par 4 km dienā — 2 reizes ātrāk nekā līdz šim (2 km dienā)'],
    ['a very slow pace, per month', paced('km', 0.002, 0.3), 'would have to move 0.12 km a month to reach the target in time: 2× the pace so far (0.06 km a month)', 'jāmainās par 0,12 km mēnesī — 2 reizes ātrāk nekā līdz šim (0,06 km mēnesī)'],
    ['a percentage', paced('%', 0.02, 3), 'would have to move 1.2% a month to reach the target in time: 2× the pace so far (0.6% a month)', 'jāmainās par 1,2% mēnesī — 2 reizes ātrāk nekā līdz šim (0,6% mēnesī)'],
    ['a count without a unit, named by the metric', paced(undefined, 0.05, 6), '“Distance” would have to move 2.1 a month to reach the target in time: 1.4× the pace so far (1.5 a month)', 'rādītājam „Distance” jāmainās par 2,1 mēnesī — 1,4 reizes ātrāk nekā līdz šim (1,5 mēnesī)'],
    ['a blank unit, as the API stores none', paced('  ', 0.05, 6), '“Distance” would have to move 2.1 a month', 'rādītājam „Distance” jāmainās par 2,1 mēnesī'],
  ])('%s', (_name, draft, english, latvian) => {
    expect(assess(draft).achievable.reason).toContain(english);
    expect(assess(draft, 'lv').achievable.reason).toContain(latvian);
  });

  it('never shows more than two decimals, in either language, and Latvian writes them with a comma', () => {
    const figures = (text: string) => [...text.matchAll(/([\d.,]+) km/gu)].map((match) => match[1] ?? '');
    for (const perDay of [0.05, 0.0123, 0.3, 1.2345, 0.0004, 12.345]) {
      const [english, latvian] = (['en', 'lv'] as const).map((locale) => figures(assess(paced('km', perDay, perDay * 400), locale).achievable.reason));
      expect(english, `${perDay}`).toHaveLength(2);
      for (const figure of english ?? []) expect(figure, `${perDay}`).toMatch(/^\d+(,\d{3})*(\.\d{1,2})?$/u);
      // The same figures, written the Latvian way.
      expect(latvian, `${perDay}`).toEqual(english?.map((figure) => figure.replace(/,/gu, '').replace('.', ',')));
    }
  });

  it('quotes a pace within reach and a stalled one in the unit too', () => {
    expect(assess({ ...paced('km', 0.09, 8), horizon: undefined }).achievable.reason).toContain('the pace needed (2.1 km a month) is within reach of the pace so far (2.7 km a month)');
    expect(assess(paced('km', 0, 8), 'lv').achievable.reason).toContain('Līdz šim rādītājs „Distance” nav virzījies uz mērķi (0 km dienā).');
  });
});

describe('assessSmart: achievable suggests a deadline the pace so far would reach', () => {
  // A 30-day goal asking 3.5 a day where 1 a day is the pace so far: 105 days, to 23 June 2026;
  // 20-30% more of them is 126 to 137 days.
  const steep: SmartDraft = { title: 'Make 105 sales calls', metrics: [{ name: 'Calls', baseline: 0, target: 105 }], paceSoFar: 1, latestValue: 0, startsOn: today, dueOn: inDays(30) };

  it.each<[Locale, string, string]>([
    ['en', '3.5× the pace so far', 'At the pace so far the target would be reached around 23 June 2026; a buffer of 20–30% on the time until then would put the due date between 14 July 2026 and 25 July 2026.'],
    ['lv', '3,5 reizes ātrāk', 'Ar līdzšinējo tempu mērķis būtu sasniegts aptuveni 2026. gada 23. jūnijā. Ar 20–30% laika rezervi līdz tam termiņš būtu no 2026. gada 14. jūlija līdz 2026. gada 25. jūlijam.'],
  ])('not the planned 30 days and 20-30%, which ignores the shortfall (%s)', (locale, shortfall, suggestion) => {
    const { reason } = assess(steep, locale).achievable;
    expect(reason).toContain(shortfall);
    expect(reason).toContain(suggestion);
  });

  it('makes no suggestion a decade or more away', () => {
    const { reason } = assess({ ...steep, paceSoFar: 0.01 }).achievable;
    expect(reason).toContain('350× the pace so far');
    expect(reason).not.toContain('would be reached');
  });
});

describe('assessSmart: achievable and time-bound count the same days', () => {
  const daysIn = (text: string) => [...text.matchAll(/(\d+) (?:days?|dienas?)\b/gu)].map((m) => Number(m[1]));

  it.each<[string, number, number, Locale]>([
    ['starting tomorrow', 1, 114, 'en'],
    ['starting tomorrow', 1, 114, 'lv'],
    ['starting today', 0, 120, 'en'],
    ['starting today', 0, 120, 'lv'],
  ])('%s and due in %i..%i days (%s): one count, from the start to the due date', (_name, start, due, locale) => {
    const { achievable, timeBound } = assess({ title: 'Give 40 talks', horizon: 'quarter', startsOn: inDays(start), dueOn: inDays(due) }, locale);
    const span = due - start;
    expect(daysIn(achievable.reason)[0]).toBe(span);
    expect(daysIn(timeBound.reason)[0]).toBe(span);
  });

  it('words the count the same way in both', () => {
    const { achievable, timeBound } = assess({ title: 'Give 40 talks', horizon: 'quarter', startsOn: inDays(1), dueOn: inDays(114) });
    expect(achievable.reason).toBe('Checked: there are 113 days from the start to the deadline; the dates leave room for setbacks.');
    expect(timeBound.reason).toBe('A due date is set, but it is due 113 days after the start, later than a quarter goal allows (at most 92 days).');
  });
});
