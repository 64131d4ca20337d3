import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../horizon.ts';
import type { Locale } from '../locale.ts';
import { assessSmart } from './assess-smart.ts';
import type { SmartDraft } from './types.ts';

const today = '2026-03-10';
const inDays = (days: number) => addCalendarDays(today, days);
const assess = (draft: SmartDraft, locale: Locale = 'en') => assessSmart(draft, { locale, today });

describe('assessSmart: achievable weighs what is left from the latest recorded value', () => {
  // 2 of 4 recorded, 0.05 a day so far, 28 days left: 2 more take 0.071 a day, 1.43× the pace so far.
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
    expect(achievable.reason).toContain('“Talks” would have to move 0.071 a day to reach the target in time: 1.43× the pace so far (0.050 a day).');
  });

  it('quotes a pace needed that follows from the days it quotes, both rates alike, in clauses that read', () => {
    // 21.6 left of 40 in 54 days: 0.40 a day.
    const draft: SmartDraft = { title: 'Give 40 talks', horizon: 'quarter', metrics: [{ name: 'Talks', baseline: 0, target: 40 }], paceSoFar: 0.48, latestValue: 18.4, startsOn: inDays(-40), dueOn: inDays(54) };
    expect(assess(draft).achievable.reason).toBe(
      'Checked: 54 days are left until the deadline; the pace needed (0.40 a day) is within reach of the pace so far (0.48 a day); the dates leave room for setbacks.',
    );
    expect(assess(draft, 'lv').achievable.reason).toBe(
      'Pārbaudīts: līdz termiņam atlikušas 54 dienas; vajadzīgais temps (0,40 dienā) ir sasniedzams, ņemot vērā līdzšinējo tempu (0,48 dienā); datumi atstāj ceturkšņa mērķim rezervi neveiksmēm.',
    );
  });

  it('says so when the latest value already reaches the target', () => {
    const { achievable } = assess({ ...halfway, latestValue: 4, paceSoFar: -0.01 });
    expect(achievable.verdict).toBe('met');
    expect(achievable.reason).toContain('the latest value of “Talks” already reaches the target');
  });
});

describe('assessSmart: achievable suggests a deadline the pace so far would reach', () => {
  // A 30-day goal asking 3.5 a day where 1 a day is the pace so far: 105 days, to 23 June 2026;
  // 20-30% more of them is 126 to 137 days.
  const steep: SmartDraft = { title: 'Make 105 sales calls', metrics: [{ name: 'Calls', baseline: 0, target: 105 }], paceSoFar: 1, latestValue: 0, startsOn: today, dueOn: inDays(30) };

  it.each<[Locale, string, string]>([
    ['en', '3.5× the pace so far', 'At the pace so far the target would be reached around 23 Jun 2026; a buffer of 20–30% on the time until then would put the due date between 14 Jul 2026 and 25 Jul 2026.'],
    ['lv', '3,5 reizes ātrāk', 'Ar līdzšinējo tempu mērķis būtu sasniegts ap 23.06.2026. Ar 20–30% laika rezervi līdz tam termiņš būtu no 14.07.2026. līdz 25.07.2026.'],
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
